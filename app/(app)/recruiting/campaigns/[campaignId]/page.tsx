import { ChevronLeft, ChevronRight } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CampaignControls } from "@/components/recruiting/campaign-controls";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DailyChart } from "@/components/ui/daily-chart";
import { Icon } from "@/components/ui/icon";
import { getDb } from "@/db";
import type { SkipReason } from "@/db/schema";
import { requireMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";
import {
  type CampaignReport,
  campaignPlan,
  campaignReport,
  campaignTimeline,
  DELIVERY_FILTERS,
  type DeliveryFilter,
  type DeliveryRow,
  getCampaign,
  listDeliveries,
  previewCampaign,
} from "@/lib/recruiting/campaigns";
import { getProject, getRecruitingPolicy } from "@/lib/recruiting/projects";
import { qualityStanding } from "@/lib/recruiting/quality";

type Props = {
  params: Promise<{ campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 300);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const member = await requireMember();
  const campaign = await getCampaign(await getDb(), {
    ownerId: member.id,
    campaignId: (await params).campaignId,
  });
  return { title: campaign?.name ?? "—" };
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const member = await requireMember();
  const db = await getDb();
  const { campaignId } = await params;
  // Another member's campaign looks exactly like one that does not exist.
  const campaign = await getCampaign(db, { ownerId: member.id, campaignId });
  if (!campaign) notFound();
  const query = await searchParams;
  const t = await getTranslations("recruiting.campaign");
  const tRoot = await getTranslations();
  const format = await getFormatter();
  const draft = campaign.status === "draft";
  // The summary states the balance: as of now (expiries, renewals and refunds due), like every
  // page that shows credits.
  if (draft) await settleMemberNow(db, member.id);
  const filterParam = first(query.filter) as DeliveryFilter | undefined;
  const filter: DeliveryFilter =
    filterParam && DELIVERY_FILTERS.includes(filterParam) ? filterParam : "all";
  const [policy, project] = await Promise.all([
    getRecruitingPolicy(db),
    campaign.projectId
      ? getProject(db, { ownerId: member.id, projectId: campaign.projectId })
      : null,
  ]);
  const [plan, preview, report, deliveries, standing, timeline] = await Promise.all([
    draft ? campaignPlan(db, campaign) : null,
    draft ? previewCampaign(db, campaign, Number(first(query.r) ?? 0)) : null,
    draft ? null : campaignReport(db, { ownerId: member.id, campaignId }),
    draft
      ? null
      : listDeliveries(db, {
          ownerId: member.id,
          campaignId,
          filter,
          after: first(query.after),
        }),
    qualityStanding(db, { senderId: member.id, at: now(), policy }),
    draft ? [] : campaignTimeline(db, { ownerId: member.id, campaignId }),
  ]);
  const percent = (value: number) =>
    format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const skipLabel = (reason: SkipReason) => t(`skip.${reason}`);
  const skippedList = (skipped: Partial<Record<SkipReason, number>>) =>
    Object.entries(skipped).map(([reason, count]) => (
      <li key={reason}>
        {skipLabel(reason as SkipReason)}: {count}
      </li>
    ));
  const base = `/recruiting/campaigns/${campaign.id}`;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        prefetch={false}
        href={project ? `/recruiting/projects/${project.id}` : "/recruiting"}
        className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
      >
        <Icon node={ChevronLeft} className="size-4" />
        <span className="break-words">{project?.name ?? tRoot("recruiting.project.back")}</span>
      </Link>
      <Card>
        <CardHeader className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="min-w-0 break-words text-xl font-semibold">{campaign.name}</h1>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
              {t(`status.${campaign.status}`)}
            </span>
          </div>
          {draft && (
            <Link
              prefetch={false}
              href={`/recruiting/campaigns/${campaign.id}/edit`}
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("edit")}
            </Link>
          )}
          <p className="text-sm text-slate-600">
            {tRoot(`categories.${campaign.category}`)}
            {campaign.launchedAt &&
              ` · ${format.dateTime(campaign.launchedAt, { dateStyle: "medium", timeStyle: "short" })}`}
          </p>
        </CardHeader>
        {campaign.status !== "completed" && campaign.status !== "cancelled" && (
          <CardBody className="space-y-4">
            {campaign.status !== "draft" && campaign.schedule === "business" && (
              <p className="text-sm text-slate-700">{t("scheduledBusiness")}</p>
            )}
            {campaign.status !== "draft" &&
              campaign.schedule === "at" &&
              campaign.startsAt &&
              campaign.startsAt > now() && (
                <p className="text-sm text-slate-700">
                  {t("scheduledAt", {
                    date: format.dateTime(campaign.startsAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                  })}
                </p>
              )}
            {standing.kind !== "good" && (
              <p
                role="status"
                className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
              >
                {standing.kind === "warned"
                  ? t("quality.warned", {
                      days: policy.qualityWindowDays,
                      rate: percent(standing.rate),
                      min: percent(policy.qualityMinResponsePercent / 100),
                      block: policy.qualityBlockDays,
                    })
                  : t("quality.blocked", {
                      days: policy.qualityWindowDays,
                      rate: percent(standing.rate),
                      min: percent(policy.qualityMinResponsePercent / 100),
                      date: format.dateTime(standing.until, { dateStyle: "long" }),
                    })}
              </p>
            )}
            {campaign.status === "needs_credits" && (
              <div
                role="status"
                className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
              >
                <p>{t("needsCredits", { count: campaign.creditsNeeded })}</p>
                <Link
                  prefetch={false}
                  href="/premium/credits"
                  className={buttonVariants({ size: "sm" })}
                >
                  {t("buyCredits")}
                </Link>
              </div>
            )}
            <CampaignControls
              campaignId={campaign.id}
              status={campaign.status}
              timeZone={member.timeZone || "UTC"}
            />
          </CardBody>
        )}
      </Card>

      {plan && (
        <Card aria-labelledby="plan-heading">
          <CardHeader>
            <h2 id="plan-heading" className="text-lg font-semibold">
              {t("summaryTitle")}
            </h2>
          </CardHeader>
          <CardBody className="space-y-2 text-sm text-slate-800">
            <ul className="space-y-1">
              {plan.inmail > 0 && <li>{t("summary.inmail", { count: plan.inmail })}</li>}
              {plan.openProfile > 0 && (
                <li>{t("summary.openProfile", { count: plan.openProfile })}</li>
              )}
              {plan.message > 0 && <li>{t("summary.message", { count: plan.message })}</li>}
              {Object.keys(plan.skipped).length > 0 && (
                <li>
                  {t("summary.skipped", {
                    count: Object.values(plan.skipped).reduce((a, b) => a + (b ?? 0), 0),
                  })}
                  <ul className="ml-5 list-disc text-slate-600">{skippedList(plan.skipped)}</ul>
                </li>
              )}
            </ul>
            <p className="font-semibold text-slate-900">
              {t("summary.credits", {
                needed: plan.creditsNeeded,
                available: plan.creditsAvailable,
              })}
            </p>
            {plan.creditsNeeded > plan.creditsAvailable && (
              <p className="text-amber-900">
                {t("summary.short", { count: plan.creditsNeeded - plan.creditsAvailable })}
              </p>
            )}
          </CardBody>
        </Card>
      )}

      {preview && (
        <Card aria-labelledby="preview-heading">
          <CardHeader className="space-y-1">
            <h2 id="preview-heading" className="text-lg font-semibold">
              {t("previewTitle")}
            </h2>
            <p className="text-sm text-slate-600">
              {t("previewOf", {
                index: preview.index + 1,
                total: preview.total,
                name: preview.recipient.name,
              })}
            </p>
          </CardHeader>
          <CardBody className="space-y-3">
            {preview.outcome.kind === "skipped" ? (
              <p className="text-sm text-slate-700">
                {preview.outcome.reason === "missing_value" && preview.outcome.missing
                  ? t("previewMissing", {
                      variable: t(`variables.${preview.outcome.missing as "firstName"}`),
                    })
                  : t("previewSkipped", { reason: skipLabel(preview.outcome.reason) })}
              </p>
            ) : (
              <article className="space-y-2 rounded-md border border-slate-200 bg-slate-50 px-4 py-3">
                <p className="text-xs font-semibold uppercase text-slate-600">
                  {preview.outcome.kind === "message"
                    ? t("previewAs.message")
                    : preview.outcome.free
                      ? t("previewAs.openProfile")
                      : t("previewAs.inmail")}
                </p>
                <h3 className="break-words font-semibold text-slate-900">
                  {preview.outcome.subject}
                </h3>
                <p className="whitespace-pre-line break-words text-slate-800">
                  {preview.outcome.body}
                </p>
              </article>
            )}
            <nav
              aria-label={t("previewTitle")}
              className="flex items-center gap-5 text-sm font-semibold"
            >
              {preview.index > 0 && (
                <Link
                  prefetch={false}
                  href={`${base}?r=${preview.index - 1}`}
                  className="inline-flex items-center gap-1 text-brand-700 hover:underline"
                >
                  <Icon node={ChevronLeft} className="size-4" />
                  {t("previewPrevious")}
                </Link>
              )}
              {preview.index < preview.total - 1 && (
                <Link
                  prefetch={false}
                  href={`${base}?r=${preview.index + 1}`}
                  className="ml-auto inline-flex items-center gap-1 text-brand-700 hover:underline"
                >
                  {t("previewNext")}
                  <Icon node={ChevronRight} className="size-4" />
                </Link>
              )}
            </nav>
          </CardBody>
        </Card>
      )}

      {report && (
        <ReportCard report={report} format={format}>
          {timeline.length > 0 && (
            <DailyChart
              title={t("chart.title")}
              dayHeading={t("chart.day")}
              tableToggle={t("chart.asTable")}
              series={[
                { key: "sent", label: t("chart.sent"), color: "#0a66c2" },
                { key: "answered", label: t("chart.answered"), color: "#057642" },
                { key: "refunded", label: t("chart.refunded"), color: "#b24020" },
              ]}
              days={timeline.map((d) => ({
                label: format.dateTime(new Date(`${d.day}T12:00:00Z`), {
                  day: "numeric",
                  month: "short",
                }),
                values: { sent: d.sent, answered: d.answered, refunded: d.refunded },
              }))}
            />
          )}
        </ReportCard>
      )}

      {deliveries && (
        <Card aria-labelledby="recipients-heading">
          <CardHeader className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="recipients-heading" className="text-lg font-semibold">
              {t("recipientsTitle")}
            </h2>
            <a
              href={`${base}/report.csv`}
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("csv")}
            </a>
            <nav aria-label={t("filters.label")} className="w-full">
              <ul className="flex flex-wrap gap-2">
                {DELIVERY_FILTERS.map((f) => (
                  <li key={f}>
                    <Link
                      prefetch={false}
                      href={f === "all" ? base : `${base}?filter=${f}`}
                      aria-current={f === filter ? "page" : undefined}
                      className={
                        f === filter
                          ? "inline-block rounded-full bg-emerald-800 px-3 py-1 text-sm font-semibold text-white"
                          : "inline-block rounded-full border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-800 hover:bg-slate-100"
                      }
                    >
                      {t(`filters.${f}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </CardHeader>
          <CardBody className="py-0">
            {deliveries.rows.length === 0 ? (
              <p className="py-5 text-slate-600">{t("recipientsEmpty")}</p>
            ) : (
              <ul aria-label={t("recipientsTitle")} className="divide-y divide-slate-100">
                {deliveries.rows.map((row) => (
                  <DeliveryItem key={row.memberId} row={row} />
                ))}
              </ul>
            )}
          </CardBody>
          {deliveries.nextCursor && (
            <div className="border-t border-slate-100 px-5 py-3 text-right text-sm font-semibold">
              <Link
                prefetch={false}
                href={`${base}?${new URLSearchParams({
                  ...(filter === "all" ? {} : { filter }),
                  after: deliveries.nextCursor,
                })}`}
                className="inline-flex items-center gap-1 text-brand-700 hover:underline"
              >
                {t("more")}
                <Icon node={ChevronRight} className="size-4" />
              </Link>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}

async function ReportCard({
  report,
  format,
  children,
}: {
  report: CampaignReport;
  format: Awaited<ReturnType<typeof getFormatter>>;
  /** The chart over time. */
  children?: ReactNode;
}) {
  const t = await getTranslations("recruiting.campaign");
  const done = report.recipients - report.pending;
  const skipped = Object.values(report.skipped).reduce((a, b) => a + (b ?? 0), 0);
  const figures: [string, string][] = [
    [t("report.recipients"), format.number(report.recipients)],
    [t("report.sent"), format.number(report.sent)],
    [t("report.pending"), format.number(report.pending)],
    [t("report.skipped"), format.number(skipped)],
    [t("report.read"), format.number(report.read)],
    [t("report.answered"), format.number(report.answered)],
    [t("report.interested"), format.number(report.interested)],
    [t("report.notInterested"), format.number(report.notInterested)],
    [t("report.later"), format.number(report.later)],
    [t("report.replied"), format.number(report.replied)],
    [t("report.refunded"), format.number(report.refunded)],
    [
      t("report.responseRate"),
      report.responseRate === null
        ? "—"
        : format.number(report.responseRate, { style: "percent", maximumFractionDigits: 0 }),
    ],
    [t("report.creditsSpent"), format.number(report.creditsSpent)],
    [t("report.creditsReturned"), format.number(report.creditsReturned)],
  ];
  return (
    <Card aria-labelledby="report-heading">
      <CardHeader className="space-y-2">
        <h2 id="report-heading" className="text-lg font-semibold">
          {t("reportTitle")}
        </h2>
        <div className="space-y-1">
          <p id="campaign-progress" className="text-sm text-slate-700">
            {t("progress", { done, total: report.recipients })}
          </p>
          <progress
            aria-labelledby="campaign-progress"
            max={Math.max(1, report.recipients)}
            value={done}
            className="h-2 w-full overflow-hidden rounded-full accent-brand-700"
          />
        </div>
      </CardHeader>
      <CardBody className="space-y-3">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
          {figures.map(([term, value]) => (
            <div key={term}>
              <dt className="text-slate-600">{term}</dt>
              <dd className="text-lg font-semibold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {children}
        {skipped > 0 && (
          <ul className="list-disc pl-5 text-sm text-slate-600">
            {Object.entries(report.skipped).map(([reason, count]) => (
              <li key={reason}>
                {t(`skip.${reason as SkipReason}`)}: {count}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}

async function DeliveryItem({ row }: { row: DeliveryRow }) {
  const t = await getTranslations("recruiting.campaign");
  const tInbox = await getTranslations("inbox");
  const format = await getFormatter();
  const parts: string[] = [];
  if (row.status === "pending") parts.push(t("delivery.pending"));
  else if (row.status === "skipped" && row.skipReason) {
    parts.push(t("delivery.skipped", { reason: t(`skip.${row.skipReason}`) }));
  } else {
    parts.push(t(`delivery.${(row.kind ?? "inmail") as "inmail"}`));
    if (row.read) parts.push(t("delivery.read"));
    if (row.answer === "later" && row.laterFrom) {
      parts.push(
        t("delivery.laterFrom", {
          date: format.dateTime(row.laterFrom, { dateStyle: "medium" }),
        }),
      );
    } else if (row.answer) parts.push(t(`delivery.${row.answer}`));
    if (row.answer === "not_interested" && row.declineReason) {
      parts.push(tInbox(`declineReasons.${row.declineReason as "pay"}`));
    }
    if (row.refunded) parts.push(t("delivery.refunded"));
  }
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
      <Link
        prefetch={false}
        href={`/in/${row.handle}`}
        className="min-w-0 break-words font-semibold text-slate-900 hover:text-brand-700 hover:underline"
      >
        {row.name}
      </Link>
      <p className="text-sm text-slate-700">
        {parts.join(" · ")}
        {row.threadId && (
          <>
            {" · "}
            <Link
              prefetch={false}
              href={`/messaging/${row.threadId}`}
              className="font-semibold text-brand-700 hover:underline"
            >
              {t.rich("openConversation", {
                name: row.name,
                hidden: (chunks) => <span className="sr-only">{chunks}</span>,
              })}
            </Link>
          </>
        )}
      </p>
    </li>
  );
}
