"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEmailAction } from "@/app/(auth)/confirm-email/[token]/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(confirmEmailAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage tone="error">
        {failed ? t((failed.formError ?? "errors.unexpected") as never) : undefined}
      </FormMessage>
      <SubmitButton size="lg" className="w-full" pendingLabel={t("account.confirm.submitting")}>
        {t("account.confirm.submit")}
      </SubmitButton>
    </form>
  );
}
