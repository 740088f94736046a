"use client";

import { MailWarning } from "lucide";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resendConfirmationAction } from "@/app/(app)/actions";
import { Icon } from "@/components/ui/icon";
import { SubmitButton } from "@/components/ui/submit-button";

/** Shown in the shell until the member confirms their address (they can read, not send). */
export function ConfirmEmailBanner({ email }: { email: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(resendConfirmationAction, null);
  const answer = state
    ? state.ok
      ? t("account.banner.resent", { email })
      : t((state.formError ?? "errors.unexpected") as never, state.formErrorValues as never)
    : "";
  return (
    <section
      aria-label={t("account.confirm.title")}
      className="border-b border-amber-300 bg-amber-50 text-amber-950"
    >
      <form
        action={action}
        className="mx-auto flex max-w-6xl flex-col gap-2 px-3 py-3 text-sm sm:flex-row sm:items-center sm:gap-4 sm:px-4"
      >
        <Icon node={MailWarning} className="hidden size-5 shrink-0 sm:block" />
        <p className="min-w-0 flex-1 break-words">{t("account.banner.text", { email })}</p>
        <SubmitButton variant="secondary" size="sm" pendingLabel={t("account.banner.resending")}>
          {t("account.banner.resend")}
        </SubmitButton>
        <p role="status" aria-live="polite" className="font-semibold empty:hidden">
          {answer}
        </p>
      </form>
    </section>
  );
}
