"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeEmailAction, changeNameAction } from "@/app/(app)/settings/account/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX } from "@/lib/text/fields";

export function ChangeNameForm({ name }: { name: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(changeNameAction, null);
  const failed = state && !state.ok ? state : null;
  const nameError = failed?.fieldErrors?.name;
  const shown = failed?.values?.name ?? (state?.ok ? (state.data as { name: string }).name : name);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage tone={failed ? "error" : "success"}>
        {failed?.formError
          ? t(failed.formError as never, failed.formErrorValues as never)
          : state?.ok
            ? t("profileEdit.account.nameSaved")
            : undefined}
      </FormMessage>
      <FormField
        id="account-name"
        label={t("profileEdit.account.name")}
        error={nameError ? t(nameError as never, { max: NAME_MAX } as never) : undefined}
      >
        {(aria) => <Input {...aria} name="name" defaultValue={shown} autoComplete="name" />}
      </FormField>
      <SubmitButton pendingLabel={t("profileEdit.saving")}>
        {t("profileEdit.account.saveName")}
      </SubmitButton>
    </form>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(changeEmailAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never) : undefined;
  };
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("profileEdit.account.currentEmail", { email })}</p>
      <FormMessage tone={failed ? "error" : "success"}>
        {failed?.formError
          ? t(failed.formError as never, failed.formErrorValues as never)
          : state?.ok
            ? t("profileEdit.account.emailSent", { email: (state.data as { email: string }).email })
            : undefined}
      </FormMessage>
      <FormField
        id="account-email"
        label={t("profileEdit.account.newEmail")}
        error={error("email")}
      >
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={failed?.values?.email ?? ""}
          />
        )}
      </FormField>
      <FormField
        id="account-currentPassword"
        label={t("profileEdit.account.currentPassword")}
        hint={t("profileEdit.account.currentPasswordHint")}
        error={error("currentPassword")}
      >
        {(aria) => (
          <Input {...aria} name="currentPassword" type="password" autoComplete="current-password" />
        )}
      </FormField>
      <SubmitButton pendingLabel={t("profileEdit.account.sending")}>
        {t("profileEdit.account.sendLink")}
      </SubmitButton>
    </form>
  );
}
