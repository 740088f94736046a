"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/state";

/** One button that changes the member's own view of a thread (archive, unread): a plain form. */
export function ThreadStateForm({
  action,
  threadId,
  label,
  pendingLabel,
}: {
  action: (state: ActionState | null, form: FormData) => Promise<ActionState>;
  threadId: string;
  label: string;
  pendingLabel: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state.formError : undefined;
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="threadId" value={threadId} />
      <SubmitButton variant="ghost" size="sm" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage tone="error">{failed ? t(failed as never) : undefined}</FormMessage>
    </form>
  );
}
