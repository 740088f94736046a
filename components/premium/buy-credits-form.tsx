"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { buyCreditsAction } from "@/app/(app)/premium/credits/actions";
import { cx } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface BuyCreditsFormProps {
  /** The credit_pack_prices row, read on the server (getCreditPackOffer in lib/payments/offer.ts). */
  price: { currency: string; priceCentsPerCredit: number; minCredits: number; maxCredits: number };
  /** "stripe": the member continues to Stripe Checkout; "local": to the test-mode checkout page. */
  provider: "stripe" | "local";
  /** Pack size selected at first; defaults to 5 (clamped to the price list's range). */
  defaultCredits?: number;
}

/**
 * Choose 1–10 credits, see the total, continue to checkout. The server computes the amount
 * again from the price list; the total shown here is only a preview.
 */
export function BuyCreditsForm({ price, provider, defaultCredits = 5 }: BuyCreditsFormProps) {
  const t = useTranslations("checkout");
  const tKey = useTranslations() as unknown as (key: string, v?: Record<string, number>) => string;
  const format = useFormatter();
  const id = useId();
  const [state, action] = useActionState(buyCreditsAction, null);
  const failed = state && !state.ok ? state : null;
  const sizes = Array.from(
    { length: price.maxCredits - price.minCredits + 1 },
    (_, i) => price.minCredits + i,
  );
  const initial = Number(failed?.values?.credits ?? defaultCredits);
  const [credits, setCredits] = useState(
    Math.min(price.maxCredits, Math.max(price.minCredits, initial)),
  );
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: price.currency.toUpperCase() });
  const range = { min: price.minCredits, max: price.maxCredits };
  const error = failed?.fieldErrors?.credits ?? failed?.fieldErrors?.currency;

  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="currency" value={price.currency} />
      <FormMessage tone="error">
        {failed?.formError ? tKey(failed.formError, range) : undefined}
      </FormMessage>
      <fieldset aria-describedby={error ? `${id}-error` : `${id}-price`}>
        <legend className="text-sm font-semibold text-slate-800">{t("howMany")}</legend>
        <p id={`${id}-price`} className="mt-0.5 text-sm text-slate-600">
          {t("pricePerCredit", { price: money(price.priceCentsPerCredit) })}
        </p>
        <div className="mt-3 grid grid-cols-5 gap-2">
          {sizes.map((size) => (
            <label
              key={size}
              className={cx(
                "relative flex h-12 cursor-pointer items-center justify-center rounded-md border text-base font-semibold transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700",
                size === credits
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-400 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50",
              )}
            >
              <input
                type="radio"
                name="credits"
                value={size}
                checked={size === credits}
                onChange={() => setCredits(size)}
                // Transparent over the whole tile: it takes the clicks and keeps keyboard focus.
                className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
              />
              <span aria-hidden="true">{size}</span>
              <span className="sr-only">{t("creditsOption", { count: size })}</span>
            </label>
          ))}
        </div>
        {error && (
          <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-700">
            {tKey(error, range)}
          </p>
        )}
      </fieldset>

      <div
        aria-live="polite"
        className="flex items-baseline justify-between gap-4 rounded-md bg-slate-50 px-4 py-3"
      >
        <div>
          <p className="text-sm font-semibold text-slate-800">{t("total")}</p>
          <p className="text-sm text-slate-600">
            {t("totalLine", { count: credits, price: money(price.priceCentsPerCredit) })}
          </p>
        </div>
        <p className="whitespace-nowrap text-2xl font-semibold text-slate-900">
          {money(credits * price.priceCentsPerCredit)}
        </p>
      </div>

      <p className="text-sm text-slate-600">
        {provider === "stripe" ? t("stripeNote") : t("testModeNote")}
      </p>
      <SubmitButton size="lg" className="w-full sm:w-auto" pendingLabel={t("preparing")}>
        {provider === "stripe" ? t("continueStripe") : t("continue")}
      </SubmitButton>
    </form>
  );
}
