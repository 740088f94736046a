"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { removeConnectionAction } from "@/app/(app)/network/actions";
import { Button } from "@/components/ui/button";
import { descriptionClass, overlayClass, panelClass, titleClass } from "./dialog-parts";
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
      <AlertDialog.Root open={open} onOpenChange={setOpen}>
        <AlertDialog.Trigger asChild>
          <Button variant="ghost" size="sm" aria-label={t("removeLabel", { name })}>
            {t("remove")}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className={overlayClass} />
          <AlertDialog.Content className={panelClass}>
            <AlertDialog.Title className={titleClass}>
              {t("removeTitle", { name })}
            </AlertDialog.Title>
            <AlertDialog.Description className={descriptionClass}>
              {t("removeText", { name })}
            </AlertDialog.Description>
            <div className="flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="ghost">{t("cancel")}</Button>
              </AlertDialog.Cancel>
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
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      {failed?.formError ? (
        <p role="status" className="text-sm font-medium text-red-700">
          {tAll(failed.formError)}
        </p>
      ) : null}
    </>
  );
}
