"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/sign-in/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? t(key as never) : undefined;
  };
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage tone="error">
        {failed?.formError
          ? t(failed.formError as never, failed.formErrorValues as never)
          : undefined}
      </FormMessage>
      <FormField id="email" label={t("auth.email")} error={error("email")}>
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={failed?.values?.email}
          />
        )}
      </FormField>
      <FormField id="password" label={t("auth.password")} error={error("password")}>
        {(aria) => (
          <Input
            {...aria}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </FormField>
      <div className="flex items-center justify-between gap-4">
        <Link
          href="/forgot-password"
          className="text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("auth.forgotLink")}
        </Link>
      </div>
      <SubmitButton className="w-full" size="lg" pendingLabel={t("auth.signingIn")}>
        {t("auth.signIn")}
      </SubmitButton>
    </form>
  );
}
