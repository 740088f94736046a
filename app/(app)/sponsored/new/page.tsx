import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SponsoredForm } from "@/components/sponsored/sponsored-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getSponsoredPolicy } from "@/lib/sponsored/campaigns";
import { audienceOptions } from "@/lib/sponsored/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sponsored"))("new.title") };
}

export default async function NewSponsoredPage() {
  await requireMember();
  const [t, policy, locale] = await Promise.all([
    getTranslations("sponsored"),
    getDb().then(getSponsoredPolicy),
    getLocale(),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/sponsored" className="text-sm font-semibold text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("new.title")}</h1>
          <p className="text-sm text-slate-600">{t("new.intro")}</p>
        </CardHeader>
        <CardBody>
          <SponsoredForm
            options={audienceOptions(isLocale(locale) ? locale : "en")}
            limits={{
              subject: policy.subjectMaxCharacters,
              body: policy.bodyMaxCharacters,
              cta: policy.ctaMaxCharacters,
            }}
          />
        </CardBody>
      </Card>
    </div>
  );
}
