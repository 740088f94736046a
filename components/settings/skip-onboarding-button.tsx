"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { skipOnboardingAction } from "@/app/(app)/settings/profile/actions";
import { SubmitButton } from "@/components/ui/submit-button";

/** Its own form (a form cannot hold another): placed beside the profile form's button. */
export function SkipOnboardingButton() {
  const t = useTranslations("profileEdit.onboarding");
  const [, action] = useActionState(skipOnboardingAction, null);
  return (
    <form action={action}>
      <SubmitButton variant="ghost" pendingLabel={t("skip")}>
        {t("skip")}
      </SubmitButton>
    </form>
  );
}
