import type { ReactNode } from "react";
import { ConfirmEmailBanner } from "@/components/shell/confirm-email-banner";
import { Footer, TopNav } from "@/components/shell/top-nav";
import { getDb } from "@/db";
import { countUnreadThreads } from "@/db/queries/messaging";
import { requireMember } from "@/lib/auth/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const unreadThreads = await countUnreadThreads(await getDb(), { memberId: member.id });
  return (
    <div className="flex min-h-dvh flex-col">
      <TopNav member={member} unreadThreads={unreadThreads} />
      {!member.emailVerifiedAt && <ConfirmEmailBanner email={member.email} />}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-6 sm:px-4">
        {children}
      </main>
      <Footer />
    </div>
  );
}
