"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/settings/security/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/text/fields";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never, { min: PASSWORD_MIN } as never) : undefined;
  };
  const done = state?.ok
    ? t("account.security.passwordChanged", {
        count: (state.data as { count: number } | undefined)?.count ?? 0,
      })
    : undefined;
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage tone={failed ? "error" : "success"}>
        {failed?.formError ? t(failed.formError as never, failed.formErrorValues as never) : done}
      </FormMessage>
      <FormField
        id="currentPassword"
        label={t("account.security.currentPassword")}
        error={error("currentPassword")}
      >
        {(aria) => (
          <Input {...aria} name="currentPassword" type="password" autoComplete="current-password" />
        )}
      </FormField>
      <FormField
        id="newPassword"
        label={t("account.security.newPassword")}
        hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
        error={error("newPassword")}
      >
        {(aria) => (
          <Input {...aria} name="newPassword" type="password" autoComplete="new-password" />
        )}
      </FormField>
      <SubmitButton pendingLabel={t("account.security.savingPassword")}>
        {t("account.security.savePassword")}
      </SubmitButton>
    </form>
  );
}
