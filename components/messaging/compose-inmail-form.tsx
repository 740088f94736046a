"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { sendInmailAction } from "@/app/(app)/messaging/new/actions";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import type { CompositionLimits } from "@/db/queries/policy";
import { INMAIL_CATEGORIES, type InmailCategory } from "@/db/schema/categories";
import { bodyWithSignature, liveCount, normalizeSubject } from "@/lib/text/fields";
import { CharacterCount } from "./character-count";

export interface ComposeInmailProps {
  recipient: { id: string; name: string; interests: InmailCategory[] };
  limits: CompositionLimits;
  signature: string;
  idempotencyKey: string;
  /** Replaces "Send InMail" (an Open Profile recipient: a free message). */
  submitLabel?: string;
  /** Summary shown above the send button: credits, cost, response score (rendered by the page). */
  children?: React.ReactNode;
}

export function ComposeInmailForm({
  recipient,
  limits,
  signature,
  idempotencyKey,
  submitLabel,
  children,
}: ComposeInmailProps) {
  const t = useTranslations();
  // Error keys come from the server as strings; they are known keys of the catalogue.
  const tKey = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const [state, action] = useActionState(sendInmailAction, null);
  const failed = state && !state.ok ? state : null;
  const [subject, setSubject] = useState(failed?.values?.subject ?? "");
  const [body, setBody] = useState(failed?.values?.body ?? "");
  const [category, setCategory] = useState(failed?.values?.category ?? "");
  // React resets the form when the action settles; a native reset puts a <select> back on its
  // first option without telling React, so the chosen category is put back after each answer.
  const categoryRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (state && categoryRef.current) categoryRef.current.value = category;
  }, [state, category]);

  // The same counting function the server validates with.
  const subjectUsed = liveCount(normalizeSubject(subject), limits.subjectMaxCharacters).used;
  const bodyUsed = liveCount(bodyWithSignature(body, signature), limits.bodyMaxCharacters).used;
  const overLimit =
    subjectUsed > limits.subjectMaxCharacters || bodyUsed > limits.bodyMaxCharacters;
  const mismatch =
    category !== "" &&
    recipient.interests.length > 0 &&
    !recipient.interests.includes(category as InmailCategory);
  const limitOf: Record<string, number> = {
    subject: limits.subjectMaxCharacters,
    body: limits.bodyMaxCharacters,
  };
  const error = (field: string) => {
    const key = failed?.fieldErrors?.[field];
    return key ? tKey(key, { max: limitOf[field] ?? 0 }) : undefined;
  };
  const formError = failed?.formError
    ? tKey(failed.formError, { name: recipient.name, ...failed.formErrorValues })
    : undefined;

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="recipientId" value={recipient.id} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage tone="error">{formError}</FormMessage>
      {failed?.formError === "refusals.no_credits" && (
        <Link href="/premium" className="font-semibold text-brand-700 underline">
          {t("compose.buyCredits")}
        </Link>
      )}

      <FormField id="subject" label={t("compose.subject")} error={error("subject")}>
        {(aria) => (
          <div>
            <Input
              {...aria}
              aria-describedby={[aria["aria-describedby"], "subject-count"]
                .filter(Boolean)
                .join(" ")}
              name="subject"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              required
              autoComplete="off"
            />
            <CharacterCount
              id="subject-count"
              used={subjectUsed}
              max={limits.subjectMaxCharacters}
            />
          </div>
        )}
      </FormField>

      <FormField id="category" label={t("compose.category")} error={error("category")}>
        {(aria) => (
          <NativeSelect
            {...aria}
            ref={categoryRef}
            name="category"
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            required
          >
            <option value="">{t("compose.chooseCategory")}</option>
            {INMAIL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      {mismatch && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("compose.categoryMismatch", {
            name: recipient.name,
            category: t(`categories.${category as InmailCategory}`),
          })}
        </p>
      )}

      <FormField id="body" label={t("compose.body")} error={error("body")}>
        {(aria) => (
          <div>
            <Textarea
              {...aria}
              aria-describedby={[aria["aria-describedby"], "body-count", "signature-note"]
                .filter(Boolean)
                .join(" ")}
              name="body"
              rows={10}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
            />
            <CharacterCount id="body-count" used={bodyUsed} max={limits.bodyMaxCharacters} />
          </div>
        )}
      </FormField>
      <div className="rounded-md bg-slate-50 px-3 py-2 text-sm">
        <p className="font-semibold text-slate-800">{t("compose.signatureTitle")}</p>
        {signature ? (
          <p className="whitespace-pre-line text-slate-700">{signature}</p>
        ) : (
          <p className="text-slate-600">{t("compose.noSignature")}</p>
        )}
        <p id="signature-note" className="mt-1 text-xs text-slate-600">
          {t("compose.signatureNote", { max: limits.bodyMaxCharacters })}{" "}
          <Link href="/settings/communications" className="font-semibold text-brand-700 underline">
            {t("compose.editSignature")}
          </Link>
        </p>
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">
          {t("compose.contactTitle")}
        </legend>
        <p className="text-xs text-slate-600">
          {t("compose.contactHint", { name: recipient.name })}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            id="contactEmail"
            label={t("compose.contactEmail")}
            error={error("contactEmail")}
          >
            {(aria) => (
              <Input
                {...aria}
                name="contactEmail"
                type="email"
                autoComplete="email"
                defaultValue={failed?.values?.contactEmail}
              />
            )}
          </FormField>
          <FormField
            id="contactPhone"
            label={t("compose.contactPhone")}
            error={error("contactPhone")}
          >
            {(aria) => (
              <Input
                {...aria}
                name="contactPhone"
                type="tel"
                autoComplete="tel"
                defaultValue={failed?.values?.contactPhone}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      {children}
      <SubmitButton size="lg" disabled={overLimit} pendingLabel={t("compose.sending")}>
        {submitLabel ?? t("compose.send")}
      </SubmitButton>
    </form>
  );
}
