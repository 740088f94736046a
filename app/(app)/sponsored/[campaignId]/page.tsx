import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BudgetForm } from "@/components/sponsored/budget-form";
import { SponsoredControls } from "@/components/sponsored/sponsored-controls";
import { StatusBadge } from "@/components/sponsored/status-badge";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DailyChart } from "@/components/ui/daily-chart";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { recipientValues, renderTemplate } from "@/lib/recruiting/templates";
import {
  adBalance,
  getSponsoredCampaign,
  getSponsoredPolicy,
  sponsoredReport,
} from "@/lib/sponsored/campaigns";
import { measureText } from "@/lib/text/count";
import { recountSponsoredAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sponsored"))("campaign.title") };
}

type Params = { campaignId: string };
type Query = { purchase?: string; funded?: string };

/**
 * One sponsored campaign of the member's: a draft shows its preview, its audience as it stands
 * and the budget that launches it; a launched one its live report (refreshed by the page's event
 * stream with each delivery), its budget and its controls. Anyone else's is a 404.
 */
export default async function SponsoredCampaignPage({
  params,
  searchParams,
}: {
  params: Promise<Params>;
  searchParams: Promise<Query>;
}) {
  const member = await requireMember();
  const [{ campaignId }, query] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const campaign = await getSponsoredCampaign(db, { advertiserId: member.id, campaignId });
  if (!campaign) notFound();
  const [t, format, policy, report, balance] = await Promise.all([
    getTranslations("sponsored"),
    getFormatter(),
    getSponsoredPolicy(db),
    campaign.status === "draft" ? null : sponsoredReport(db, campaign),
    adBalance(db, member.id),
  ]);
  const currency = (
    campaign.status === "draft" ? policy.currency : campaign.currency
  ).toUpperCase();
  const money = (cents: number) => format.number(cents / 100, { style: "currency", currency });
  const percent = (value: number | null) =>
    value === null ? "—" : format.number(value, { style: "percent", maximumFractionDigits: 1 });
  const price = campaign.status === "draft" ? policy.pricePerSendCents : campaign.pricePerSendCents;
  const draft = campaign.status === "draft";

  // The preview: the message as the advertiser's own profile fills it in.
  const values = recipientValues(member);
  const subject = renderTemplate(campaign.subjectTemplate, values);
  const body = renderTemplate(campaign.bodyTemplate, values);
  const missing = !subject.ok ? subject.missing : !body.ok ? body.missing : null;
  // Too long as filled in for the advertiser: likely for many members too (they are skipped).
  const tooLong =
    (subject.ok && !measureText(subject.text, policy.subjectMaxCharacters).ok) ||
    (body.ok && !measureText(body.text, policy.bodyMaxCharacters).ok);

  // The audience as last counted: when the draft was saved (or counted again), then at launch.
  const shown = {
    matching: campaign.audienceSize ?? 0,
    optedOut: campaign.excludedOptedOut ?? 0,
    refusesInmail: campaign.excludedRefusesInmail ?? 0,
    blocked: campaign.excludedBlocked ?? 0,
  };
  const reachable = shown.matching - shown.optedOut - shown.refusesInmail - shown.blocked;
  const tooSmall = draft && shown.matching < policy.minAudienceSize;
  const balanceLabel =
    balance >= policy.minBudgetCents ? t("form.sourceBalance", { amount: money(balance) }) : null;

  const changes: { change: "pause" | "resume"; label: string }[] = [];
  if (campaign.status === "active") changes.push({ change: "pause", label: t("controls.pause") });
  if (campaign.status === "paused") changes.push({ change: "resume", label: t("controls.resume") });

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/sponsored" className="text-sm font-semibold text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <Card>
        <CardHeader className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="min-w-0 break-words text-xl font-semibold">{campaign.name}</h1>
            <StatusBadge status={campaign.status} label={t(`status.${campaign.status}`)} />
          </div>
          <p className="text-sm text-slate-600">{t(`statusHint.${campaign.status}`)}</p>
          {query.purchase === "success" && draft && (
            <p role="status" className="text-sm text-amber-900">
              {t("campaign.awaitingPayment")}
            </p>
          )}
          {(query.funded === "1" || (query.purchase === "success" && !draft)) && (
            <p role="status" className="text-sm text-emerald-900">
              {t("campaign.funded")}
            </p>
          )}
          {query.purchase === "cancelled" && (
            <p role="status" className="text-sm text-slate-700">
              {t("campaign.paymentCancelled")}
            </p>
          )}
        </CardHeader>
      </Card>

      {report && (
        <Card aria-labelledby="report-heading">
          <CardHeader className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="report-heading" className="text-lg font-semibold">
              {t("report.title")}
            </h2>
            <a
              href={`/sponsored/${campaign.id}/report.csv`}
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("report.csv")}
            </a>
          </CardHeader>
          <CardBody className="space-y-5">
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Metric label={t("report.delivered")} value={format.number(report.delivered)} />
              <Metric label={t("report.opened")} value={format.number(report.opened)} />
              <Metric label={t("report.clicked")} value={format.number(report.clicked)} />
              <Metric
                label={t("report.notInterested")}
                value={format.number(report.notInterested)}
              />
              <Metric label={t("report.openRate")} value={percent(report.openRate)} />
              <Metric label={t("report.clickToOpen")} value={percent(report.clickToOpenRate)} />
              <Metric label={t("report.spent")} value={money(report.spentCents)} />
              <Metric label={t("report.remaining")} value={money(report.remainingCents)} />
            </dl>
            {report.days.length > 0 && (
              <DailyChart
                title={t("report.chartTitle")}
                dayHeading={t("report.day")}
                tableToggle={t("report.asTable")}
                series={[
                  { key: "delivered", label: t("report.delivered"), color: "#0a66c2" },
                  { key: "opened", label: t("report.opened"), color: "#057642" },
                  { key: "clicked", label: t("report.clicked"), color: "#915907" },
                ]}
                days={report.days.map((d) => ({
                  label: format.dateTime(new Date(`${d.day}T12:00:00Z`), {
                    day: "numeric",
                    month: "short",
                  }),
                  values: { delivered: d.delivered, opened: d.opened, clicked: d.clicked },
                }))}
              />
            )}
            <p className="text-xs text-slate-600">{t("report.definitions")}</p>
          </CardBody>
        </Card>
      )}

      <Card aria-labelledby="audience-heading">
        <CardHeader>
          <h2 id="audience-heading" className="text-lg font-semibold">
            {draft ? t("audience.titleNow") : t("audience.titleLaunch")}
          </h2>
        </CardHeader>
        <CardBody className="space-y-3">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <Metric label={t("audience.matching")} value={format.number(shown.matching)} />
            <Metric label={t("audience.reachable")} value={format.number(reachable)} />
            <Metric
              label={t("audience.excluded")}
              value={format.number(shown.matching - reachable)}
            />
          </dl>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            <li>{t("audience.optedOut", { count: shown.optedOut })}</li>
            <li>{t("audience.refusesInmail", { count: shown.refusesInmail })}</li>
            <li>{t("audience.blocked", { count: shown.blocked })}</li>
          </ul>
          <p className="text-sm text-slate-600">
            {t("audience.rules", { min: policy.minAudienceSize, days: policy.memberCapDays })}
          </p>
          {tooSmall && (
            <p role="alert" className="text-sm font-medium text-red-700">
              {t("refusals.audience_too_small", {
                min: policy.minAudienceSize,
                size: shown.matching,
              })}
            </p>
          )}
          {draft && campaign.audienceCountedAt && (
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
              <p>
                {t("audience.countedAt", {
                  when: format.dateTime(campaign.audienceCountedAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })}
              </p>
              <ActionButtonForm
                action={recountSponsoredAction}
                fields={{ campaignId: campaign.id }}
                label={t("audience.countAgain")}
                pendingLabel={t("controls.working")}
                variant="secondary"
              />
            </div>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="message-heading">
        <CardHeader className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="message-heading" className="text-lg font-semibold">
            {t("preview.title")}
          </h2>
          {draft && (
            <Link
              href={`/sponsored/${campaign.id}/edit`}
              className={buttonVariants({ size: "sm", variant: "secondary" })}
            >
              {t("preview.edit")}
            </Link>
          )}
        </CardHeader>
        <CardBody className="space-y-3">
          <p className="text-sm text-slate-600">{t("preview.hint")}</p>
          <div className="space-y-3 rounded-md border border-slate-200 px-4 py-3">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="rounded bg-slate-200 px-1.5 text-xs font-semibold text-slate-800">
                {t("preview.label")}
              </span>
              <span className="font-semibold">{member.name}</span>
            </p>
            <p className="font-semibold break-words">
              {subject.ok ? subject.text : campaign.subjectTemplate}
            </p>
            <p className="whitespace-pre-line break-words text-slate-900">
              {body.ok ? body.text : campaign.bodyTemplate}
            </p>
            <p>
              <span className={buttonVariants({ size: "sm" })}>{campaign.ctaLabel}</span>
            </p>
            <p className="break-all text-xs text-slate-600">{campaign.ctaUrl}</p>
          </div>
          {tooLong && (
            <p className="text-sm text-amber-900">
              {t("preview.tooLong", {
                subject: policy.subjectMaxCharacters,
                body: policy.bodyMaxCharacters,
              })}
            </p>
          )}
          {missing && (
            <p className="text-sm text-amber-900">
              {t("preview.missing", {
                variable: t(`variables.${missing}`),
                example: "{company|your team}",
              })}
            </p>
          )}
        </CardBody>
      </Card>

      {campaign.status !== "ended" && (
        <Card aria-labelledby="budget-heading">
          <CardHeader>
            <h2 id="budget-heading" className="text-lg font-semibold">
              {draft ? t("budget.titleLaunch") : t("budget.title")}
            </h2>
          </CardHeader>
          <CardBody className="space-y-4">
            <p className="text-sm text-slate-700">
              {t("budget.price", {
                price: money(price),
                min: money(policy.minBudgetCents),
              })}
            </p>
            {!draft && (
              <p className="text-sm text-slate-700">
                {t("budget.state", {
                  budget: money(campaign.budgetCents),
                  spent: money(campaign.spentCents),
                  left: money(campaign.budgetCents - campaign.spentCents),
                })}
              </p>
            )}
            {!tooSmall && (
              <BudgetForm
                campaignId={campaign.id}
                launch={draft}
                currencySymbol={currency}
                suggested={String(Math.max(policy.minBudgetCents, price * 100) / 100)}
                balanceLabel={balanceLabel}
              />
            )}
          </CardBody>
        </Card>
      )}

      {campaign.status !== "ended" && (
        <Card aria-labelledby="controls-heading">
          <CardHeader>
            <h2 id="controls-heading" className="text-lg font-semibold">
              {t("controls.title")}
            </h2>
          </CardHeader>
          <CardBody className="space-y-3">
            {changes.length > 0 && (
              <SponsoredControls
                campaignId={campaign.id}
                changes={changes}
                pendingLabel={t("controls.working")}
              />
            )}
            <details className="rounded-md border border-slate-200 px-4 py-3">
              <summary className="cursor-pointer text-sm font-semibold text-red-800">
                {t("controls.end")}
              </summary>
              <div className="mt-3 space-y-3">
                <p className="text-sm text-slate-700">
                  {t("controls.endHint", {
                    left: money(campaign.budgetCents - campaign.spentCents),
                  })}
                </p>
                <SponsoredControls
                  campaignId={campaign.id}
                  changes={[{ change: "end", label: t("controls.endConfirm") }]}
                  pendingLabel={t("controls.working")}
                />
              </div>
            </details>
          </CardBody>
        </Card>
      )}
    </div>
  );
}

function Metric({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900">{value}</dd>
    </div>
  );
}
