import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { StatusBadge } from "@/components/sponsored/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { cursorCodec } from "@/db/cursor";
import { requireMember } from "@/lib/auth/session";
import { adBalance, getSponsoredPolicy, listSponsoredCampaigns } from "@/lib/sponsored/campaigns";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sponsored"))("title") };
}

const cursor = cursorCodec(z.object({ at: z.iso.datetime(), id: z.uuid() }), 200);

/** The member's sponsored campaigns, newest first, twenty at a time, and their ad balance. */
export default async function SponsoredPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const member = await requireMember();
  const db = await getDb();
  const { before } = await searchParams;
  const from = cursor.decode(typeof before === "string" ? before : null);
  const [t, format, { campaigns, next }, balance, policy] = await Promise.all([
    getTranslations("sponsored"),
    getFormatter(),
    listSponsoredCampaigns(db, {
      advertiserId: member.id,
      before: from ? { at: new Date(from.at), id: from.id } : null,
    }),
    adBalance(db, member.id),
    getSponsoredPolicy(db),
  ]);
  const money = (cents: number, currency: string) =>
    format.number(cents / 100, { style: "currency", currency: currency.toUpperCase() });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Card>
        <CardHeader className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h1 className="text-xl font-semibold">{t("title")}</h1>
            <p className="text-sm text-slate-600">
              {t("intro", {
                price: money(policy.pricePerSendCents, policy.currency),
                min: policy.minAudienceSize,
                days: policy.memberCapDays,
              })}
            </p>
          </div>
          <Link href="/sponsored/new" className={buttonVariants({ size: "sm" })}>
            {t("new.title")}
          </Link>
        </CardHeader>
        {balance > 0 && (
          <CardBody className="text-sm text-slate-700">
            {t("balance", { amount: money(balance, policy.currency) })}
          </CardBody>
        )}
      </Card>
      <Card aria-labelledby="sponsored-campaigns">
        <CardHeader>
          <h2 id="sponsored-campaigns" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
        </CardHeader>
        <CardBody className="py-0">
          {campaigns.length === 0 ? (
            <p className="py-5 text-slate-600">{t("listEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {campaigns.map((c) => (
                <li
                  key={c.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-4"
                >
                  <span className="flex min-w-0 flex-wrap items-baseline gap-2">
                    <Link
                      prefetch={false}
                      href={`/sponsored/${c.id}`}
                      className="min-w-0 break-words font-semibold text-brand-700 hover:underline"
                    >
                      {c.name}
                    </Link>
                    <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                  </span>
                  <span className="text-sm text-slate-600">
                    {c.status === "draft"
                      ? t("listCreated", {
                          date: format.dateTime(c.createdAt, { dateStyle: "medium" }),
                        })
                      : t("listDelivered", {
                          count: c.delivered,
                          spent: money(c.spentCents, c.currency),
                        })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
        {(next || from) && (
          <nav
            aria-label={t("pages")}
            className="flex justify-between border-t border-slate-100 px-5 py-3 text-sm"
          >
            {from ? (
              <Link href="/sponsored" className="font-semibold text-brand-700 hover:underline">
                ← {t("newest")}
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link
                prefetch={false}
                href={`/sponsored?before=${cursor.encode({ at: next.at.toISOString(), id: next.id })}`}
                className="font-semibold text-brand-700 hover:underline"
              >
                {t("older")} →
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
