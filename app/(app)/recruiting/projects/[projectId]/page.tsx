import { ChevronLeft, ChevronRight } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DegreeBadge } from "@/components/profile/degree-badge";
import { CampaignList } from "@/components/recruiting/campaign-list";
import {
  DeleteProjectButton,
  RemoveCandidateButton,
  RenameProjectForm,
} from "@/components/recruiting/project-forms";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { getDb } from "@/db";
import { degreesOf } from "@/db/queries/network";
import { requireMember } from "@/lib/auth/session";
import { type Reach, reachOf } from "@/lib/messaging/reach";
import { listCampaigns } from "@/lib/recruiting/campaigns";
import {
  getProject,
  getRecruitingPolicy,
  listCandidates,
  projectReachSummary,
  recruitingAccess,
} from "@/lib/recruiting/projects";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ after?: string | string[]; before?: string | string[] }>;
};

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.slice(0, 200);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const member = await requireMember();
  const project = await getProject(await getDb(), {
    ownerId: member.id,
    projectId: (await params).projectId,
  });
  return { title: project?.name ?? "—" };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const member = await requireMember();
  const db = await getDb();
  const { projectId } = await params;
  // Another member's project looks exactly like one that does not exist.
  const project = await getProject(db, { ownerId: member.id, projectId });
  if (!project) notFound();
  const query = await searchParams;
  const [page, summary, access, policy, campaigns] = await Promise.all([
    listCandidates(db, {
      ownerId: member.id,
      projectId,
      after: first(query.after),
      before: first(query.before),
    }),
    projectReachSummary(db, { ownerId: member.id, projectId }),
    recruitingAccess(db, { memberId: member.id }),
    getRecruitingPolicy(db),
    listCampaigns(db, { ownerId: member.id, projectId }),
  ]);
  const ids = page.candidates.map((c) => c.id);
  const [reach, degrees] = await Promise.all([
    reachOf(db, { senderId: member.id, recipientIds: ids }),
    degreesOf(db, { viewerId: member.id, memberIds: ids }),
  ]);
  const t = await getTranslations("recruiting");
  const format = await getFormatter();
  const refusedReasons = Object.entries(summary.refused)
    .map(([reason, count]) => `${t(`reach.${reason as RefusedReason}`)} (${count})`)
    .join(", ");
  const refusedCount = Object.values(summary.refused).reduce((a, b) => a + (b ?? 0), 0);
  const pageHref = (cursor: { after?: string; before?: string }) => {
    const search = new URLSearchParams(
      Object.entries(cursor).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `/recruiting/projects/${projectId}${search.size ? `?${search}` : ""}`;
  };
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        prefetch={false}
        href="/recruiting"
        className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
      >
        <Icon node={ChevronLeft} className="size-4" />
        {t("project.back")}
      </Link>
      <Card>
        <CardHeader className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="break-words text-xl font-semibold">{project.name}</h1>
            <p className="text-sm text-slate-600">
              {t("list.count", { count: project.candidateCount })}
            </p>
          </div>
          <DeleteProjectButton
            projectId={project.id}
            name={project.name}
            count={project.candidateCount}
          />
        </CardHeader>
        <CardBody className="space-y-5">
          {access.allowed && (
            <RenameProjectForm
              projectId={project.id}
              name={project.name}
              nameMax={policy.projectNameMaxCharacters}
            />
          )}
          {summary.candidates > 0 && (
            <section aria-labelledby="reach-summary" className="space-y-2">
              <h2 id="reach-summary" className="text-base font-semibold">
                {t("summary.title")}
              </h2>
              <ul className="grid gap-1 text-sm text-slate-800 sm:grid-cols-2">
                {summary.inmail > 0 && <li>{t("summary.inmail", { count: summary.inmail })}</li>}
                {summary.openProfile > 0 && (
                  <li>{t("summary.openProfile", { count: summary.openProfile })}</li>
                )}
                {summary.message > 0 && <li>{t("summary.message", { count: summary.message })}</li>}
                {refusedCount > 0 && <li>{t("summary.refused", { count: refusedCount })}</li>}
              </ul>
              <p className="text-sm font-semibold text-slate-900">
                {t("summary.credits", { count: summary.creditsNeeded })}
              </p>
              {refusedCount > 0 && (
                <p className="text-sm text-slate-600">
                  {t("summary.reasons", { reasons: refusedReasons })}
                </p>
              )}
            </section>
          )}
        </CardBody>
      </Card>

      {(campaigns.length > 0 || (access.allowed && summary.candidates > 0)) && (
        <Card aria-labelledby="campaigns-heading">
          <CardHeader className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="campaigns-heading" className="text-lg font-semibold">
              {t("campaign.listTitle")}
            </h2>
            {access.allowed && summary.candidates > 0 && (
              <Link
                prefetch={false}
                href={`/recruiting/projects/${project.id}/campaign`}
                className={buttonVariants({ size: "sm" })}
              >
                {t("campaign.newButton")}
              </Link>
            )}
          </CardHeader>
          <CardBody className="py-0">
            {campaigns.length === 0 ? (
              <p className="py-4 text-sm text-slate-600">{t("campaign.listEmpty")}</p>
            ) : (
              <CampaignList campaigns={campaigns} />
            )}
          </CardBody>
        </Card>
      )}

      <Card aria-labelledby="candidates-heading">
        <CardHeader>
          <h2 id="candidates-heading" className="text-lg font-semibold">
            {t("project.candidatesTitle")}
          </h2>
        </CardHeader>
        <CardBody className="py-0">
          {page.candidates.length === 0 ? (
            <div className="space-y-2 py-5">
              <p className="font-semibold text-slate-900">{t("project.empty")}</p>
              <p className="text-sm text-slate-600">{t("project.emptyHint")}</p>
              <Link
                prefetch={false}
                href="/search"
                className={buttonVariants({ variant: "secondary", size: "sm" })}
              >
                {t("project.searchLink")}
              </Link>
            </div>
          ) : (
            <ul aria-label={t("project.candidatesList")} className="divide-y divide-slate-100">
              {page.candidates.map((candidate) => (
                <li
                  key={candidate.id}
                  className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 py-4 sm:grid-cols-[auto_minmax(0,1fr)_auto]"
                >
                  <Avatar name={candidate.name} seed={candidate.id} photoId={candidate.photoId} />
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Link
                        prefetch={false}
                        href={`/in/${candidate.handle}`}
                        className="break-words font-semibold text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {candidate.name}
                      </Link>
                      <DegreeBadge degree={degrees.get(candidate.id) ?? null} />
                    </p>
                    {candidate.headline && (
                      <p className="line-clamp-2 break-words text-sm text-slate-700">
                        {candidate.headline}
                      </p>
                    )}
                    <p className="text-sm">
                      <ReachLine reach={reach.get(candidate.id)} />
                    </p>
                    <p className="text-xs text-slate-600">
                      {t("project.addedOn", {
                        date: format.dateTime(candidate.addedAt, { dateStyle: "medium" }),
                      })}
                    </p>
                  </div>
                  <div className="col-start-2 sm:col-start-3 sm:row-start-1">
                    <RemoveCandidateButton
                      projectId={project.id}
                      memberId={candidate.id}
                      name={candidate.name}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
        {(page.nextCursor || page.previousCursor) && (
          <nav
            aria-label={t("project.pages")}
            className="flex items-center gap-5 border-t border-slate-100 px-5 py-3 text-sm font-semibold"
          >
            {page.previousCursor && (
              <Link
                prefetch={false}
                rel="prev"
                href={pageHref({ before: page.previousCursor })}
                className="inline-flex items-center gap-1 text-brand-700 hover:underline"
              >
                <Icon node={ChevronLeft} className="size-4" />
                {t("project.previous")}
              </Link>
            )}
            {page.nextCursor && (
              <Link
                prefetch={false}
                rel="next"
                href={pageHref({ after: page.nextCursor })}
                className="ml-auto inline-flex items-center gap-1 text-brand-700 hover:underline"
              >
                {t("project.next")}
                <Icon node={ChevronRight} className="size-4" />
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}

type RefusedReason = Extract<Reach, { kind: "refused" }>["reason"];

async function ReachLine({ reach }: { reach: Reach | undefined }) {
  const t = await getTranslations("recruiting.reach");
  if (!reach) return null;
  if (reach.kind === "message") return <span className="text-emerald-800">{t("message")}</span>;
  if (reach.kind === "inmail") {
    return reach.free ? (
      <span className="text-emerald-800">{t("openProfile")}</span>
    ) : (
      <span className="text-slate-800">{t("inmail")}</span>
    );
  }
  return <span className="text-slate-600">{t(reach.reason)}</span>;
}
