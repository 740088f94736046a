"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { advanceClockAction } from "@/app/dev/clock/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

const STEPS = [1, 3, 7, 30, 90];

export function AdvanceClockForm() {
  const t = useTranslations("devClock");
  const [state, action] = useActionState(advanceClockAction, null);
  const tKey = useTranslations() as unknown as (key: string) => string;
  return (
    <form action={action} className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {STEPS.map((days) => (
          <SubmitButton
            key={days}
            name="days"
            value={String(days)}
            variant="secondary"
            pendingLabel={t("moving")}
          >
            {t("advance", { days })}
          </SubmitButton>
        ))}
      </div>
      <FormMessage tone={state?.ok ? "success" : "error"}>
        {state
          ? state.ok
            ? t("moved")
            : state.formError
              ? tKey(state.formError)
              : undefined
          : undefined}
      </FormMessage>
    </form>
  );
}
