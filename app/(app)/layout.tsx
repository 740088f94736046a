import type { ReactNode } from "react";
import { LiveProvider } from "@/components/live/live-provider";
import { ConfirmEmailBanner } from "@/components/shell/confirm-email-banner";
import { Footer, TopNav } from "@/components/shell/top-nav";
import { requireShell } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Read with the session in one statement: the badges, and where the live stream starts (this
  // render's point, so no event in between is missed).
  const { member, shell } = await requireShell();
  return (
    <LiveProvider after={shell.latestEventId}>
      <div className="flex min-h-dvh flex-col">
        <TopNav
          member={member}
          unreadThreads={shell.unreadThreads}
          pendingInvitations={shell.pendingInvitations}
        />
        {!member.emailVerifiedAt && <ConfirmEmailBanner email={member.email} />}
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-6 sm:px-4">
          {children}
        </main>
        <Footer />
      </div>
    </LiveProvider>
  );
}
