"use client";

import { ChevronDown } from "lucide";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { signOutAction } from "@/app/actions";
import { Avatar } from "@/components/ui/avatar";
import { useDisclosure } from "@/components/ui/disclosure";
import { Icon } from "@/components/ui/icon";
import { LanguageSwitcher } from "./language-switcher";

const itemClass =
  "block w-full rounded px-3 py-2 text-left text-sm text-slate-800 outline-none hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700";

/**
 * The "Me" menu: a disclosure (a button that shows a panel of links and the sign-out button,
 * the navigation-menu pattern of the ARIA practices), on every signed-in page — so it is kept
 * small: no menu library in every page's JavaScript (components/ui/disclosure.ts).
 */
export function MemberMenu({
  member,
}: {
  member: { id: string; name: string; handle: string; headline: string; photoId?: string | null };
}) {
  const t = useTranslations("nav");
  const menu = useDisclosure();
  const [signingOut, startSignOut] = useTransition();

  return (
    <div {...menu.rootProps} className="relative">
      <button
        {...menu.buttonProps}
        aria-label={t("accountMenu", { name: member.name })}
        className="flex min-w-12 flex-col items-center gap-0.5 px-2 pb-1 pt-2 text-xs text-slate-600 hover:text-slate-900"
      >
        <Avatar name={member.name} seed={member.id} photoId={member.photoId} size="xs" />
        <span className="hidden items-center sm:inline-flex">
          {t("me")} <Icon node={ChevronDown} className="size-3" />
        </span>
      </button>
      {/* Drawn when opened: every signed-in page renders the top bar, few open the menu. */}
      {menu.open && (
        <div
          {...menu.panelProps}
          className="absolute right-0 top-full z-50 mt-1.5 w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          <div className="flex items-start gap-3 px-3 py-2">
            <Avatar name={member.name} seed={member.id} photoId={member.photoId} />
            <div className="min-w-0">
              <p className="truncate font-semibold text-slate-900">{member.name}</p>
              <p className="line-clamp-2 text-sm text-slate-600">{member.headline}</p>
            </div>
          </div>
          <ul>
            <li>
              <Link
                href={`/in/${member.handle}`}
                prefetch={false}
                className={itemClass}
                onClick={() => menu.setOpen(false)}
              >
                {t("viewProfile")}
              </Link>
            </li>
            <li>
              <Link
                href="/recruiting"
                prefetch={false}
                className={itemClass}
                onClick={() => menu.setOpen(false)}
              >
                {t("recruiting")}
              </Link>
            </li>
            <li>
              <Link
                href="/sponsored"
                prefetch={false}
                className={itemClass}
                onClick={() => menu.setOpen(false)}
              >
                {t("sponsored")}
              </Link>
            </li>
            <li>
              <Link
                href="/settings/communications"
                prefetch={false}
                className={itemClass}
                onClick={() => menu.setOpen(false)}
              >
                {t("settings")}
              </Link>
            </li>
          </ul>
          <hr className="my-1 border-slate-200" />
          <LanguageSwitcher className="px-3 py-2" />
          <hr className="my-1 border-slate-200" />
          <button
            type="button"
            className={itemClass}
            disabled={signingOut}
            onClick={() =>
              startSignOut(async () => {
                await signOutAction(null, new FormData());
              })
            }
          >
            {t("signOut")}
          </button>
        </div>
      )}
    </div>
  );
}
