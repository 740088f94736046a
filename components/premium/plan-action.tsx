"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useActionState, useEffect, useState } from "react";
import { cancelSubscriptionAction, subscribeAction } from "@/app/(app)/premium/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** Subscribe to / switch to a plan. */
export function SubscribeButton({ planId, label }: { planId: string; label: string }) {
  const t = useTranslations("premium");
  const [state, action] = useActionState(subscribeAction, null);
  const tKey = useTranslations() as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <SubmitButton
        className="h-auto min-h-10 w-full whitespace-normal py-2 text-center"
        pendingLabel={t("subscribing")}
      >
        {label}
      </SubmitButton>
      <FormMessage tone="error">
        {state && !state.ok && state.formError ? tKey(state.formError) : undefined}
      </FormMessage>
    </form>
  );
}

/** Cancel Premium, after a confirmation that says exactly what is forfeited. */
export function CancelPremiumButton({ planName, forfeit }: { planName: string; forfeit: number }) {
  const t = useTranslations("premium");
  const [state, action] = useActionState(cancelSubscriptionAction, null);
  const tKey = useTranslations() as unknown as (key: string) => string;
  // Controlled, so the dialog (and its form) stays mounted until the action has answered.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (state) setOpen(false);
  }, [state]);
  return (
    <div className="space-y-2">
      <AlertDialog.Root open={open} onOpenChange={setOpen}>
        <AlertDialog.Trigger asChild>
          <Button
            variant="secondary"
            className="h-auto min-h-10 w-full whitespace-normal py-2 text-center"
          >
            {t("cancel")}
          </Button>
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">
              {t("cancelTitle", { plan: planName })}
            </AlertDialog.Title>
            <AlertDialog.Description className="text-sm text-slate-700">
              {t("cancelText", { count: forfeit })}
            </AlertDialog.Description>
            <div className="flex flex-wrap justify-end gap-3">
              <AlertDialog.Cancel className={buttonVariants({ variant: "secondary" })}>
                {t("keep", { plan: planName })}
              </AlertDialog.Cancel>
              <form action={action}>
                <SubmitButton variant="danger" pendingLabel={t("subscribing")}>
                  {t("cancelConfirm")}
                </SubmitButton>
              </form>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <FormMessage tone={state?.ok ? "success" : "error"}>
        {state
          ? state.ok
            ? t("cancelled")
            : state.formError
              ? tKey(state.formError)
              : undefined
          : undefined}
      </FormMessage>
    </div>
  );
}
