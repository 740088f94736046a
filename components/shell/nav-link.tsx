"use client";

import { Crown, House, MessageSquare, Users } from "lucide";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";

const icon = "size-6";

/**
 * The main links of the top bar, one client part for all four (the current one is marked from
 * the browser's path, which a layout does not know), icons drawn here so the server sends only
 * labels and the two badges.
 */
export function NavLinks({
  labels,
  pendingInvitations,
  unreadThreads,
}: {
  labels: {
    home: string;
    network: string;
    messaging: string;
    premium: string;
    pendingInvitations: string;
    unreadConversations: string;
  };
  pendingInvitations: number;
  unreadThreads: number;
}) {
  const pathname = usePathname();
  return (
    <>
      <NavLink
        pathname={pathname}
        href="/"
        label={labels.home}
        icon={<Icon node={House} className={icon} />}
      />
      <NavLink
        pathname={pathname}
        href="/network"
        label={labels.network}
        icon={<Icon node={Users} className={icon} />}
        badge={pendingInvitations}
        badgeLabel={labels.pendingInvitations}
      />
      <NavLink
        pathname={pathname}
        href="/messaging"
        label={labels.messaging}
        icon={<Icon node={MessageSquare} className={icon} />}
        badge={unreadThreads}
        badgeLabel={labels.unreadConversations}
      />
      <NavLink
        pathname={pathname}
        href="/premium"
        label={labels.premium}
        icon={<Icon node={Crown} className={icon} />}
      />
    </>
  );
}

function NavLink({
  pathname,
  href,
  label,
  icon,
  badge,
  badgeLabel,
}: {
  pathname: string;
  href: string;
  label: string;
  icon: ReactNode;
  badge?: number;
  /** What the badge counts, for screen readers ("2 unread conversations"). */
  badgeLabel?: string;
}) {
  const active =
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cx(
        "relative flex min-w-12 flex-col items-center gap-0.5 border-b-2 px-2 pb-1 pt-2 text-xs hover:text-slate-900 sm:min-w-20",
        active ? "border-slate-900 text-slate-900" : "border-transparent text-slate-600",
      )}
    >
      <span className="relative" aria-hidden="true">
        {icon}
        {badge ? (
          <span className="absolute -right-2 -top-1 min-w-4 rounded-full bg-red-700 px-1 text-center text-[10px] font-bold leading-4 text-white">
            {badge > 99 ? "99+" : badge}
          </span>
        ) : null}
      </span>
      <span className="hidden sm:inline">{label}</span>
      <span className="sr-only sm:hidden">{label}</span>
      {badge && badgeLabel ? <span className="sr-only">, {badgeLabel}</span> : null}
    </Link>
  );
}
