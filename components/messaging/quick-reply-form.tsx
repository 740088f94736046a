"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { quickReplyAction } from "@/app/(app)/messaging/[threadId]/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { liveCount } from "@/lib/text/fields";
import { CharacterCount } from "./character-count";

/** "Interested" / "Not interested", each with an optional note; either one answers the InMail. */
export function QuickReplyForm({
  threadId,
  senderName,
  noteMax,
}: {
  threadId: string;
  senderName: string;
  noteMax: number;
}) {
  const t = useTranslations("inbox");
  const tRoot = useTranslations();
  const tKey = tRoot as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const [state, action] = useActionState(quickReplyAction, null);
  const failed = state && !state.ok ? state : null;
  const [note, setNote] = useState("");
  const [key] = useState(() => crypto.randomUUID());
  const { used } = liveCount(note.trim(), noteMax);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <FormMessage tone="error">
        {failed?.formError
          ? tKey(failed.formError, { name: senderName, ...failed.formErrorValues })
          : undefined}
      </FormMessage>
      <FormField
        id="quick-note"
        label={t("note")}
        error={
          failed?.fieldErrors?.note ? tKey(failed.fieldErrors.note, { max: noteMax }) : undefined
        }
      >
        {(aria) => (
          <Textarea
            {...aria}
            aria-describedby={[aria["aria-describedby"], "quick-note-count"]
              .filter(Boolean)
              .join(" ")}
            name="note"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <CharacterCount id="quick-note-count" used={used} max={noteMax} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          name="answer"
          value="interested"
          disabled={used > noteMax}
          pendingLabel={t("sending")}
        >
          {t("interested")}
        </SubmitButton>
        <SubmitButton
          name="answer"
          value="not_interested"
          variant="secondary"
          disabled={used > noteMax}
          pendingLabel={t("sending")}
        >
          {t("notInterested")}
        </SubmitButton>
      </div>
    </form>
  );
}
