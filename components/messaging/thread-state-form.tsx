"use client";

import { ActionButtonForm } from "@/components/ui/action-button-form";
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
  return (
    <ActionButtonForm
      action={action}
      fields={{ threadId }}
      label={label}
      pendingLabel={pendingLabel}
    />
  );
}
