import { Crown, Home, MessageSquare, Users } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NavSearch } from "@/components/search/nav-search";
import { getDb } from "@/db";
import { countPendingInvitations } from "@/db/queries/invitations";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";
import { MemberMenu } from "./member-menu";
import { NavLink } from "./nav-link";

export async function TopNav({
  member,
  unreadThreads,
}: {
  member: { id: string; name: string; handle: string; headline: string; photoId?: string | null };
  unreadThreads: number;
}) {
  const t = await getTranslations("nav");
  const icon = "size-6";
  const pendingInvitations = await countPendingInvitations(await getDb(), { memberId: member.id });
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-2 px-3 sm:px-4">
        <Link href="/" aria-label={t("logoHome")} className="shrink-0">
          <Logo className="[&>span:last-child]:hidden md:[&>span:last-child]:inline" />
        </Link>
        <NavSearch />
        <nav aria-label={t("main")} className="ml-auto flex items-stretch">
          <NavLink href="/" label={t("home")} icon={<Home className={icon} />} />
          <NavLink
            href="/network"
            label={t("network")}
            icon={<Users className={icon} />}
            badge={pendingInvitations}
            badgeLabel={t("pendingInvitations", { count: pendingInvitations })}
          />
          <NavLink
            href="/messaging"
            label={t("messaging")}
            icon={<MessageSquare className={icon} />}
            badge={unreadThreads}
            badgeLabel={t("unreadConversations", { count: unreadThreads })}
          />
          <NavLink href="/premium" label={t("premium")} icon={<Crown className={icon} />} />
          <MemberMenu member={member} />
        </nav>
      </div>
    </header>
  );
}

export function Footer() {
  return (
    <footer className="mx-auto flex max-w-6xl justify-end px-4 py-8">
      <LanguageSwitcher />
    </footer>
  );
}
