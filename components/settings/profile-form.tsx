"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useState } from "react";
import { saveProfileAction } from "@/app/(app)/settings/profile/actions";
import { CharacterCount } from "@/components/messaging/character-count";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { ProfileFormChoices, ProfileFormValues } from "@/lib/profile/choices";
import { liveCount, PROFILE_LIMITS } from "@/lib/text/fields";

type Field = keyof ProfileFormValues;

/**
 * The profile's fields, shared by Settings → Profile and the onboarding. Uncontrolled: after a
 * refusal the form shows what was submitted (nothing typed is lost), after a save what is stored.
 */
export function ProfileForm({
  saved,
  choices,
  onboarding = false,
}: {
  saved: ProfileFormValues;
  choices: ProfileFormChoices;
  onboarding?: boolean;
}) {
  const t = useTranslations("profileEdit");
  const tAll = useTranslations();
  const [state, action] = useActionState(saveProfileAction, null);
  const failed = state && !state.ok ? state : null;
  const shown: ProfileFormValues = failed?.values
    ? { ...saved, ...(failed.values as Partial<ProfileFormValues>) }
    : saved;
  const [country, setCountry] = useState(shown.country);
  const [counts, setCounts] = useState(() => countsOf(shown));
  const error = (field: Field) => {
    const key = failed?.fieldErrors?.[field];
    if (!key) return undefined;
    const max = field in PROFILE_LIMITS ? PROFILE_LIMITS[field as keyof typeof PROFILE_LIMITS] : 0;
    return tAll(key as never, { max } as never);
  };
  const cities = choices.countries.find((c) => c.code === country)?.cities ?? [];
  const count = (field: keyof typeof PROFILE_LIMITS) => (value: string) =>
    setCounts((c) => ({ ...c, [field]: liveCount(value, PROFILE_LIMITS[field]).used }));

  const text = (
    field: "headline" | "title" | "company",
    label: string,
    extra: { hint?: string; placeholder?: string; autoComplete?: string } = {},
  ) => (
    <FormField id={`profile-${field}`} label={label} hint={extra.hint} error={error(field)}>
      {(aria) => (
        <>
          <Input
            {...aria}
            aria-describedby={[aria["aria-describedby"], `profile-${field}-count`]
              .filter(Boolean)
              .join(" ")}
            name={field}
            defaultValue={shown[field]}
            placeholder={extra.placeholder}
            autoComplete={extra.autoComplete}
            onChange={(e) => count(field)(e.target.value)}
          />
          <CharacterCount
            id={`profile-${field}-count`}
            used={counts[field]}
            max={PROFILE_LIMITS[field]}
          />
        </>
      )}
    </FormField>
  );

  return (
    <form action={action} noValidate className="space-y-8">
      {onboarding && <input type="hidden" name="next" value="home" />}

      <Section heading={t("onboarding.stepProfile")}>
        {text("title", t("currentTitle"), {
          placeholder: t("titlePlaceholder"),
          autoComplete: "organization-title",
        })}
        {text("company", t("company"), {
          placeholder: t("companyPlaceholder"),
          autoComplete: "organization",
        })}
        <FormField id="profile-industry" label={t("industry")} error={error("industry")}>
          {(aria) => (
            <NativeSelect {...aria} name="industry" defaultValue={shown.industry}>
              <option value="">{t("industryNone")}</option>
              {choices.industries.map((i) => (
                <option key={i.value} value={i.value}>
                  {i.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        {text("headline", t("headline"), { hint: t("headlineHint") })}
      </Section>

      <Section heading={t("onboarding.stepPlace")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="profile-country" label={t("country")} error={error("country")}>
            {(aria) => (
              <NativeSelect
                {...aria}
                name="country"
                defaultValue={shown.country}
                autoComplete="country"
                onChange={(e) => setCountry(e.target.value)}
              >
                <option value="">{t("countryNone")}</option>
                {choices.countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField id="profile-city" label={t("city")} hint={t("cityHint")} error={error("city")}>
            {(aria) => (
              <>
                <Input
                  {...aria}
                  name="city"
                  list="profile-city-options"
                  defaultValue={shown.city}
                  autoComplete="address-level2"
                />
                <datalist id="profile-city-options">
                  {cities.map((c) => (
                    <option key={c.value} value={c.label} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        </div>
        <FormField
          id="profile-timeZone"
          label={t("timeZone")}
          hint={t("timeZoneHint")}
          error={error("timeZone")}
        >
          {(aria) => (
            <NativeSelect {...aria} name="timeZone" defaultValue={shown.timeZone}>
              <option value="">{t("timeZoneAuto")}</option>
              {choices.timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </Section>

      {!onboarding && (
        <Section heading={t("about")}>
          <FormField id="profile-about" label={t("about")} error={error("about")}>
            {(aria) => (
              <>
                <Textarea
                  {...aria}
                  aria-describedby={[aria["aria-describedby"], "profile-about-count"]
                    .filter(Boolean)
                    .join(" ")}
                  name="about"
                  rows={6}
                  defaultValue={shown.about}
                  onChange={(e) => count("about")(e.target.value)}
                  className="resize-y"
                />
                <CharacterCount
                  id="profile-about-count"
                  used={counts.about}
                  max={PROFILE_LIMITS.about}
                />
              </>
            )}
          </FormField>
        </Section>
      )}
      {onboarding && <input type="hidden" name="about" value={shown.about} />}

      <FormMessage tone={failed ? "error" : "success"}>
        {failed?.formError
          ? tAll(failed.formError as never, failed.formErrorValues as never)
          : state?.ok
            ? t("saved")
            : undefined}
      </FormMessage>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("saving")}>
          {onboarding ? t("onboarding.continue") : t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

function countsOf(values: ProfileFormValues): Record<keyof typeof PROFILE_LIMITS, number> {
  return {
    headline: liveCount(values.headline, PROFILE_LIMITS.headline).used,
    title: liveCount(values.title, PROFILE_LIMITS.title).used,
    company: liveCount(values.company, PROFILE_LIMITS.company).used,
    city: liveCount(values.city, PROFILE_LIMITS.city).used,
    about: liveCount(values.about, PROFILE_LIMITS.about).used,
  };
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-3 text-lg font-semibold text-slate-900">{heading}</legend>
      {children}
    </fieldset>
  );
}
