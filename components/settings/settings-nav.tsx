"use client";

import { CircleUserRound, IdCard, KeyRound, MessageSquareLock, UserX } from "lucide";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";

/** The side navigation of Settings. */
export function SettingsNav() {
  const t = useTranslations("settings");
  const tPrivacy = useTranslations("privacy");
  const tAccount = useTranslations("account.security");
  const tProfile = useTranslations("profileEdit");
  const pathname = usePathname();
  const sections = [
    { href: "/settings/profile", label: tProfile("title"), icon: IdCard },
    { href: "/settings/account", label: tProfile("account.title"), icon: CircleUserRound },
    {
      href: "/settings/communications",
      label: t("sections.communications"),
      icon: MessageSquareLock,
    },
    { href: "/settings/blocked", label: tPrivacy("blockedTitle"), icon: UserX },
    { href: "/settings/security", label: tAccount("title"), icon: KeyRound },
  ];
  return (
    <nav
      aria-label={t("navLabel")}
      className="rounded-lg border border-slate-200 bg-white py-3 shadow-sm"
    >
      <p className="px-4 pb-2 text-lg font-semibold text-slate-900">{t("title")}</p>
      <ul>
        {sections.map(({ href, label, icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "flex items-center gap-3 border-l-4 px-3 py-2 text-sm font-semibold hover:bg-slate-50",
                  active
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-slate-700 hover:text-slate-900",
                )}
              >
                <Icon node={icon} className="size-5" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
