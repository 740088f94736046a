"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removePhotoAction } from "@/app/(app)/settings/profile/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function RemovePhotoButton() {
  const t = useTranslations("profileEdit.photo");
  const [state, action] = useActionState(removePhotoAction, null);
  return (
    <form action={action} className="space-y-2">
      <FormMessage tone="success">{state?.ok ? t("removed") : undefined}</FormMessage>
      <SubmitButton variant="ghost" pendingLabel={t("remove")}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}
