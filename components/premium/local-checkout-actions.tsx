"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelLocalOrderAction, payLocalOrderAction } from "@/app/(app)/premium/checkout/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Pay" and "Cancel" on the local test-mode checkout; both go through the payment services. */
export function LocalCheckoutActions({ orderId, amount }: { orderId: string; amount: string }) {
  const t = useTranslations();
  const tKey = t as unknown as (key: string) => string;
  const [payState, pay] = useActionState(payLocalOrderAction, null);
  const [cancelState, cancel] = useActionState(cancelLocalOrderAction, null);
  const failed = [payState, cancelState].find((s) => s && !s.ok);
  const formError = failed && !failed.ok ? failed.formError : undefined;

  return (
    <div className="space-y-3">
      <FormMessage tone="error">{formError ? tKey(formError) : undefined}</FormMessage>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <form action={cancel}>
          <input type="hidden" name="orderId" value={orderId} />
          <SubmitButton
            variant="ghost"
            size="lg"
            className="w-full sm:w-auto"
            pendingLabel={t("checkout.cancelling")}
          >
            {t("checkout.cancel")}
          </SubmitButton>
        </form>
        <form action={pay}>
          <input type="hidden" name="orderId" value={orderId} />
          <SubmitButton size="lg" className="w-full sm:w-auto" pendingLabel={t("checkout.paying")}>
            {t("checkout.pay", { amount })}
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}
