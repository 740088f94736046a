import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PhotoSection } from "@/components/settings/photo-section";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { profileChoices } from "@/lib/profile/choices";
import { getEditableProfile } from "@/lib/profile/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("profileEdit.title")} · ${t("settings.title")}` };
}

export default async function ProfileSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ photo?: string }>;
}) {
  const member = await requireMember();
  const [{ photo }, t, locale, profile] = await Promise.all([
    searchParams,
    getTranslations("profileEdit"),
    getLocale(),
    getEditableProfile(await getDb(), { memberId: member.id }),
  ]);
  if (!profile) notFound();
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader className="px-5 py-5">
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("intro")}</p>
        </CardHeader>
        <CardBody className="space-y-3 border-b border-slate-100 py-5">
          <h2 className="text-lg font-semibold text-slate-900">{t("photo.heading")}</h2>
          <PhotoSection
            member={{ id: member.id, name: profile.name, photoId: profile.photoId }}
            outcome={photo}
            returnTo="/settings/profile"
          />
        </CardBody>
        <CardBody className="py-5">
          <ProfileForm
            saved={{
              headline: profile.headline,
              title: profile.title,
              company: profile.company,
              country: profile.country,
              city: profile.city,
              timeZone: profile.timeZone,
              industry: profile.industry,
              about: profile.about,
            }}
            choices={profileChoices(isLocale(locale) ? locale : "en")}
          />
        </CardBody>
      </Card>
    </div>
  );
}
