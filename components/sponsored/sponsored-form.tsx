"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createSponsoredAction, updateSponsoredAction } from "@/app/(app)/sponsored/actions";
import { TemplateVariables, useTemplateTarget } from "@/components/recruiting/template-variables";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Option {
  value: string;
  label: string;
}

export interface SponsoredDraft {
  id: string;
  name: string;
  subjectTemplate: string;
  bodyTemplate: string;
  ctaLabel: string;
  ctaUrl: string;
  countries: string[];
  industries: string[];
  languages: string[];
  titleTerms: string[];
  companies: string[];
}

/**
 * A sponsored campaign's message and audience: a new one, or a draft edited in place. Lists of
 * checkboxes for places, industries and languages (none ticked: anyone); words of a title and
 * company names typed, comma-separated.
 */
export function SponsoredForm({
  options,
  limits,
  draft,
}: {
  options: { countries: Option[]; industries: Option[]; languages: Option[] };
  limits: { subject: number; body: number; cta: number };
  draft?: SponsoredDraft;
}) {
  const t = useTranslations("sponsored.form");
  const tAll = useTranslations() as unknown as Translate;
  const [state, action] = useActionState(
    draft ? updateSponsoredAction : createSponsoredAction,
    null,
  );
  const failed = state && !state.ok ? state : null;
  const target = useTemplateTarget();
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? tAll(key, { ...limits, ...failed?.formErrorValues }) : undefined;
  };
  const kept = (field: string) => failed?.values?.[field];
  const picked = (field: "countries" | "industries" | "languages") =>
    kept(field) !== undefined ? (kept(field) ?? "").split(",") : (draft?.[field] ?? []);

  return (
    <form action={action} className="space-y-6" noValidate>
      {draft && <input type="hidden" name="campaignId" value={draft.id} />}
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>

      <FormField id="sponsored-name" label={t("name")} hint={t("nameHint")} error={error("name")}>
        {(aria) => (
          <Input
            {...aria}
            name="name"
            required
            autoComplete="off"
            defaultValue={kept("name") ?? draft?.name ?? ""}
          />
        )}
      </FormField>

      <section aria-labelledby="sponsored-message" className="space-y-4">
        <h2 id="sponsored-message" className="text-lg font-semibold">
          {t("messageTitle")}
        </h2>
        <TemplateVariables target={target} />
        <FormField
          id="sponsored-subject"
          label={t("subject")}
          hint={t("subjectHint", { max: limits.subject })}
          error={error("subjectTemplate")}
        >
          {(aria) => (
            <Input
              {...aria}
              ref={target.subject}
              name="subjectTemplate"
              required
              autoComplete="off"
              onFocus={() => target.focused("subject")}
              defaultValue={kept("subjectTemplate") ?? draft?.subjectTemplate ?? ""}
            />
          )}
        </FormField>
        <FormField
          id="sponsored-body"
          label={t("body")}
          hint={t("bodyHint", { max: limits.body })}
          error={error("bodyTemplate")}
        >
          {(aria) => (
            <Textarea
              {...aria}
              ref={target.body}
              name="bodyTemplate"
              rows={8}
              required
              onFocus={() => target.focused("body")}
              defaultValue={kept("bodyTemplate") ?? draft?.bodyTemplate ?? ""}
            />
          )}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          <FormField
            id="sponsored-cta-label"
            label={t("ctaLabel")}
            hint={t("ctaLabelHint", { max: limits.cta })}
            error={error("ctaLabel")}
          >
            {(aria) => (
              <Input
                {...aria}
                name="ctaLabel"
                required
                autoComplete="off"
                defaultValue={kept("ctaLabel") ?? draft?.ctaLabel ?? ""}
              />
            )}
          </FormField>
          <FormField
            id="sponsored-cta-url"
            label={t("ctaUrl")}
            hint={t("ctaUrlHint")}
            error={error("ctaUrl")}
          >
            {(aria) => (
              <Input
                {...aria}
                name="ctaUrl"
                type="url"
                inputMode="url"
                required
                autoComplete="off"
                placeholder="https://"
                defaultValue={kept("ctaUrl") ?? draft?.ctaUrl ?? ""}
              />
            )}
          </FormField>
        </div>
      </section>

      <section aria-labelledby="sponsored-audience" className="space-y-4">
        <div>
          <h2 id="sponsored-audience" className="text-lg font-semibold">
            {t("audienceTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("audienceHint")}</p>
        </div>
        <CheckboxGroup
          name="countries"
          legend={t("countries")}
          options={options.countries}
          checked={picked("countries")}
          error={error("countries")}
        />
        <CheckboxGroup
          name="industries"
          legend={t("industries")}
          options={options.industries}
          checked={picked("industries")}
          error={error("industries")}
        />
        <CheckboxGroup
          name="languages"
          legend={t("languages")}
          options={options.languages}
          checked={picked("languages")}
          error={error("languages")}
        />
        <FormField
          id="sponsored-titles"
          label={t("titleTerms")}
          hint={t("titleTermsHint")}
          error={error("titleTerms")}
        >
          {(aria) => (
            <Input
              {...aria}
              name="titleTerms"
              autoComplete="off"
              defaultValue={kept("titleTerms") ?? draft?.titleTerms.join(", ") ?? ""}
            />
          )}
        </FormField>
        <FormField
          id="sponsored-companies"
          label={t("companies")}
          hint={t("companiesHint")}
          error={error("companies")}
        >
          {(aria) => (
            <Input
              {...aria}
              name="companies"
              autoComplete="off"
              defaultValue={kept("companies") ?? draft?.companies.join(", ") ?? ""}
            />
          )}
        </FormField>
      </section>

      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("saving")}>{draft ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}

function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  options: Option[];
  checked: string[];
  error?: string;
}) {
  const t = useTranslations("sponsored.form");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold text-slate-800">
        {legend} <span className="font-normal text-slate-600">· {t("anyIfNone")}</span>
      </legend>
      <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              className="size-4 shrink-0 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
