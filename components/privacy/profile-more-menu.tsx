"use client";

import { Ellipsis, UserX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { blockMemberAction } from "@/app/(app)/in/[handle]/actions";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { FormMessage } from "@/components/ui/form-message";

/**
 * "More" on someone's profile: Block, behind a confirmation that says what blocking does. The
 * menu item only opens the dialog (Radix unmounts the menu on select); the dialog's button
 * calls the server action in a transition, which redirects to the profile's Blocked state.
 */
export function ProfileMoreMenu({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("privacy.block");
  const tAll = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function block() {
    setError(undefined);
    startTransition(async () => {
      const form = new FormData();
      form.set("memberId", memberId);
      const result = await blockMemberAction(null, form);
      if (result && !result.ok) {
        setError(tAll((result.formError ?? "errors.unexpected") as never));
      }
    });
  }

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" aria-label={t("moreLabel", { name })}>
            <Ellipsis className="size-4" aria-hidden="true" />
            {t("more")}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setConfirming(true)}>
            <UserX className="size-4 text-slate-600" aria-hidden="true" />
            {t("menuItem", { name })}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <AlertDialog open={confirming} onOpenChange={(open) => !pending && setConfirming(open)}>
        <AlertDialogContent>
          <AlertDialogTitle>{t("confirmTitle", { name })}</AlertDialogTitle>
          <AlertDialogDescription asChild>
            <div className="space-y-2">
              <p>{t("confirmIntro", { name })}</p>
              <ul className="list-disc space-y-1 pl-5">
                <li>{t("effectProfile")}</li>
                <li>{t("effectContact")}</li>
                <li>{t("effectConnection")}</li>
                <li>{t("effectUndo")}</li>
              </ul>
            </div>
          </AlertDialogDescription>
          <FormMessage tone="error">{error}</FormMessage>
          <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
            <AlertDialogCancel asChild>
              <Button variant="ghost" disabled={pending}>
                {t("cancel")}
              </Button>
            </AlertDialogCancel>
            <Button variant="danger" onClick={block} disabled={pending} aria-disabled={pending}>
              {pending ? t("blocking") : t("confirm")}
            </Button>
          </div>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
