"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { removeConnectionAction } from "@/app/(app)/network/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { useMemberAction } from "./use-member-action";

/**
 * "Remove connection" behind a confirmation. The dialog is controlled and the action runs in a
 * transition (no form inside the dialog, which unmounts when it closes).
 */
export function RemoveConnectionButton({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("invitations.connections");
  const tAll = useTranslations() as unknown as (key: string) => string;
  const [open, setOpen] = useState(false);
  const remove = useMemberAction(removeConnectionAction);
  const failed = remove.state && !remove.state.ok ? remove.state : null;
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-haspopup="dialog"
        aria-label={t("removeLabel", { name })}
        onClick={() => setOpen(true)}
      >
        {t("remove")}
      </Button>
      <Dialog open={open} onOpenChange={(next) => !remove.pending && setOpen(next)} alert>
        <DialogTitle>{t("removeTitle", { name })}</DialogTitle>
        <DialogDescription>{t("removeText", { name })}</DialogDescription>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)} disabled={remove.pending}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            disabled={remove.pending}
            onClick={() =>
              remove.run({ memberId }, (r) => {
                if (r?.ok) setOpen(false);
              })
            }
          >
            {remove.pending ? t("removing") : t("remove")}
          </Button>
        </div>
      </Dialog>
      {failed?.formError ? (
        <p role="status" className="text-sm font-medium text-red-700">
          {tAll(failed.formError)}
        </p>
      ) : null}
    </>
  );
}
