import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CampaignList } from "@/components/recruiting/campaign-list";
import { NewProjectForm } from "@/components/recruiting/project-forms";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/recruiting/campaigns";
import {
  getRecruitingPolicy,
  listProjects,
  recruitingAccess,
  recruitingPlans,
} from "@/lib/recruiting/projects";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recruiting"))("title") };
}

export default async function RecruitingPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string | string[] }>;
}) {
  const member = await requireMember();
  const db = await getDb();
  const t = await getTranslations("recruiting");
  const format = await getFormatter();
  const [access, projects, policy, plans, params, campaigns] = await Promise.all([
    recruitingAccess(db, { memberId: member.id }),
    listProjects(db, { ownerId: member.id }),
    getRecruitingPolicy(db),
    recruitingPlans(db),
    searchParams,
    listCampaigns(db, { ownerId: member.id }),
  ]);
  const planNames = format.list(
    plans.map((p) => p.name),
    { type: "disjunction" },
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </CardHeader>
        {access.allowed ? (
          <CardBody>
            <h2 className="mb-3 text-lg font-semibold">{t("newProject.title")}</h2>
            <NewProjectForm nameMax={policy.projectNameMaxCharacters} />
          </CardBody>
        ) : (
          <CardBody className="space-y-3">
            <h2 className="text-lg font-semibold">{t("upsell.title", { plans: planNames })}</h2>
            <p className="text-slate-700">{t("upsell.body")}</p>
            {projects.length > 0 && <p className="text-sm text-slate-700">{t("upsell.kept")}</p>}
            <Link prefetch={false} href="/premium" className={buttonVariants()}>
              {t("upsell.cta")}
            </Link>
          </CardBody>
        )}
      </Card>
      {params.deleted && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {t("deleted")}
        </p>
      )}
      {(access.allowed || projects.length > 0) && (
        <Card aria-labelledby="projects-heading">
          <CardHeader>
            <h2 id="projects-heading" className="text-lg font-semibold">
              {t("projectsTitle")}
            </h2>
          </CardHeader>
          <CardBody className="py-0">
            {projects.length === 0 ? (
              <p className="py-5 text-slate-600">{t("list.empty")}</p>
            ) : (
              <ul aria-label={t("list.label")} className="divide-y divide-slate-100">
                {projects.map((project) => (
                  <li
                    key={project.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-4"
                  >
                    <Link
                      prefetch={false}
                      href={`/recruiting/projects/${project.id}`}
                      className="min-w-0 break-words font-semibold text-brand-700 hover:underline"
                    >
                      {project.name}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {t("list.count", { count: project.candidateCount })} ·{" "}
                      {t("list.updated", {
                        date: format.dateTime(project.updatedAt, { dateStyle: "medium" }),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      )}
      {campaigns.length > 0 && (
        <Card aria-labelledby="campaigns-heading">
          <CardHeader>
            <h2 id="campaigns-heading" className="text-lg font-semibold">
              {t("campaign.listTitle")}
            </h2>
          </CardHeader>
          <CardBody className="py-0">
            <CampaignList campaigns={campaigns} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
