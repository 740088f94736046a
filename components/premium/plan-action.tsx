"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { cancelSubscriptionAction, subscribeAction } from "@/app/(app)/premium/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The confirmation on /premium/subscribe: it sends the plan and the price the member was shown,
 * and the server subscribes only at that price. A plain form, so it works before (or without)
 * JavaScript too.
 */
export function ConfirmSubscriptionForm({
  planId,
  priceCents,
  currency,
  label,
}: {
  planId: string;
  priceCents: number;
  currency: string;
  label: string;
}) {
  const t = useTranslations("premium");
  const [state, action] = useActionState(subscribeAction, null);
  const tKey = useTranslations() as unknown as (key: string) => string;
  // Hidden fields have no place to show their own error: any refusal is the form's.
  const error =
    state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="priceCents" value={priceCents} />
      <input type="hidden" name="currency" value={currency} />
      <FormMessage tone="error">{error ? tKey(error) : undefined}</FormMessage>
      <SubmitButton size="block" pendingLabel={t("subscribing")}>
        {label}
      </SubmitButton>
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
      <Button variant="secondary" aria-haspopup="dialog" size="block" onClick={() => setOpen(true)}>
        {t("cancel")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} alert size="md">
        <DialogTitle>{t("cancelTitle", { plan: planName })}</DialogTitle>
        <DialogDescription>{t("cancelText", { count: forfeit })}</DialogDescription>
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t("keep", { plan: planName })}
          </Button>
          <form action={action}>
            <SubmitButton variant="danger" pendingLabel={t("subscribing")}>
              {t("cancelConfirm")}
            </SubmitButton>
          </form>
        </div>
      </Dialog>
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
