"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/(auth)/forgot-password/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(forgotPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  const sentTo = state?.ok ? state.data?.email : undefined;
  const emailError = failed?.fieldErrors?.email;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage tone="success">
        {sentTo ? t("auth.forgotSent", { email: sentTo }) : undefined}
      </FormMessage>
      <FormField
        id="email"
        label={t("auth.email")}
        error={emailError ? t(emailError as never) : undefined}
      >
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={failed?.values?.email ?? sentTo}
          />
        )}
      </FormField>
      <SubmitButton className="w-full" size="lg" pendingLabel={t("auth.sendingLink")}>
        {t("auth.sendLink")}
      </SubmitButton>
    </form>
  );
}
