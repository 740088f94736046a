"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ButtonProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/actions/state";

/**
 * One button that runs a server action on one object (its id in a hidden field): a plain form,
 * so it works before JavaScript has loaded; a refusal is shown under the button.
 */
export function ActionButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "ghost",
  size = "sm",
}: {
  action: (state: ActionState | null, form: FormData) => Promise<ActionState>;
  /** Hidden fields: the object the action is about. */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state.formError : undefined;
  return (
    <form action={formAction} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size={size} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage tone="error">{failed ? t(failed as never) : undefined}</FormMessage>
    </form>
  );
}
