import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BuyCreditsForm } from "@/components/premium/buy-credits-form";
import { Card, CardBody } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { availableCredits } from "@/db/queries/billing";
import { getInmailPolicy } from "@/db/queries/policy";
import { requireMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";
import { getCreditPackOffer } from "@/lib/payments/offer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title") };
}

/** Buy a credit pack (1–10 credits): any member, Basic included. */
export default async function BuyCreditsPage({
  searchParams,
}: {
  searchParams: Promise<{ purchase?: string }>;
}) {
  const member = await requireMember();
  const { purchase } = await searchParams;
  const db = await getDb();
  await settleMemberNow(db, member.id);
  const [offer, policy, credits, t] = await Promise.all([
    getCreditPackOffer(db),
    getInmailPolicy(db),
    availableCredits(db, { memberId: member.id, at: now() }),
    getTranslations("checkout"),
  ]);

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <Link href="/premium" className="text-sm font-semibold text-brand-700 hover:underline">
          {t("backToPremium")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      {purchase === "cancelled" && <FormMessage tone="success">{t("cancelledNotice")}</FormMessage>}
      <Card>
        <CardBody className="space-y-5 p-5 sm:p-6">
          <p className="font-semibold text-slate-900" data-testid="credit-balance">
            {t("balance", { count: credits })}
          </p>
          {offer ? (
            <BuyCreditsForm price={offer.price} provider={offer.provider} />
          ) : (
            <FormMessage tone="error">{t("unavailable")}</FormMessage>
          )}
        </CardBody>
      </Card>
      <p className="text-sm text-slate-600">
        {t("rules", { days: policy.creditLifetimeDays, refundDays: policy.refundAfterDays })}
      </p>
    </div>
  );
}
