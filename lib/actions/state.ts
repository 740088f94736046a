import type { z } from "zod";

/**
 * What every server action returns. Expected failures are values with i18n keys (shown next to
 * their field or above the form), never thrown errors. Importable by client components.
 */
export type ActionState<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      fieldErrors?: Record<string, string>;
      formError?: string;
      /** Values for the formError sentence ({minutes} of a rate limit, a name). */
      formErrorValues?: Record<string, string | number>;
      values?: Record<string, string>;
    }
  | null;

export type ActionFailure = Extract<NonNullable<ActionState>, { ok: false }>;

const I18N_KEY = /^[a-zA-Z]+(\.[a-zA-Z_]+)+$/;

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    // Our schemas' messages are catalogue keys ("compose.errors.subjectTooLong"); zod's own
    // defaults are English sentences and become the generic key.
    out[key] ??= I18N_KEY.test(issue.message) ? issue.message : "validation.invalid";
  }
  return out;
}

/** Longest text echoed back to a failed form (a refused 1 MB field is not sent back). */
const KEPT_VALUE_MAX = 40_000;

/** Echo of the submitted text fields so a failed form keeps them; secrets are never echoed. */
export function keptValues(
  fields: Record<string, unknown>,
  secretFields: readonly string[] = [
    "password",
    "confirmPassword",
    "currentPassword",
    "newPassword",
  ],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (secretFields.includes(key)) continue;
    // A repeated field (checkbox group) travels as one comma-separated string.
    const text = Array.isArray(value)
      ? value.filter((v) => typeof v === "string").join(",")
      : value;
    if (typeof text !== "string") continue;
    values[key] = text.length > KEPT_VALUE_MAX ? "" : text;
  }
  return values;
}
