import { z } from "zod";
import {
  hasForbiddenCharacters,
  MAX_UNITS_PER_CHARACTER,
  measureText,
  normalizeNewlines,
} from "@/lib/text/count";

// Every free-text field of every form goes through textField: the raw size is refused first
// (an O(1) length check, before any per-character work), then control characters, then the
// characters are counted (linearly) with the same function the live counters use.

export interface TextFieldOptions {
  /** Characters allowed (user-perceived characters, lib/text/count.ts). */
  max: number;
  /** Required: empty (after trimming) is refused with `messages.required`. */
  required?: boolean;
  /** Single-line fields (subjects, names) turn line breaks into spaces. */
  multiline?: boolean;
  /** Leading and trailing blank space is dropped (default true). */
  trim?: boolean;
  messages: { tooLong: string; required?: string };
}

/** The text as stored: LF line breaks, single-line fields on one line, trimmed. */
export function normalizeText(
  value: string,
  options: Pick<TextFieldOptions, "multiline" | "trim">,
) {
  let text = normalizeNewlines(value);
  if (!options.multiline) text = text.replace(/[\n\t]+/g, " ");
  return options.trim === false ? text : text.trim();
}

export function textField(options: TextFieldOptions) {
  const { max, messages } = options;
  return z
    .string({ error: "validation.invalid" })
    .max(max * MAX_UNITS_PER_CHARACTER, messages.tooLong)
    .transform((value, ctx) => {
      const text = normalizeText(value, options);
      if (hasForbiddenCharacters(text)) {
        ctx.addIssue({ code: "custom", message: "validation.controlCharacters" });
        return z.NEVER;
      }
      if (options.required && text.length === 0) {
        ctx.addIssue({ code: "custom", message: messages.required ?? "validation.required" });
        return z.NEVER;
      }
      const measured = measureText(text, max);
      if (!measured.ok) {
        ctx.addIssue({
          code: "custom",
          message:
            measured.reason === "character_too_complex"
              ? "validation.characterTooComplex"
              : messages.tooLong,
        });
        return z.NEVER;
      }
      return text;
    });
}

/** An optional free-text field: missing becomes "". */
export function optionalTextField(options: Omit<TextFieldOptions, "required">) {
  return z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .pipe(textField(options));
}
