"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/reset-password/[token]/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/text/fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never) : undefined;
  };
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage tone="error">
        {failed?.formError
          ? t(failed.formError as never, failed.formErrorValues as never)
          : undefined}
      </FormMessage>
      {failed?.formError === "auth.resetInvalid" && (
        <Link
          href="/forgot-password"
          className="text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("auth.requestNewLink")}
        </Link>
      )}
      <FormField
        id="password"
        label={t("auth.newPassword")}
        hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
        error={error("password")}
      >
        {(aria) => (
          <Input {...aria} name="password" type="password" autoComplete="new-password" required />
        )}
      </FormField>
      <FormField
        id="confirmPassword"
        label={t("auth.confirmPassword")}
        error={error("confirmPassword")}
      >
        {(aria) => (
          <Input
            {...aria}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
          />
        )}
      </FormField>
      <SubmitButton className="w-full" size="lg" pendingLabel={t("auth.resetting")}>
        {t("auth.resetSubmit")}
      </SubmitButton>
    </form>
  );
}
