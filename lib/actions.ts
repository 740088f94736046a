import "server-only";
import type { z } from "zod";
import { log } from "@/lib/log";
import { type CurrentMember, getCurrentMember } from "./auth/session";

/**
 * What every server action returns. Expected failures are values with i18n keys (shown next to
 * their field or above the form), never thrown errors.
 */
export type ActionState<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      fieldErrors?: Record<string, string>;
      formError?: string;
      values?: Record<string, string>;
    }
  | null;

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

/** Echo of the submitted text fields so a failed form keeps them; secrets are never echoed. */
export function keptValues(
  formData: FormData,
  secretFields: string[] = ["password", "confirmPassword"],
) {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !secretFields.includes(key) && !key.startsWith("$"))
      values[key] = value;
  }
  return values;
}

type Handler<S extends z.ZodType, T> = (
  input: z.infer<S>,
  context: { member: CurrentMember; formData: FormData },
) => Promise<ActionState<T>>;

/**
 * The one wrapper for signed-in actions: session → zod safeParse → service. A missing session is
 * refused here; the service still checks the member's right to the object it touches.
 */
export function memberAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: Handler<S, T>,
) {
  return memberActionFor(name, async () => schema, handler);
}

/** Like memberAction, for schemas that depend on data (the InMail policy, the member's signature). */
export function memberActionFor<S extends z.ZodType, T>(
  name: string,
  schemaFor: (member: CurrentMember) => Promise<S>,
  handler: Handler<S, T>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const member = await getCurrentMember();
    if (!member) return { ok: false, formError: "errors.signedOut" };
    const schema = await schemaFor(member);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
    }
    try {
      return await handler(parsed.data, { member, formData });
    } catch (error) {
      if (isNextControlFlow(error)) throw error;
      log.error({ err: error, action: name, memberId: member.id }, "action failed");
      return { ok: false, formError: "errors.unexpected", values: keptValues(formData) };
    }
  };
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
