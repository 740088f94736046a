import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LocalCheckoutActions } from "@/components/premium/local-checkout-actions";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { getCreditOrderForMember } from "@/db/queries/orders";
import { requireMember } from "@/lib/auth/session";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("checkoutTitle") };
}

/** The local test-mode checkout of one order; only its owner sees it (404 for anyone else). */
export default async function CheckoutPage({ params }: { params: Promise<{ orderId: string }> }) {
  const member = await requireMember();
  const { orderId } = await params;
  const order = await getCreditOrderForMember(await getDb(), { orderId, memberId: member.id });
  if (!order) notFound();
  const t = await getTranslations("checkout");
  const format = await getFormatter();
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: order.currency.toUpperCase() });
  const amount = money(order.amountCents);
  const payable = order.status === "pending" && order.provider === "local";
  const budget = order.purpose === "sponsored_budget";
  const campaignPage = order.sponsoredCampaignId ? `/sponsored/${order.sponsoredCampaignId}` : null;

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-semibold">{t("checkoutTitle")}</h1>
      {order.provider === "local" && (
        <div className="rounded-md border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-3 text-amber-950">
          <p className="text-xs font-bold uppercase tracking-wide">{t("testModeBadge")}</p>
          <p className="mt-1 text-sm">{t("testModeText")}</p>
        </div>
      )}
      <Card>
        <CardHeader className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("orderTitle")}</h2>
          <p className="text-xs text-slate-600">
            {t("orderReference", { reference: order.id.slice(0, 8).toUpperCase() })} ·{" "}
            {t("createdAt", {
              date: format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        </CardHeader>
        <CardBody className="space-y-4">
          <dl className="space-y-2">
            <div className="flex items-baseline justify-between gap-4">
              <dt className="font-medium text-slate-900">
                {budget ? t("budgetItem") : t("orderItem", { count: order.credits })}
              </dt>
              {!budget && (
                <dd className="text-sm text-slate-600">
                  {t("unitPrice", { price: money(order.amountCents / order.credits) })}
                </dd>
              )}
            </div>
            <div className="flex items-baseline justify-between gap-4 border-t border-slate-200 pt-3">
              <dt className="font-semibold text-slate-900">{t("total")}</dt>
              <dd className="text-2xl font-semibold text-slate-900">{amount}</dd>
            </div>
          </dl>
          {payable && env.localCheckoutEnabled ? (
            <LocalCheckoutActions orderId={order.id} amount={amount} />
          ) : order.status === "paid" ? (
            <>
              <FormMessage tone="success">{t("orderPaid")}</FormMessage>
              <Link href={campaignPage ?? "/premium/my"} className={buttonVariants()}>
                {campaignPage ? t("seeCampaign") : t("seeCredits")}
              </Link>
            </>
          ) : order.status === "pending" ? (
            <p className="text-sm text-slate-700">
              {order.provider === "stripe" ? t("orderAwaitingStripe") : t("unavailable")}
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700">{t("orderClosed", { status: order.status })}</p>
              <Link
                href={campaignPage ?? "/premium/credits"}
                className={buttonVariants({ variant: "secondary" })}
              >
                {campaignPage ? t("seeCampaign") : t("buyCredits")}
              </Link>
            </>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
