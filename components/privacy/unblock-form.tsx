"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/state";

type UnblockAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** An Unblock button for one member; the action redirects, so only a refusal comes back here. */
export function UnblockForm({
  action,
  memberId,
  name,
  handle,
}: {
  action: UnblockAction;
  memberId: string;
  name: string;
  /** On the member's profile: where to come back to. */
  handle?: string;
}) {
  const t = useTranslations("privacy.blocked");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="flex flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="memberId" value={memberId} />
      {handle && <input type="hidden" name="handle" value={handle} />}
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("unblocking")}>
        {t("unblock")}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
      <FormMessage tone="error">
        {failed ? tAll((failed.formError ?? "errors.unexpected") as never) : undefined}
      </FormMessage>
    </form>
  );
}
