"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";

// The variables, as lib/recruiting/templates.ts knows them (kept here so the client bundle does
// not pull the server's place and industry tables).
const VARIABLES = ["firstName", "lastName", "company", "title", "location", "industry"] as const;

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Where a picked variable goes: the subject or the message, whichever was focused last. The
 * fields call `focused("subject")` / `focused("body")` from their onFocus.
 */
export function useTemplateTarget() {
  const subject = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const last = useRef<"subject" | "body">("body");
  return {
    subject,
    body,
    focused: (which: "subject" | "body") => {
      last.current = which;
    },
    field: (): Field | null => (last.current === "subject" ? subject.current : body.current),
  };
}

/**
 * Buttons that insert a variable where the cursor was in the last focused template field
 * (a campaign's, a sponsored message's); without JavaScript the variables are typed as shown.
 */
export function TemplateVariables({ target }: { target: { field: () => Field | null } }) {
  const t = useTranslations("recruiting.campaign");
  function insert(variable: string) {
    const field = target.field();
    if (!field) return;
    const token = `{${variable}}`;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.setRangeText(token, start, end, "end");
    field.focus();
  }
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 px-4 py-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t("variablesTitle")}</legend>
      <div className="flex flex-wrap gap-2">
        {VARIABLES.map((variable) => (
          <Button
            key={variable}
            type="button"
            variant="secondary"
            size="sm"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(variable)}
          >
            {t("insert", { variable: t(`variables.${variable}`) })}
          </Button>
        ))}
      </div>
      <p className="text-xs text-slate-600">
        {t("variablesHint", { example: "{company|your team}" })}
      </p>
    </fieldset>
  );
}

export type TemplateTarget = ReturnType<typeof useTemplateTarget>;
