"use client";

import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { startTransition } from "react";
import { signOutAction } from "@/app/actions";
import { Avatar } from "@/components/ui/avatar";

const itemClass =
  "block w-full cursor-pointer rounded px-3 py-2 text-left text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100";

export function MemberMenu({
  member,
}: {
  member: { id: string; name: string; handle: string; headline: string };
}) {
  const t = useTranslations("nav");
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("accountMenu", { name: member.name })}
        className="flex min-w-12 flex-col items-center gap-0.5 px-2 pb-1 pt-2 text-xs text-slate-600 hover:text-slate-900"
      >
        <Avatar name={member.name} seed={member.id} size="sm" className="size-6 text-[10px]" />
        <span className="hidden items-center sm:inline-flex">
          {t("me")} <ChevronDown className="size-3" aria-hidden="true" />
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-72 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          <div className="flex items-start gap-3 px-3 py-2">
            <Avatar name={member.name} seed={member.id} />
            <div className="min-w-0">
              <p className="truncate font-semibold text-slate-900">{member.name}</p>
              <p className="line-clamp-2 text-sm text-slate-600">{member.headline}</p>
            </div>
          </div>
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href={`/in/${member.handle}`}>{t("viewProfile")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={itemClass}>
            <Link href="/settings/communications">{t("settings")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          {/* The menu unmounts on select, so a nested <form> would never submit: call the action. */}
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() =>
              startTransition(async () => {
                await signOutAction(null, new FormData());
              })
            }
          >
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
