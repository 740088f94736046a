import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Database } from "@/db/client";
import type { CurrentMember } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { consumeAll, type RateLimitRule, refundAll } from "@/lib/rate-limit";
import { type ActionEnvironment, actionEnvironment, type Caller } from "./environment";
import { type ActionFailure, type ActionState, fieldErrorsOf, keptValues } from "./state";

// The two action clients (STYLE.md): every exported server action is built with one of them, so
// each is bounded, validated, rate-limited and answers in one shape.
//
//   publicAction  — signed-out callers too (sign-in, sign-up, password reset, language):
//                   limited per client address.
//   memberAction  — built on the same pipeline, plus the session: refused when signed out,
//                   limited per member; the service still checks the member's right to the
//                   object it touches ("not yours" and "does not exist" answer alike).

/** Fields one form may send, and values one repeated field may have. */
const MAX_FIELDS = 60;
const MAX_REPEATS = 50;

export interface ActionContext {
  db: Database;
  caller: Caller;
  /** The raw fields as read (bounded), e.g. to echo them back. */
  fields: Record<string, unknown>;
  revalidate: ActionEnvironment["revalidate"];
  redirect: ActionEnvironment["redirect"];
  setCookie: ActionEnvironment["setCookie"];
}

export interface MemberActionContext extends ActionContext {
  member: CurrentMember;
  sessionId: string | null;
}

type InputSchema<C, S extends z.ZodType> = S | ((context: C) => Promise<S>);

interface ActionOptions<C, S extends z.ZodType, T> {
  name: string;
  input: InputSchema<C, S>;
  /** Fields that may repeat (a group of checkboxes): they arrive as arrays. */
  repeated?: readonly string[];
  /** Limits beyond the general per-minute one, one point per call. */
  limits?: readonly RateLimitRule[];
  /**
   * Give the points of `limits` back when the action answers ok: false, so refused attempts do
   * not count (sends). Sign-up and password reset leave it off: every attempt counts.
   */
  refundRefusals?: boolean;
  handler: (input: z.infer<S>, context: C) => Promise<ActionState<T>>;
}

export interface MemberActionOptions<S extends z.ZodType, T>
  extends ActionOptions<MemberActionContext, S, T> {
  /** Only members who confirmed their email address (sending InMails, messages, invitations). */
  requireConfirmedEmail?: boolean;
}

export type ServerAction<T> = (
  previous: ActionState<T>,
  formData: FormData,
) => Promise<ActionState<T>>;

/** The form's fields as plain values: bounded in number, strings only, repeats only if allowed. */
export function readFields(
  formData: FormData,
  repeated: readonly string[] = [],
): Record<string, unknown> | null {
  const fields: Record<string, unknown> = Object.create(null);
  let count = 0;
  for (const [key, value] of formData.entries()) {
    if (++count > MAX_FIELDS * MAX_REPEATS) return null;
    // Next's own fields ($ACTION_…) are not the form's.
    if (key.startsWith("$")) continue;
    if (typeof value !== "string") return null;
    if (repeated.includes(key)) {
      const list = (fields[key] as string[] | undefined) ?? [];
      if (list.length >= MAX_REPEATS) return null;
      list.push(value);
      fields[key] = list;
    } else if (!(key in fields)) {
      if (Object.keys(fields).length >= MAX_FIELDS) return null;
      fields[key] = value;
    }
  }
  for (const key of repeated) fields[key] ??= [];
  return fields;
}

function unstorableFields(fields: Record<string, unknown>): Record<string, string> | null {
  let errors: Record<string, string> | null = null;
  for (const [key, value] of Object.entries(fields)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && (v.includes("\u0000") || !v.isWellFormed()))) {
      errors ??= {};
      errors[key] = "validation.controlCharacters";
    }
  }
  return errors;
}

/** "Try again in 12 minutes" (or hours, or days), as an i18n key with its number. */
export function rateLimited(
  retryAfterSeconds: number,
  fields?: Record<string, unknown>,
): ActionFailure {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const [formError, n] =
    minutes <= 90
      ? ["errors.rateLimitedMinutes", minutes]
      : minutes <= 36 * 60
        ? ["errors.rateLimitedHours", Math.ceil(minutes / 60)]
        : ["errors.rateLimitedDays", Math.ceil(minutes / 1440)];
  return {
    ok: false,
    formError,
    formErrorValues: { count: n },
    values: fields ? keptValues(fields) : undefined,
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

async function runAction<C extends ActionContext, S extends z.ZodType, T>(
  options: ActionOptions<C, S, T>,
  formData: unknown,
  contextFor: (base: ActionContext) => ActionFailure | C,
  generalLimit: RateLimitRule,
  limitKey: (context: C) => string,
): Promise<ActionState<T>> {
  const environment = actionEnvironment();
  const fields = formData instanceof FormData ? readFields(formData, options.repeated) : null;
  if (!fields) return { ok: false, formError: "errors.invalidRequest" };
  const [caller, db] = await Promise.all([environment.caller(), getDb()]);
  const built = contextFor({
    db,
    caller,
    fields,
    revalidate: environment.revalidate,
    redirect: environment.redirect,
    setCookie: environment.setCookie,
  });
  if ("ok" in built) return built;
  const context = built;
  const who = limitKey(context);
  const limits = options.limits ?? [];
  const allowed = await consumeAll(db, [generalLimit, ...limits], who);
  if (!allowed.ok) {
    log.info({ action: options.name }, "action refused: rate limit");
    return rateLimited(allowed.retryAfterSeconds, fields);
  }
  // PostgreSQL cannot store NUL or half a surrogate pair in text: whatever the field, refuse
  // them here, next to the field, before a schema or a query sees them.
  const unstorable = unstorableFields(fields);
  if (unstorable) return { ok: false, fieldErrors: unstorable, values: keptValues(fields) };
  const schema = typeof options.input === "function" ? await options.input(context) : options.input;
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    // A field error is no attempt at the limited thing itself.
    if (limits.length) await refundAll(db, limits, who);
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(fields) };
  }
  let result: ActionState<T>;
  try {
    result = await options.handler(parsed.data, context);
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    log.error({ err: error, action: options.name }, "action failed");
    return { ok: false, formError: "errors.unexpected", values: keptValues(fields) };
  }
  if (result && !result.ok) {
    if (options.refundRefusals && limits.length) await refundAll(db, limits, who);
    // What the member typed stays in the form (never secrets).
    return { values: keptValues(fields), ...result };
  }
  return result;
}

/** An action anyone may call, signed in or not; limited per client address. */
export function publicAction<S extends z.ZodType, T = unknown>(
  options: ActionOptions<ActionContext, S, T>,
): ServerAction<T> {
  return (_previous, formData) =>
    runAction(
      options,
      formData,
      (base) => base,
      "public_action_address",
      (context) => context.caller.clientAddress,
    );
}

/** An action of the signed-in member; limited per member. */
export function memberAction<S extends z.ZodType, T = unknown>(
  options: MemberActionOptions<S, T>,
): ServerAction<T> {
  return (_previous, formData) =>
    runAction(
      { refundRefusals: true, ...options },
      formData,
      (base): ActionFailure | MemberActionContext => {
        const { member, sessionId } = base.caller;
        if (!member) return { ok: false, formError: "errors.signedOut" };
        if (options.requireConfirmedEmail && !member.emailVerifiedAt) {
          return { ok: false, formError: "errors.emailUnconfirmed" };
        }
        return { ...base, member, sessionId };
      },
      "member_action_minute",
      (context) => context.member.id,
    );
}
