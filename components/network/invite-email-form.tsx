"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { inviteByEmailAction } from "@/app/(app)/network/actions";
import { CharacterCount } from "@/components/messaging/character-count";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { liveCount, NOTE_MAX, normalizeNote } from "@/lib/text/fields";

/** Invite by email: a member gets an invitation, anyone else a mail with a link to join. */
export function InviteEmailForm() {
  const t = useTranslations("invitations.inviteByEmail");
  const tAll = useTranslations() as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const [state, action] = useActionState(inviteByEmailAction, null);
  const failed = state && !state.ok ? state : null;
  const [note, setNote] = useState("");
  useEffect(() => {
    if (state?.ok) setNote("");
    else if (state && !state.ok && state.values?.note !== undefined) setNote(state.values.note);
  }, [state]);
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? tAll(key, { max: NOTE_MAX }) : undefined;
  };
  const { used } = liveCount(normalizeNote(note), NOTE_MAX);
  const success =
    state?.ok && state.message
      ? t(
          state.data?.outcome === "emailed"
            ? "emailed"
            : state.data?.outcome === "connected"
              ? "connected"
              : "invited",
          { email: state.message },
        )
      : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage tone="success">{success}</FormMessage>
      <FormMessage tone="error">
        {failed?.formError ? tAll(failed.formError, failed.formErrorValues) : undefined}
      </FormMessage>
      <FormField id="invite-email" label={t("email")} error={error("email")}>
        {(aria) => (
          <Input
            {...aria}
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={failed?.values?.email}
            key={failed?.values?.email ?? (state?.ok ? state.message : "")}
          />
        )}
      </FormField>
      <FormField id="invite-note" label={t("note")} error={error("note")}>
        {(aria) => (
          <Textarea
            {...aria}
            aria-describedby={[aria["aria-describedby"], "invite-note-count"]
              .filter(Boolean)
              .join(" ")}
            name="note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <div className="flex items-center justify-between gap-3">
        <CharacterCount id="invite-note-count" used={used} max={NOTE_MAX} />
        <SubmitButton disabled={used > NOTE_MAX} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
