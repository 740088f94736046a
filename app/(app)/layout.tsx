import type { ReactNode } from "react";
import { LiveProvider } from "@/components/live/live-provider";
import { ConfirmEmailBanner } from "@/components/shell/confirm-email-banner";
import { Footer, TopNav } from "@/components/shell/top-nav";
import { getDb } from "@/db";
import { countUnreadThreads } from "@/db/queries/messaging";
import { requireMember } from "@/lib/auth/session";
import { latestEventId } from "@/lib/live/events";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const db = await getDb();
  // The live stream starts where this render stands, so no event in between is missed.
  const [unreadThreads, after] = await Promise.all([
    countUnreadThreads(db, { memberId: member.id }),
    latestEventId(db, member.id),
  ]);
  return (
    <LiveProvider after={after}>
      <div className="flex min-h-dvh flex-col">
        <TopNav member={member} unreadThreads={unreadThreads} />
        {!member.emailVerifiedAt && <ConfirmEmailBanner email={member.email} />}
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-6 sm:px-4">
          {children}
        </main>
        <Footer />
      </div>
    </LiveProvider>
  );
}
