"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveCandidatesAction } from "@/app/(app)/recruiting/actions";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** On a profile, for a member with recruiting: save this one member to a project. */
export function SaveProfileToProject({
  memberId,
  name,
  projects,
  nameMax,
}: {
  memberId: string;
  name: string;
  projects: { id: string; name: string }[];
  nameMax: number;
}) {
  const t = useTranslations("recruiting.save");
  const tAll = useTranslations() as unknown as Translate;
  const [state, action] = useActionState(saveCandidatesAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = state?.ok ? state.data : undefined;
  const nameError = failed?.fieldErrors?.newProjectName
    ? tAll(failed.fieldErrors.newProjectName, { max: nameMax })
    : undefined;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("profileTitle", { name })}>
      <input type="hidden" name="scope" value="selected" />
      <input type="hidden" name="memberId" value={memberId} />
      {saved && (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          <p>
            {saved.added > 0
              ? t("savedOne", { name, project: saved.projectName })
              : t("alreadyThere", { count: 1 })}
          </p>
          <Link
            href={`/recruiting/projects/${saved.projectId}`}
            className="font-semibold text-brand-700 underline"
          >
            {t("open")}
          </Link>
        </div>
      )}
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1 space-y-1.5">
          {projects.length > 0 ? (
            <>
              <label
                htmlFor="profile-project"
                className="block text-sm font-semibold text-slate-800"
              >
                {t("project")}
              </label>
              <NativeSelect
                id="profile-project"
                name="projectId"
                defaultValue={saved?.projectId ?? projects[0]?.id}
              >
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </NativeSelect>
            </>
          ) : (
            <>
              <label
                htmlFor="profile-new-project"
                className="block text-sm font-semibold text-slate-800"
              >
                {t("newProject")}
              </label>
              <Input
                id="profile-new-project"
                name="newProjectName"
                autoComplete="off"
                required
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? "profile-new-project-error" : undefined}
                defaultValue={failed?.values?.newProjectName}
              />
              {nameError && (
                <p id="profile-new-project-error" className="text-sm font-medium text-red-700">
                  {nameError}
                </p>
              )}
            </>
          )}
        </div>
        <SubmitButton variant="secondary" size="field" pendingLabel={t("saving")}>
          {t("saveOne")}
        </SubmitButton>
      </div>
    </form>
  );
}
