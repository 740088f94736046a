"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/text/fields";

export function SignUpForm({
  callbackUrl,
  invite,
  defaultEmail,
}: {
  callbackUrl: string;
  /** The token of an email invitation's link, claimed on sign-up. */
  invite?: string;
  defaultEmail?: string;
}) {
  const t = useTranslations();
  const [state, action] = useActionState(signUpAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never) : undefined;
  };
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <FormMessage tone="error">
        {failed?.formError
          ? t(failed.formError as never, failed.formErrorValues as never)
          : undefined}
      </FormMessage>
      <FormField id="name" label={t("auth.name")} error={error("name")}>
        {(aria) => (
          <Input
            {...aria}
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            defaultValue={failed?.values?.name}
          />
        )}
      </FormField>
      <FormField id="email" label={t("auth.email")} error={error("email")}>
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={failed?.values?.email ?? defaultEmail}
          />
        )}
      </FormField>
      <FormField
        id="password"
        label={t("auth.password")}
        hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
        error={error("password")}
      >
        {(aria) => (
          <Input
            {...aria}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
          />
        )}
      </FormField>
      <SubmitButton className="w-full" size="lg" pendingLabel={t("auth.signingUp")}>
        {t("auth.signUp")}
      </SubmitButton>
    </form>
  );
}
