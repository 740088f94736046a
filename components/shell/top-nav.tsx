import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NavSearch } from "@/components/search/nav-search";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";
import { MemberMenu } from "./member-menu";
import { NavLinks } from "./nav-link";

export async function TopNav({
  member,
  unreadThreads,
  pendingInvitations,
}: {
  member: { id: string; name: string; handle: string; headline: string; photoId?: string | null };
  unreadThreads: number;
  pendingInvitations: number;
}) {
  const t = await getTranslations("nav");
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
          <NavLinks
            labels={{
              home: t("home"),
              network: t("network"),
              messaging: t("messaging"),
              premium: t("premium"),
              pendingInvitations: t("pendingInvitations", { count: pendingInvitations }),
              unreadConversations: t("unreadConversations", { count: unreadThreads }),
            }}
            pendingInvitations={pendingInvitations}
            unreadThreads={unreadThreads}
          />
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
