"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { quickReplyAction } from "@/app/(app)/messaging/[threadId]/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { DECLINE_REASONS } from "@/db/schema/categories";
import { liveCount } from "@/lib/text/fields";
import { CharacterCount } from "./character-count";

const WEEKS = [1, 2, 3, 4] as const;

/**
 * The quick answers to an InMail, each one answers it: **Interested** (sharing the account's
 * address and a phone number if the member chooses), **Not interested** (with a reason if they
 * want), **Ask me later** (in one to four weeks: the sender is told from when). An optional note
 * goes with any of them. One plain form: it works before any JavaScript.
 */
export function QuickReplyForm({
  threadId,
  senderName,
  noteMax,
  memberEmail,
}: {
  threadId: string;
  senderName: string;
  noteMax: number;
  memberEmail: string;
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
  const over = used > noteMax;
  // min-w-0: a fieldset is as wide as its content by default, which overflowed the columns.
  const group = "min-w-0 space-y-3 rounded-md border border-slate-200 px-4 py-3";
  const legend = "px-1 text-sm font-semibold text-slate-800";
  return (
    <form action={action} className="space-y-4" noValidate>
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
      <div className="grid gap-3 md:grid-cols-3">
        <fieldset className={group}>
          <legend className={legend}>{t("interestedOptions")}</legend>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="shareEmail" className="mt-0.5 size-4 accent-brand-700" />
            <span className="min-w-0 break-words">{t("shareEmail", { email: memberEmail })}</span>
          </label>
          <FormField
            id="quick-phone"
            label={t("sharePhone")}
            error={failed?.fieldErrors?.phone ? tKey(failed.fieldErrors.phone) : undefined}
          >
            {(aria) => (
              <Input
                {...aria}
                name="phone"
                type="tel"
                autoComplete="tel"
                defaultValue={failed?.values?.phone}
              />
            )}
          </FormField>
          <SubmitButton
            name="answer"
            value="interested"
            size="block"
            disabled={over}
            pendingLabel={t("sending")}
          >
            {t("interested")}
          </SubmitButton>
        </fieldset>
        <fieldset className={group}>
          <legend className={legend}>{t("notInterestedOptions")}</legend>
          <FormField id="quick-reason" label={t("reasonLabel")}>
            {(aria) => (
              <NativeSelect {...aria} name="reason" defaultValue="">
                <option value="">{t("reasonNone")}</option>
                {DECLINE_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`declineReasons.${reason}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <SubmitButton
            name="answer"
            value="not_interested"
            variant="secondary"
            size="block"
            disabled={over}
            pendingLabel={t("sending")}
          >
            {t("notInterested")}
          </SubmitButton>
        </fieldset>
        <fieldset className={group}>
          <legend className={legend}>{t("laterOptions")}</legend>
          <FormField id="quick-weeks" label={t("laterWhen")}>
            {(aria) => (
              <NativeSelect {...aria} name="weeks" defaultValue="2">
                {WEEKS.map((weeks) => (
                  <option key={weeks} value={String(weeks)}>
                    {t("laterWeeks", { count: weeks })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <SubmitButton
            name="answer"
            value="later"
            variant="secondary"
            size="block"
            disabled={over}
            pendingLabel={t("sending")}
          >
            {t("later")}
          </SubmitButton>
        </fieldset>
      </div>
    </form>
  );
}
