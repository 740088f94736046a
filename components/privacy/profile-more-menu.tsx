"use client";

import { Ellipsis, UserX } from "lucide";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { blockMemberAction } from "@/app/(app)/in/[handle]/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { useDisclosure } from "@/components/ui/disclosure";
import { FormMessage } from "@/components/ui/form-message";
import { Icon } from "@/components/ui/icon";

/**
 * "More" on someone's profile: Block, behind a confirmation that says what blocking does. The
 * panel's button only opens the dialog; the dialog's button calls the server action in a
 * transition, which redirects to the profile's Blocked state.
 */
export function ProfileMoreMenu({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("privacy.block");
  const tAll = useTranslations();
  const more = useDisclosure();
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
      <div {...more.rootProps} className="relative">
        <Button {...more.buttonProps} variant="secondary" aria-label={t("moreLabel", { name })}>
          <Icon node={Ellipsis} className="size-4" />
          {t("more")}
        </Button>
        <div
          {...more.panelProps}
          className="absolute left-0 top-full z-40 mt-1.5 min-w-48 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          <button
            type="button"
            aria-haspopup="dialog"
            className="flex w-full items-center gap-2 rounded px-3 py-2 text-left text-slate-800 outline-none hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-700"
            onClick={() => {
              more.setOpen(false);
              setConfirming(true);
            }}
          >
            <Icon node={UserX} className="size-4 text-slate-600" />
            {t("menuItem", { name })}
          </button>
        </div>
      </div>
      <Dialog open={confirming} onOpenChange={(open) => !pending && setConfirming(open)} alert>
        <DialogTitle>{t("confirmTitle", { name })}</DialogTitle>
        <DialogDescription className="space-y-2">
          <p>{t("confirmIntro", { name })}</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("effectProfile")}</li>
            <li>{t("effectContact")}</li>
            <li>{t("effectConnection")}</li>
            <li>{t("effectUndo")}</li>
          </ul>
        </DialogDescription>
        <FormMessage tone="error">{error}</FormMessage>
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
          <Button variant="danger" onClick={block} disabled={pending} aria-disabled={pending}>
            {pending ? t("blocking") : t("confirm")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
