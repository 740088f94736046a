"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createCampaignAction, updateCampaignAction } from "@/app/(app)/recruiting/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { TemplateVariables, useTemplateTarget } from "./template-variables";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A campaign's templates. The picker inserts a variable where the cursor was in the subject or
 * the message (the last one focused); without JavaScript the variables are typed as shown.
 */
export function CampaignForm({
  projectId,
  projectName,
  categories,
  limits,
  defaults,
  draft,
}: {
  projectId: string;
  projectName: string;
  categories: { value: string; label: string }[];
  limits: { subject: number; body: number };
  /** Starting templates in the member's language (a new campaign), or the draft's own. */
  defaults: { subject: string; body: string };
  /** Editing this draft instead of creating one. */
  draft?: { id: string; name: string; category: string };
}) {
  const t = useTranslations("recruiting.campaign");
  const tAll = useTranslations() as unknown as Translate;
  // One form for both: a draft is edited in place, otherwise a new one is made from the project.
  const [state, action] = useActionState(draft ? updateCampaignAction : createCampaignAction, null);
  const failed = state && !state.ok ? state : null;
  const target = useTemplateTarget();
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? tAll(key, { max: 80 }) : undefined;
  };

  return (
    <form action={action} className="space-y-5" noValidate>
      {draft ? (
        <input type="hidden" name="campaignId" value={draft.id} />
      ) : (
        <input type="hidden" name="projectId" value={projectId} />
      )}
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <FormField id="campaign-name" label={t("name")} error={error("name")}>
        {(aria) => (
          <Input
            {...aria}
            name="name"
            required
            autoComplete="off"
            defaultValue={failed?.values?.name ?? draft?.name ?? projectName}
          />
        )}
      </FormField>
      <FormField id="campaign-category" label={t("category")} error={error("category")}>
        {(aria) => (
          <NativeSelect
            {...aria}
            name="category"
            defaultValue={failed?.values?.category ?? draft?.category ?? "career_opportunity"}
          >
            {categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      <TemplateVariables target={target} />
      <FormField id="campaign-subject" label={t("subject")} error={error("subjectTemplate")}>
        {(aria) => (
          <Input
            {...aria}
            ref={target.subject}
            name="subjectTemplate"
            required
            autoComplete="off"
            onFocus={() => target.focused("subject")}
            defaultValue={failed?.values?.subjectTemplate ?? defaults.subject}
          />
        )}
      </FormField>
      <FormField
        id="campaign-body"
        label={t("body")}
        hint={t("limitsHint", { subject: limits.subject, body: limits.body })}
        error={error("bodyTemplate")}
      >
        {(aria) => (
          <Textarea
            {...aria}
            ref={target.body}
            name="bodyTemplate"
            rows={9}
            required
            onFocus={() => target.focused("body")}
            defaultValue={failed?.values?.bodyTemplate ?? defaults.body}
          />
        )}
      </FormField>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
