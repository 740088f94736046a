import { ChevronLeft } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/recruiting/campaign-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { getDb } from "@/db";
import { getInmailPolicy } from "@/db/queries/policy";
import { INMAIL_CATEGORIES } from "@/db/schema/categories";
import { requireMember } from "@/lib/auth/session";
import { getProject, recruitingAccess } from "@/lib/recruiting/projects";

type Props = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recruiting.campaign"))("newTitle") };
}

export default async function NewCampaignPage({ params }: Props) {
  const member = await requireMember();
  const db = await getDb();
  const { projectId } = await params;
  const [project, access, policy] = await Promise.all([
    getProject(db, { ownerId: member.id, projectId }),
    recruitingAccess(db, { memberId: member.id }),
    getInmailPolicy(db),
  ]);
  if (!project) notFound();
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        prefetch={false}
        href={`/recruiting/projects/${project.id}`}
        className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
      >
        <Icon node={ChevronLeft} className="size-4" />
        <span className="break-words">{project.name}</span>
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("recruiting.campaign.newTitle")}</h1>
          <p className="text-sm text-slate-600">
            {t("recruiting.campaign.newIntro", { project: project.name })}
          </p>
        </CardHeader>
        <CardBody>
          {access.allowed ? (
            <CampaignForm
              projectId={project.id}
              projectName={project.name}
              categories={INMAIL_CATEGORIES.map((value) => ({
                value,
                label: t(`categories.${value}`),
              }))}
              limits={{ subject: policy.subjectMaxCharacters, body: policy.bodyMaxCharacters }}
              defaults={{
                subject: t("recruiting.campaign.defaultSubject", { firstName: "{firstName}" }),
                body: t("recruiting.campaign.defaultBody", {
                  firstName: "{firstName}",
                  company: `{company|${t("recruiting.campaign.defaultCompanyFallback")}}`,
                }),
              }}
            />
          ) : (
            <p className="text-slate-700">{t("recruiting.campaign.refusals.not_allowed")}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
