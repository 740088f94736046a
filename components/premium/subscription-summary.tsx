import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Plan } from "@/db/schema";
import { monthlyAnniversary } from "@/lib/credits/anniversary";
import { monthlyGrant } from "@/lib/credits/settle";
import { ConfirmSubscriptionForm } from "./plan-action";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * What subscribing to `plan` means, before the member agrees: the price per month and its
 * currency, the credits it grants (today and every month), rollover and expiry, the next renewal,
 * and — when switching — what happens to the current plan; then the confirm button, price on it.
 */
export async function SubscriptionSummary({
  plan,
  current,
  at,
  monthlyCreditsHeld,
  creditLifetimeDays,
}: {
  plan: Plan;
  /** The member's plan now; null on Basic. */
  current: Plan | null;
  at: Date;
  /** Unspent monthly credits the member holds now: they count toward the cap. */
  monthlyCreditsHeld: number;
  creditLifetimeDays: number;
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("premium"),
    getFormatter(),
    getLocale(),
  ]);
  const price = format.number(plan.priceCents / 100, {
    style: "currency",
    currency: plan.currency,
  });
  const code = plan.currency.toUpperCase();
  const currency = new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  const renewal = monthlyAnniversary(at, 1);
  // The first month is granted on confirming, by the same rule as every monthly grant.
  const granted = monthlyGrant({
    allotment: plan.monthlyCredits,
    cap: plan.creditCap,
    held: monthlyCreditsHeld,
  });
  return (
    <Card aria-labelledby="subscription-summary">
      <CardHeader>
        <h2 id="subscription-summary" className="font-semibold">
          {t("confirm.summaryTitle")}
        </h2>
      </CardHeader>
      <CardBody className="space-y-5">
        <dl className="divide-y divide-slate-100">
          <Row term={t("confirm.price")}>
            <span className="block text-2xl font-semibold" data-testid="confirm-price">
              {t.rich("perMonth", {
                price,
                unit: (chunks) => (
                  <span className="text-base font-normal text-slate-600">{chunks}</span>
                ),
              })}
            </span>
            <span className="block text-sm text-slate-600">
              {t("confirm.currency", { currency, code })}
            </span>
          </Row>
          <Row term={t("confirm.credits")}>
            {t("creditsPerMonth", { count: plan.monthlyCredits })}
          </Row>
          <Row term={t("confirm.today")}>
            {t("confirm.todayValue", { count: granted })}
            {granted < plan.monthlyCredits && (
              <span className="block text-sm text-slate-600">
                {t("confirm.todayCapped", { held: monthlyCreditsHeld, cap: plan.creditCap })}
              </span>
            )}
          </Row>
          <Row term={t("confirm.rollover")}>
            {t("confirm.rolloverValue", { cap: plan.creditCap, days: creditLifetimeDays })}
          </Row>
          <Row term={t("confirm.renews")}>
            <time dateTime={renewal.toISOString()}>
              {t("confirm.renewsValue", { date: format.dateTime(renewal, { dateStyle: "long" }) })}
            </time>
          </Row>
          {current && (
            <Row term={t("confirm.replaces")}>
              {t("confirm.replacesValue", { plan: current.name })}
            </Row>
          )}
        </dl>
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("billingNote")}
        </p>
        <ConfirmSubscriptionForm
          planId={plan.id}
          priceCents={plan.priceCents}
          currency={plan.currency}
          label={
            current
              ? t("confirm.confirmSwitch", { price })
              : t("confirm.confirmSubscribe", { price })
          }
        />
        <p className="text-sm text-slate-600">{t("confirm.cancelAnytime")}</p>
      </CardBody>
    </Card>
  );
}
