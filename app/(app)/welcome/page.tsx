import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PhotoSection } from "@/components/settings/photo-section";
import { ProfileForm } from "@/components/settings/profile-form";
import { SkipOnboardingButton } from "@/components/settings/skip-onboarding-button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { CHARACTER_COUNT_MESSAGES } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/config";
import { profileChoices } from "@/lib/profile/choices";
import { getEditableProfile } from "@/lib/profile/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profileEdit.onboarding");
  return { title: t("stepProfile") };
}

/**
 * The onboarding after sign-up: a photo, then title, company, industry, headline, place and
 * time zone in one form. Home sends a member here until it is saved or skipped.
 */
export default async function WelcomePage({
  searchParams,
}: {
  searchParams: Promise<{ photo?: string; confirmed?: string }>;
}) {
  const member = await requireMember();
  const { photo, confirmed } = await searchParams;
  // Done already (a photo upload comes back here with ?photo=, so that stays).
  if (member.onboardedAt && !photo) redirect("/settings/profile");
  const [t, tAccount, locale, profile] = await Promise.all([
    getTranslations("profileEdit"),
    getTranslations("account.confirm"),
    getLocale(),
    getEditableProfile(await getDb(), { memberId: member.id }),
  ]);
  if (!profile) notFound();
  return (
    <ClientMessages namespaces={["profileEdit", ...CHARACTER_COUNT_MESSAGES]}>
      <div className="mx-auto max-w-2xl">
        <Card>
          <CardHeader className="space-y-2 px-5 py-6 sm:px-8">
            <h1 className="text-2xl font-semibold text-slate-900">
              {t("onboarding.title", { name: profile.name })}
            </h1>
            <p className="text-slate-700">{t("onboarding.intro")}</p>
            {confirmed && member.emailVerifiedAt && (
              <FormMessage tone="success">{tAccount("confirmed")}</FormMessage>
            )}
          </CardHeader>
          <CardBody className="space-y-3 border-b border-slate-100 px-5 py-6 sm:px-8">
            <h2 className="text-lg font-semibold text-slate-900">{t("onboarding.stepPhoto")}</h2>
            <PhotoSection
              member={{ id: member.id, name: profile.name, photoId: profile.photoId }}
              outcome={photo}
              returnTo="/welcome"
            />
          </CardBody>
          <CardBody className="px-5 py-6 sm:px-8">
            <ProfileForm
              onboarding
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
          <CardBody className="flex justify-end border-t border-slate-100 px-5 py-4 sm:px-8">
            <SkipOnboardingButton />
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
