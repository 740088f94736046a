"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/actions/state";
import { liveCount } from "@/lib/text/fields";
import { CharacterCount } from "./character-count";

/**
 * A free-text message: a first message to a connection, or a reply in a thread. A fresh
 * idempotency key per message makes a double click send once; it changes after each success.
 */
export function MessageForm({
  action,
  hidden,
  label,
  maxCharacters,
  submitLabel,
  pendingLabel,
  otherName,
  rows = 4,
  onTyping,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  label: string;
  maxCharacters: number;
  submitLabel: string;
  pendingLabel: string;
  otherName: string;
  rows?: number;
  /** Called as the member types (a reply in a thread announces "… is typing"). */
  onTyping?: () => void;
}) {
  const t = useTranslations();
  const tKey = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const [body, setBody] = useState("");
  const [key, setKey] = useState(() => crypto.randomUUID());
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state?.ok) {
      setBody("");
      setKey(crypto.randomUUID());
    } else if (failed?.values?.body !== undefined) {
      setBody(failed.values.body);
    }
  }, [state, failed?.values?.body]);

  const { used } = liveCount(body.trim(), maxCharacters);
  const fieldError = failed?.fieldErrors?.body;
  return (
    <form ref={form} action={formAction} className="space-y-2" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="idempotencyKey" value={key} />
      <FormMessage tone="error">
        {failed?.formError
          ? tKey(failed.formError, { name: otherName, ...failed.formErrorValues })
          : undefined}
      </FormMessage>
      <FormField
        id="message-body"
        label={label}
        error={fieldError ? tKey(fieldError, { max: maxCharacters }) : undefined}
      >
        {(aria) => (
          <Textarea
            {...aria}
            aria-describedby={[aria["aria-describedby"], "message-count"].filter(Boolean).join(" ")}
            name="body"
            rows={rows}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              onTyping?.();
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) form.current?.requestSubmit();
            }}
            required
          />
        )}
      </FormField>
      <div className="flex items-center justify-between gap-3">
        <CharacterCount id="message-count" used={used} max={maxCharacters} />
        <SubmitButton disabled={used === 0 || used > maxCharacters} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
