import { ChevronLeft } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/recruiting/campaign-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { getDb } from "@/db";
import { getInmailPolicy } from "@/db/queries/policy";
import { INMAIL_CATEGORIES } from "@/db/schema/categories";
import { requireMember } from "@/lib/auth/session";
import { getCampaign } from "@/lib/recruiting/campaigns";

type Props = { params: Promise<{ campaignId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recruiting.campaign"))("editTitle") };
}

/** A draft's name and templates, edited in the form that made them. */
export default async function EditCampaignPage({ params }: Props) {
  const member = await requireMember();
  const db = await getDb();
  const { campaignId } = await params;
  const [campaign, policy] = await Promise.all([
    getCampaign(db, { ownerId: member.id, campaignId }),
    getInmailPolicy(db),
  ]);
  if (!campaign) notFound();
  // Launched, it is what it was: its page says so.
  if (campaign.status !== "draft") redirect(`/recruiting/campaigns/${campaign.id}`);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        prefetch={false}
        href={`/recruiting/campaigns/${campaign.id}`}
        className="inline-flex items-center gap-1 text-sm font-semibold text-brand-700 hover:underline"
      >
        <Icon node={ChevronLeft} className="size-4" />
        <span className="break-words">{campaign.name}</span>
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("recruiting.campaign.editTitle")}</h1>
        </CardHeader>
        <CardBody>
          <CampaignForm
            projectId={campaign.projectId ?? ""}
            projectName={campaign.name}
            categories={INMAIL_CATEGORIES.map((value) => ({
              value,
              label: t(`categories.${value}`),
            }))}
            limits={{ subject: policy.subjectMaxCharacters, body: policy.bodyMaxCharacters }}
            defaults={{ subject: campaign.subjectTemplate, body: campaign.bodyTemplate }}
            draft={{ id: campaign.id, name: campaign.name, category: campaign.category }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
