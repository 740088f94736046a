import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LedgerTable } from "@/components/premium/ledger-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { getActivePlanForMember } from "@/db/queries/billing";
import {
  ledgerBalance,
  listExpiringCredits,
  listLedgerForMember,
  listPendingInmails,
} from "@/db/queries/credits";
import { requireMember } from "@/lib/auth/session";
import { addDays, now } from "@/lib/clock";
import { monthlyAnniversary } from "@/lib/credits/anniversary";
import { settleMemberNow } from "@/lib/credits/settle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("premium.my"))("title") };
}

/** Balance, plan, next renewal, credits expiring soon, pending InMails and the whole ledger. */
export default async function MyPremiumPage({
  searchParams,
}: {
  searchParams: Promise<{ purchase?: string; subscribed?: string; cancelled?: string }>;
}) {
  const member = await requireMember();
  const params = await searchParams;
  const db = await getDb();
  await settleMemberNow(db, member.id);
  const at = now();
  const t = await getTranslations("premium");
  const format = await getFormatter();
  const [balance, active, expiring, pending, ledger] = await Promise.all([
    ledgerBalance(db, { memberId: member.id }),
    getActivePlanForMember(db, { memberId: member.id }),
    listExpiringCredits(db, { memberId: member.id, at, until: addDays(at, 30) }),
    listPendingInmails(db, { memberId: member.id }),
    listLedgerForMember(db, { memberId: member.id }),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const nextRenewal = active
    ? monthlyAnniversary(active.subscription.startedAt, active.subscription.settledPeriods)
    : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("my.title")}</h1>
        <Link href="/premium" className="text-sm font-semibold text-brand-700 hover:underline">
          {t("my.managePlan")}
        </Link>
      </div>
      {params.purchase === "success" && (
        <FormMessage tone="success">{t("my.purchaseSuccess")}</FormMessage>
      )}
      {params.subscribed && active && (
        <FormMessage tone="success">{t("subscribed", { plan: active.plan.name })}</FormMessage>
      )}
      {params.cancelled && !active && <FormMessage tone="success">{t("cancelled")}</FormMessage>}

      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <CardBody>
            <h2 className="text-sm font-semibold text-slate-600">{t("my.balance")}</h2>
            <p className="text-3xl font-semibold" data-testid="balance">
              {t("credits", { count: balance })}
            </p>
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <h2 className="text-sm font-semibold text-slate-600">{t("my.plan")}</h2>
            {active ? (
              <>
                <p className="text-lg font-semibold">{active.plan.name}</p>
                <p className="text-sm text-slate-700">
                  {t("my.allotment", {
                    count: active.plan.monthlyCredits,
                    cap: active.plan.creditCap,
                  })}
                </p>
              </>
            ) : (
              <p className="text-lg font-semibold">{t("my.basic")}</p>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardBody>
            <h2 className="text-sm font-semibold text-slate-600">{t("my.nextRenewal")}</h2>
            {nextRenewal ? (
              <p className="text-lg font-semibold">
                <time dateTime={nextRenewal.toISOString()}>
                  {t("my.renewalOn", { date: date(nextRenewal) })}
                </time>
              </p>
            ) : (
              <p className="text-sm text-slate-700">{t("my.renewalNone")}</p>
            )}
          </CardBody>
        </Card>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <h2 className="font-semibold">{t("my.expiringTitle")}</h2>
          </CardHeader>
          <CardBody>
            {expiring.length === 0 ? (
              <p className="text-sm text-slate-600">{t("my.expiringNone")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {expiring.map((grant) => (
                  <li key={grant.id}>
                    {t("my.expiring", { count: grant.remaining, date: date(grant.expiresAt) })}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <h2 className="font-semibold">{t("my.pendingTitle")}</h2>
            <p className="text-sm text-slate-600">{t("my.pendingIntro")}</p>
          </CardHeader>
          <CardBody>
            {pending.length === 0 ? (
              <p className="text-sm text-slate-600">{t("my.pendingNone")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {pending.map((inmail) => (
                  <li key={inmail.id}>
                    <Link
                      href={`/messaging/${inmail.threadId}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {t("my.pendingRow", { name: inmail.recipient, subject: inmail.subject })}
                    </Link>
                    <p className="text-slate-600">
                      {t("my.refundOn", { date: date(inmail.refundDueAt) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <h2 className="font-semibold">{t("my.historyTitle")}</h2>
          <p className="text-sm text-slate-600">{t("my.historyIntro")}</p>
        </CardHeader>
        <CardBody>
          {ledger.length === 0 ? (
            <p className="text-sm text-slate-600">{t("my.historyEmpty")}</p>
          ) : (
            <LedgerTable rows={ledger} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
