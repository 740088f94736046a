import { z } from "zod";
import type { CompositionLimits } from "@/db/queries/policy";
import { INMAIL_CATEGORIES } from "@/db/schema/categories";
import { countCharacters, normalizeNewlines } from "@/lib/text/count";

// Shared by the compose form (live counters, disabled submit) and the server action (the truth).
// Limits come from the inmail_policy row; messages are i18n keys in the `compose` namespace.

/** The body as stored and delivered: the member's text, then their signature. */
export function bodyWithSignature(body: string, signature: string): string {
  const text = normalizeNewlines(body).trimEnd();
  const sig = normalizeNewlines(signature).trim();
  return sig ? `${text}\n\n${sig}` : text;
}

/** Characters the body uses, signature included: what the counter shows and the server checks. */
export function inmailBodyCharacters(body: string, signature: string): number {
  return countCharacters(bodyWithSignature(body, signature));
}

const singleLine = (v: string) => v.replace(/[\r\n]+/g, " ").trim();

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());

/** Digits with the usual separators, an optional leading +; 6–15 digits (E.164 allows 15). */
const PHONE = /^\+?[\d\s().-]+$/;

export function composeInmailSchema(limits: CompositionLimits, signature: string) {
  return z
    .object({
      recipientId: z.uuid("compose.errors.recipientMissing"),
      idempotencyKey: z.uuid("compose.errors.formExpired"),
      subject: z.string().transform(singleLine),
      body: z.string().transform((v) => normalizeNewlines(v).trim()),
      category: z.enum(INMAIL_CATEGORIES, "compose.errors.categoryRequired"),
      contactEmail: optionalText.pipe(
        z.union([
          z.literal(""),
          z
            .email("compose.errors.contactEmailInvalid")
            .max(254, "compose.errors.contactEmailInvalid"),
        ]),
      ),
      contactPhone: optionalText.pipe(
        z
          .string()
          .max(30, "compose.errors.contactPhoneInvalid")
          .refine(
            (v) => v === "" || (PHONE.test(v) && /^\D*(\d\D*){6,15}$/.test(v)),
            "compose.errors.contactPhoneInvalid",
          ),
      ),
    })
    .superRefine((v, ctx) => {
      const subjectLength = countCharacters(v.subject);
      if (subjectLength === 0)
        ctx.addIssue({
          code: "custom",
          path: ["subject"],
          message: "compose.errors.subjectRequired",
        });
      if (subjectLength > limits.subjectMaxCharacters) {
        ctx.addIssue({
          code: "custom",
          path: ["subject"],
          message: "compose.errors.subjectTooLong",
        });
      }
      if (countCharacters(v.body) === 0)
        ctx.addIssue({ code: "custom", path: ["body"], message: "compose.errors.bodyRequired" });
      if (inmailBodyCharacters(v.body, signature) > limits.bodyMaxCharacters) {
        ctx.addIssue({ code: "custom", path: ["body"], message: "compose.errors.bodyTooLong" });
      }
    });
}
export type ComposeInmailInput = z.infer<ReturnType<typeof composeInmailSchema>>;

export function messageSchema(limits: CompositionLimits) {
  return z.object({
    idempotencyKey: z.uuid("compose.errors.formExpired"),
    body: z
      .string()
      .transform((v) => normalizeNewlines(v).trim())
      .refine((v) => countCharacters(v) > 0, "compose.errors.messageRequired")
      .refine(
        (v) => countCharacters(v) <= limits.messageMaxCharacters,
        "compose.errors.messageTooLong",
      ),
  });
}

export const QUICK_REPLIES = ["interested", "not_interested"] as const;
export type QuickReply = (typeof QUICK_REPLIES)[number];

export function quickReplySchema(limits: CompositionLimits) {
  return z.object({
    idempotencyKey: z.uuid("compose.errors.formExpired"),
    answer: z.enum(QUICK_REPLIES, "compose.errors.invalid"),
    note: z
      .string()
      .optional()
      .transform((v) => normalizeNewlines(v ?? "").trim())
      .refine(
        (v) => countCharacters(v) <= limits.quickReplyNoteMaxCharacters,
        "compose.errors.noteTooLong",
      ),
  });
}
