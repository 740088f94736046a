import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SubscriptionSummary } from "@/components/premium/subscription-summary";
import { Card, CardBody } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActivePlanForMember, getPlan } from "@/db/queries/billing";
import { monthlyCreditsHeld } from "@/db/queries/credits";
import { getInmailPolicy } from "@/db/queries/policy";
import { requireMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";
import { planIdFromSearchParam } from "@/lib/validation/subscription";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("premium.confirm"))("metaTitle") };
}

/**
 * The step between a plan card and a subscription: the price per month, its currency and what
 * the plan gives, confirmed with a plain form (no JavaScript needed). The action checks it all
 * again, the price included.
 */
export default async function SubscribePage({ searchParams }: Props) {
  const member = await requireMember();
  const planId = planIdFromSearchParam((await searchParams).plan);
  const db = await getDb();
  await settleMemberNow(db, member.id);
  const at = now();
  const [plan, active, held, policy, t] = await Promise.all([
    planId ? getPlan(db, { planId }) : null,
    getActivePlanForMember(db, { memberId: member.id }),
    monthlyCreditsHeld(db, { memberId: member.id, at }),
    getInmailPolicy(db),
    getTranslations("premium"),
  ]);
  // Basic is no subscription: leaving Premium is the plans page's Cancel, with its own warning.
  if (plan && !plan.isPremium) redirect("/premium");
  const current = active?.plan ?? null;

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <Link href="/premium" className="text-sm font-semibold text-brand-700 hover:underline">
          {t("confirm.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">
          {!plan
            ? t("confirm.titleMissing")
            : current
              ? t("confirm.titleSwitch", { plan: plan.name })
              : t("confirm.titleSubscribe", { plan: plan.name })}
        </h1>
        {plan && current?.id !== plan.id && (
          <p className="mt-1 text-slate-700">{t("confirm.intro")}</p>
        )}
      </div>
      {!plan || current?.id === plan.id ? (
        <Card>
          <CardBody className="space-y-2">
            <p className="font-semibold text-slate-900">
              {plan ? t("errors.already_on_plan") : t("errors.unknown_plan")}
            </p>
            {plan && (
              <Link
                href="/premium/my"
                className="text-sm font-semibold text-brand-700 hover:underline"
              >
                {t("myPremium")}
              </Link>
            )}
          </CardBody>
        </Card>
      ) : (
        <SubscriptionSummary
          plan={plan}
          current={current}
          at={at}
          monthlyCreditsHeld={held}
          creditLifetimeDays={policy.creditLifetimeDays}
        />
      )}
    </div>
  );
}
