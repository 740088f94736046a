"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { cx } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { liveCount, normalizeSignature, SIGNATURE_MAX } from "@/lib/text/fields";

const signatureCharacters = (text: string) =>
  liveCount(normalizeSignature(text), SIGNATURE_MAX).used;

/**
 * The signature with a live "123 / 300" counter. It counts with the server's own function
 * (grapheme clusters of the stored, normalized text), so the two never disagree.
 */
export function SignatureField({
  defaultValue,
  error,
  answer,
}: {
  defaultValue: string;
  error?: string;
  /** The form's last action result: after each one the form resets to `defaultValue`. */
  answer: unknown;
}) {
  const t = useTranslations("settings.communications");
  const format = useFormatter();
  const [count, setCount] = useState(() => signatureCharacters(defaultValue));
  const [answered, setAnswered] = useState(answer);
  if (answered !== answer) {
    setAnswered(answer);
    setCount(signatureCharacters(defaultValue));
  }
  const over = count - SIGNATURE_MAX;

  // The hint is not FormField's: it stays visible beside the counter, also under an error.
  return (
    <FormField id="signature" label={t("signatureLabel")} error={error}>
      {(aria) => (
        <>
          <Textarea
            {...aria}
            aria-describedby={[aria["aria-describedby"], "signature-hint", "signature-count"]
              .filter(Boolean)
              .join(" ")}
            name="signature"
            rows={4}
            defaultValue={defaultValue}
            onChange={(event) => setCount(signatureCharacters(event.target.value))}
            className="resize-y"
          />
          <div className="flex flex-col-reverse gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <p id="signature-hint" className="text-xs text-slate-600">
              {t("signatureHint")}
            </p>
            <p
              id="signature-count"
              aria-live="polite"
              className={cx(
                "flex shrink-0 justify-end gap-2 text-sm tabular-nums",
                over > 0 ? "font-semibold text-red-700" : "text-slate-600",
              )}
            >
              {over > 0 && <span>{t("signatureOver", { count: over })}</span>}
              <span aria-hidden="true">
                {format.number(count)} / {format.number(SIGNATURE_MAX)}
              </span>
              <span className="sr-only">
                {t("signatureCountLabel", { count, max: SIGNATURE_MAX })}
              </span>
            </p>
          </div>
        </>
      )}
    </FormField>
  );
}
