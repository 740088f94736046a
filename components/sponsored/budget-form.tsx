"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fundSponsoredAction } from "@/app/(app)/sponsored/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A budget for the campaign: paid through the checkout, or taken from the ad balance when it
 * holds enough. A draft launches when the money arrives.
 */
export function BudgetForm({
  campaignId,
  launch,
  currencySymbol,
  suggested,
  balanceLabel,
}: {
  campaignId: string;
  /** A draft: the money launches it. */
  launch: boolean;
  currencySymbol: string;
  /** The amount first shown, in whole units. */
  suggested: string;
  /** "Use my ad balance ($12.00)", or null when the balance is empty. */
  balanceLabel: string | null;
}) {
  const t = useTranslations("sponsored.form");
  const tAll = useTranslations() as unknown as Translate;
  const [state, action] = useActionState(fundSponsoredAction, null);
  const failed = state && !state.ok ? state : null;
  const budgetError = failed?.fieldErrors?.budget;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <FormField
        id="sponsored-budget"
        label={t("budget", { currency: currencySymbol })}
        hint={t("budgetHint")}
        error={budgetError ? tAll(budgetError, failed?.formErrorValues) : undefined}
      >
        {(aria) => (
          <Input
            {...aria}
            name="budget"
            inputMode="decimal"
            autoComplete="off"
            required
            className="max-w-40"
            defaultValue={failed?.values?.budget ?? suggested}
          />
        )}
      </FormField>
      {balanceLabel && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold text-slate-800">{t("source")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="source"
              value="checkout"
              defaultChecked
              className="size-4 accent-brand-700"
            />
            {t("sourceCheckout")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="source" value="balance" className="size-4 accent-brand-700" />
            {balanceLabel}
          </label>
        </fieldset>
      )}
      <SubmitButton pendingLabel={t("paying")}>
        {launch ? t("payAndLaunch") : t("addBudget")}
      </SubmitButton>
    </form>
  );
}
