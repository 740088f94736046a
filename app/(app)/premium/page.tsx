import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CancelPremiumButton } from "@/components/premium/plan-action";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { getDb } from "@/db";
import { availableCredits, getActivePlanForMember, listPlans } from "@/db/queries/billing";
import { monthlyCreditsHeld } from "@/db/queries/credits";
import { requireMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
const unit = (chunks: ReactNode) => (
  <span className="whitespace-nowrap text-sm font-normal text-slate-600">{chunks}</span>
);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("premium"))("title") };
}

/** Compare plans; subscribe, switch or cancel; buy credit packs. */
export default async function PremiumPage() {
  const member = await requireMember();
  const db = await getDb();
  await settleMemberNow(db, member.id);
  const t = await getTranslations("premium");
  const format = await getFormatter();
  const at = now();
  const [plans, active, credits, forfeit] = await Promise.all([
    listPlans(db),
    getActivePlanForMember(db, { memberId: member.id }),
    availableCredits(db, { memberId: member.id, at }),
    monthlyCreditsHeld(db, { memberId: member.id, at }),
  ]);
  const currentPlanId = active?.plan.id ?? "basic";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("intro")}</p>
        </div>
        <div className="text-right">
          <p className="text-sm text-slate-600">{t("balance")}</p>
          <p className="text-2xl font-semibold">{t("credits", { count: credits })}</p>
          <Link href="/premium/my" className="text-sm font-semibold text-brand-700 hover:underline">
            {t("myPremium")}
          </Link>
        </div>
      </div>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("billingNote")}
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {plans.map((plan) => {
          const isCurrent = plan.id === currentPlanId;
          return (
            <li key={plan.id}>
              <Card
                className={cn("flex h-full flex-col", isCurrent && "border-2 border-brand-700")}
              >
                <CardBody className="flex flex-1 flex-col gap-2">
                  <h2 className="font-semibold">{plan.name}</h2>
                  {isCurrent && (
                    <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                      {t("current")}
                    </p>
                  )}
                  <p className="text-xl font-semibold">
                    {plan.priceCents === 0
                      ? t("free")
                      : t.rich("perMonth", {
                          price: format.number(plan.priceCents / 100, {
                            style: "currency",
                            currency: plan.currency,
                          }),
                          unit,
                        })}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t("creditsPerMonth", { count: plan.monthlyCredits })}
                  </p>
                  {plan.creditCap > 0 && (
                    <p className="text-sm text-slate-600">{t("cap", { count: plan.creditCap })}</p>
                  )}
                  <div className="mt-auto pt-3">
                    {isCurrent && plan.isPremium && (
                      <CancelPremiumButton planName={plan.name} forfeit={forfeit} />
                    )}
                    {!isCurrent && plan.isPremium && (
                      // To the confirmation page: the price is agreed there, never in one click.
                      <Link
                        href={`/premium/subscribe?plan=${encodeURIComponent(plan.id)}`}
                        className={buttonVariants({ size: "block" })}
                      >
                        {t.rich(active ? "switchTo" : "subscribe", { plan: plan.name, hidden })}
                      </Link>
                    )}
                  </div>
                </CardBody>
              </Card>
            </li>
          );
        })}
      </ul>
      <Card>
        <CardBody className="flex flex-wrap items-center justify-between gap-4">
          <div className="max-w-2xl">
            <h2 className="text-lg font-semibold">{t("buyTitle")}</h2>
            <p className="text-sm text-slate-700">{t("buyText")}</p>
          </div>
          <Link href="/premium/credits" className={buttonVariants()}>
            {t("buyLink")}
          </Link>
        </CardBody>
      </Card>
    </div>
  );
}
