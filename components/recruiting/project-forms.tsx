"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import {
  createProjectAction,
  deleteProjectAction,
  removeCandidateAction,
  renameProjectAction,
} from "@/app/(app)/recruiting/actions";
import { useMemberAction } from "@/components/network/use-member-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

type Translate = (key: string, values?: Record<string, string | number>) => string;

function useAllTranslations(): Translate {
  return useTranslations() as unknown as Translate;
}

/** Creates a project and opens it. */
export function NewProjectForm({ nameMax }: { nameMax: number }) {
  const t = useTranslations("recruiting.newProject");
  const tAll = useAllTranslations();
  const [state, action] = useActionState(createProjectAction, null);
  const failed = state && !state.ok ? state : null;
  const nameError = failed?.fieldErrors?.name;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <FormField
            id="project-name"
            label={t("label")}
            hint={t("hint")}
            error={nameError ? tAll(nameError, { max: nameMax }) : undefined}
          >
            {(aria) => (
              <Input
                {...aria}
                name="name"
                required
                autoComplete="off"
                defaultValue={failed?.values?.name}
                key={failed?.values?.name ?? ""}
              />
            )}
          </FormField>
        </div>
        <SubmitButton size="field" className="sm:mt-7" pendingLabel={t("creating")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RenameProjectForm({
  projectId,
  name,
  nameMax,
}: {
  projectId: string;
  name: string;
  nameMax: number;
}) {
  const t = useTranslations("recruiting.project");
  const tAll = useAllTranslations();
  const [state, action] = useActionState(renameProjectAction, null);
  const failed = state && !state.ok ? state : null;
  const nameError = failed?.fieldErrors?.name;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <FormMessage tone="success">
        {state?.ok && state.message ? t("renamed", { name: state.message }) : undefined}
      </FormMessage>
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <FormField
            id="rename-project"
            label={t("renameTitle")}
            error={nameError ? tAll(nameError, { max: nameMax }) : undefined}
          >
            {(aria) => (
              <Input
                {...aria}
                name="name"
                required
                autoComplete="off"
                defaultValue={failed?.values?.name ?? name}
                key={failed?.values?.name ?? name}
              />
            )}
          </FormField>
        </div>
        <SubmitButton
          variant="secondary"
          size="field"
          className="sm:mt-7"
          pendingLabel={t("saving")}
        >
          {t("rename")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** "Delete project…" behind a confirmation that says what goes with it. */
export function DeleteProjectButton({
  projectId,
  name,
  count,
}: {
  projectId: string;
  name: string;
  count: number;
}) {
  const t = useTranslations("recruiting.project");
  const tAll = useAllTranslations();
  const [open, setOpen] = useState(false);
  const remove = useMemberAction(deleteProjectAction);
  const failed = remove.state && !remove.state.ok ? remove.state : null;
  return (
    <>
      <Button variant="ghost" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("delete")}
      </Button>
      <Dialog open={open} onOpenChange={(next) => !remove.pending && setOpen(next)} alert>
        <DialogTitle>{t("deleteSubmit")}</DialogTitle>
        <DialogDescription>{t("deleteConfirm", { name, count })}</DialogDescription>
        {failed?.formError && <FormMessage tone="error">{tAll(failed.formError)}</FormMessage>}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setOpen(false)} disabled={remove.pending}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            disabled={remove.pending}
            onClick={() => remove.run({ projectId })}
          >
            {remove.pending ? t("deleting") : t("deleteSubmit")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

export function RemoveCandidateButton({
  projectId,
  memberId,
  name,
}: {
  projectId: string;
  memberId: string;
  name: string;
}) {
  const t = useTranslations("recruiting.project");
  const tAll = useAllTranslations();
  const remove = useMemberAction(removeCandidateAction);
  const failed = remove.state && !remove.state.ok ? remove.state : null;
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={remove.pending}
        onClick={() => remove.run({ projectId, memberId })}
      >
        {remove.pending
          ? t("removing")
          : t.rich("remove", {
              name,
              hidden: (chunks) => <span className="sr-only">{chunks}</span>,
            })}
      </Button>
      {failed?.formError && (
        <p role="alert" className="text-xs text-red-700">
          {tAll(failed.formError)}
        </p>
      )}
    </div>
  );
}
