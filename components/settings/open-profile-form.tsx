"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveOpenProfileAction } from "@/app/(app)/settings/communications/open-profile-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SwitchField } from "./switch-field";

/**
 * Premium "Open Profile": anyone may message the member free of charge. Basic members see the
 * switch disabled with the reason and a way to Premium; the server refuses them regardless.
 */
export function OpenProfileForm({
  saved,
  premium,
  acceptsInmail,
}: {
  saved: boolean;
  premium: boolean;
  acceptsInmail: boolean;
}) {
  const t = useTranslations("privacy.openProfile");
  const tAll = useTranslations();
  const [state, action] = useActionState(saveOpenProfileAction, null);
  const failed = state && !state.ok ? state : null;
  // The form resets to these defaults when the action settles: show what is stored now.
  const shown =
    state?.ok && state.data && typeof state.data === "object" && "openProfile" in state.data
      ? Boolean(state.data.openProfile)
      : saved;

  return (
    <form action={action} noValidate>
      <section className={premium ? "border-b border-slate-200 px-5 py-5" : "px-5 py-5"}>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">{t("heading")}</h2>
        <SwitchField
          id="openProfile"
          name="openProfile"
          label={t("label")}
          hint={premium ? t("hint") : t("premiumOnly")}
          defaultChecked={premium && shown}
          disabled={!premium}
          onLabel={tAll("settings.communications.on")}
          offLabel={tAll("settings.communications.off")}
        />
        {premium && !acceptsInmail && (
          <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("optedOutNote")}
          </p>
        )}
        {!premium && (
          <Link
            href="/premium"
            className="mt-3 inline-block text-sm font-semibold text-brand-700 underline"
          >
            {t("upgrade")}
          </Link>
        )}
      </section>
      {premium && (
        <div className="flex flex-col gap-3 px-5 py-4 sm:flex-row-reverse sm:items-center sm:justify-between">
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          <FormMessage tone={failed ? "error" : "success"}>
            {failed
              ? tAll((failed.formError ?? "errors.unexpected") as never)
              : state?.ok && state.message
                ? tAll(state.message as never)
                : undefined}
          </FormMessage>
        </div>
      )}
    </form>
  );
}
