import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SponsoredForm } from "@/components/sponsored/sponsored-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getSponsoredCampaign, getSponsoredPolicy } from "@/lib/sponsored/campaigns";
import { audienceOptions } from "@/lib/sponsored/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sponsored"))("edit.title") };
}

/** A draft's message and audience; a launched campaign keeps what it runs with. */
export default async function EditSponsoredPage({
  params,
}: {
  params: Promise<{ campaignId: string }>;
}) {
  const member = await requireMember();
  const { campaignId } = await params;
  const db = await getDb();
  const campaign = await getSponsoredCampaign(db, { advertiserId: member.id, campaignId });
  if (!campaign) notFound();
  if (campaign.status !== "draft") redirect(`/sponsored/${campaign.id}`);
  const [t, policy, locale] = await Promise.all([
    getTranslations("sponsored"),
    getSponsoredPolicy(db),
    getLocale(),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        href={`/sponsored/${campaign.id}`}
        className="text-sm font-semibold text-brand-700 hover:underline"
      >
        ← {campaign.name}
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("edit.title")}</h1>
        </CardHeader>
        <CardBody>
          <SponsoredForm
            options={audienceOptions(isLocale(locale) ? locale : "en")}
            limits={{
              subject: policy.subjectMaxCharacters,
              body: policy.bodyMaxCharacters,
              cta: policy.ctaMaxCharacters,
            }}
            draft={{
              id: campaign.id,
              name: campaign.name,
              subjectTemplate: campaign.subjectTemplate,
              bodyTemplate: campaign.bodyTemplate,
              ctaLabel: campaign.ctaLabel,
              ctaUrl: campaign.ctaUrl,
              countries: campaign.countries,
              industries: campaign.industries,
              languages: campaign.languages,
              titleTerms: campaign.titleTerms,
              companies: campaign.companies,
            }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
