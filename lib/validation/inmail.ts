import { z } from "zod";
import type { CompositionLimits } from "@/db/queries/policy";
import { DECLINE_REASONS, INMAIL_CATEGORIES } from "@/db/schema/categories";
import { measureText } from "@/lib/text/count";
import { bodyWithSignature } from "@/lib/text/fields";
import { optionalTextField, textField } from "./text";

// Shared by the compose form (live counters, disabled submit) and the server action (the truth).
// Limits come from the inmail_policy row; messages are i18n keys in the `compose` namespace.

export { bodyWithSignature };

/** The body with the signature, measured as the counter shows it and the server checks it. */
export function measureInmailBody(body: string, signature: string, maxCharacters: number) {
  return measureText(bodyWithSignature(body, signature), maxCharacters);
}

/** An optional short field (contact details): bounded before it is trimmed or matched. */
function optionalShort(max: number, message: string) {
  return z
    .string()
    .max(max * 4, message)
    .optional()
    .transform((v) => (v ?? "").trim());
}

/** Digits with the usual separators, an optional leading +; 6–15 digits (E.164 allows 15). */
const PHONE = /^\+?[\d\s().-]+$/;

/** An optional phone number (empty, or 6–15 digits with the usual separators). */
function optionalPhone(message: string) {
  return optionalShort(30, message).pipe(
    z
      .string()
      .max(30, message)
      .refine((v) => v === "" || (PHONE.test(v) && /^\D*(\d\D*){6,15}$/.test(v)), message),
  );
}

/** The fields of an InMail for these limits, built once per set of limits (policy changes are rare). */
function inmailFields(limits: CompositionLimits) {
  return z.object({
    recipientId: z.uuid("compose.errors.recipientMissing"),
    idempotencyKey: z.uuid("compose.errors.formExpired"),
    subject: textField({
      max: limits.subjectMaxCharacters,
      required: true,
      messages: {
        required: "compose.errors.subjectRequired",
        tooLong: "compose.errors.subjectTooLong",
      },
    }),
    body: textField({
      max: limits.bodyMaxCharacters,
      required: true,
      multiline: true,
      messages: {
        required: "compose.errors.bodyRequired",
        tooLong: "compose.errors.bodyTooLong",
      },
    }),
    category: z.enum(INMAIL_CATEGORIES, "compose.errors.categoryRequired"),
    contactEmail: optionalShort(254, "compose.errors.contactEmailInvalid").pipe(
      z.union([
        z.literal(""),
        z
          .email("compose.errors.contactEmailInvalid")
          .max(254, "compose.errors.contactEmailInvalid"),
      ]),
    ),
    contactPhone: optionalPhone("compose.errors.contactPhoneInvalid"),
  });
}

const fieldSchemas = new Map<string, ReturnType<typeof inmailFields>>();

/** The InMail fields for these limits; the signature is checked apart (inmailFitsSignature). */
export function inmailFieldsSchema(limits: CompositionLimits): ReturnType<typeof inmailFields> {
  const key = `${limits.subjectMaxCharacters}:${limits.bodyMaxCharacters}`;
  let schema = fieldSchemas.get(key);
  if (!schema) {
    // Bounded: one entry per policy the process has seen, forgotten past a handful.
    if (fieldSchemas.size >= 8) fieldSchemas.clear();
    schema = inmailFields(limits);
    fieldSchemas.set(key, schema);
  }
  return schema;
}

/** The signature counts toward the body's limit (seed 000). */
export function inmailFitsSignature(body: string, signature: string, limits: CompositionLimits) {
  return measureInmailBody(body, signature, limits.bodyMaxCharacters).ok;
}

export function composeInmailSchema(limits: CompositionLimits, signature: string) {
  return inmailFieldsSchema(limits).superRefine((v, ctx) => {
    if (!inmailFitsSignature(v.body, signature, limits)) {
      ctx.addIssue({ code: "custom", path: ["body"], message: "compose.errors.bodyTooLong" });
    }
  });
}
export type ComposeInmailInput = z.infer<ReturnType<typeof inmailFields>>;

export function messageSchema(limits: CompositionLimits) {
  return z.object({
    idempotencyKey: z.uuid("compose.errors.formExpired"),
    body: textField({
      max: limits.messageMaxCharacters,
      required: true,
      multiline: true,
      messages: {
        required: "compose.errors.messageRequired",
        tooLong: "compose.errors.messageTooLong",
      },
    }),
  });
}

export const QUICK_REPLIES = ["interested", "not_interested", "later"] as const;
export type QuickReply = (typeof QUICK_REPLIES)[number];

/** "Ask me later": in one to four weeks. */
export const LATER_WEEKS = [1, 2, 3, 4] as const;

const checkbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((v) => v === "on");

export function quickReplySchema(limits: CompositionLimits) {
  return z.object({
    idempotencyKey: z.uuid("compose.errors.formExpired"),
    answer: z.enum(QUICK_REPLIES, "compose.errors.invalid"),
    note: optionalTextField({
      max: limits.quickReplyNoteMaxCharacters,
      multiline: true,
      messages: { tooLong: "compose.errors.noteTooLong" },
    }),
    /** With "Not interested": why, if they want to say. */
    reason: z
      .union([z.enum(DECLINE_REASONS), z.literal("")])
      .optional()
      .transform((v) => v || null),
    /** With "Ask me later": in how many weeks. */
    weeks: z
      .union([z.enum(["1", "2", "3", "4"]), z.literal("")])
      .optional()
      .transform((v) => (v ? Number(v) : 2)),
    /** With "Interested": share the account's address, and a phone number, if they choose. */
    shareEmail: checkbox,
    phone: optionalPhone("inbox.errors.phoneInvalid"),
  });
}
