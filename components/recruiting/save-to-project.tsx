"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveCandidatesAction } from "@/app/(app)/recruiting/actions";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MemberSearchParams } from "@/lib/validation/search";

export const SAVE_FORM_ID = "save-candidates";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Above the search results of a member with recruiting: save the ticked results (each result's
 * checkbox belongs to this form by its `form` attribute), the page, or everyone the search finds
 * into a project — or into a new one named here. A plain form: it works before any JavaScript.
 */
export function SaveToProjectForm({
  projects,
  pageMemberIds,
  params,
  nameMax,
}: {
  projects: { id: string; name: string }[];
  pageMemberIds: string[];
  params: MemberSearchParams;
  nameMax: number;
}) {
  const t = useTranslations("recruiting.save");
  const tAll = useTranslations() as unknown as Translate;
  const [state, action] = useActionState(saveCandidatesAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = state?.ok ? state.data : undefined;
  const fieldError = (name: string) => {
    const key = failed?.fieldErrors?.[name];
    return key ? tAll(key, { max: nameMax }) : undefined;
  };
  const selectionError = fieldError("memberId");
  const nameError = fieldError("newProjectName");
  return (
    <form
      id={SAVE_FORM_ID}
      action={action}
      aria-labelledby="save-to-project-title"
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 px-4 py-3"
      noValidate
    >
      <h3 id="save-to-project-title" className="text-sm font-semibold text-slate-900">
        {t("title")}
      </h3>
      {pageMemberIds.map((id) => (
        <input key={id} type="hidden" name="pageMemberId" value={id} />
      ))}
      {(["q", "location", "industry", "degree"] as const).map((key) =>
        params[key] ? <input key={key} type="hidden" name={key} value={params[key]} /> : null,
      )}
      {saved && (
        <div
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          <p>
            {t("saved", { count: saved.added, project: saved.projectName })}{" "}
            {saved.alreadyThere > 0 && t("alreadyThere", { count: saved.alreadyThere })}{" "}
            {saved.overCap > 0 && t("overCap", { count: saved.overCap })}
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
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : selectionError}
      </FormMessage>
      <div className="flex flex-col gap-3 md:flex-row md:items-end">
        <div className="min-w-0 flex-1 space-y-1.5">
          {projects.length > 0 ? (
            <>
              <label htmlFor="save-project" className="block text-sm font-semibold text-slate-800">
                {t("project")}
              </label>
              <NativeSelect
                id="save-project"
                name="projectId"
                defaultValue={saved?.projectId ?? failed?.values?.projectId ?? projects[0]?.id}
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
                htmlFor="save-new-project"
                className="block text-sm font-semibold text-slate-800"
              >
                {t("newProject")}
              </label>
              <Input
                id="save-new-project"
                name="newProjectName"
                autoComplete="off"
                required
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? "save-new-project-error" : undefined}
                defaultValue={failed?.values?.newProjectName}
              />
              {nameError && (
                <p id="save-new-project-error" className="text-sm font-medium text-red-700">
                  {nameError}
                </p>
              )}
            </>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <SubmitButton
            name="scope"
            value="selected"
            variant="secondary"
            size="sm"
            pendingLabel={t("saving")}
          >
            {t("selected")}
          </SubmitButton>
          <SubmitButton
            name="scope"
            value="page"
            variant="secondary"
            size="sm"
            pendingLabel={t("saving")}
          >
            {t("page")}
          </SubmitButton>
          <SubmitButton
            name="scope"
            value="all"
            size="sm"
            aria-describedby="save-all-hint"
            pendingLabel={t("saving")}
          >
            {t("all")}
          </SubmitButton>
        </div>
      </div>
      <p id="save-all-hint" className="text-xs text-slate-600">
        {t("allHint")}
      </p>
    </form>
  );
}
