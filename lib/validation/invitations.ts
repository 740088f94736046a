import { z } from "zod";
import { countCharacters, normalizeNewlines } from "@/lib/text/count";

// Shared by the invitation forms (live counter) and the actions (the truth). Messages are i18n
// keys in the `invitations` namespace.

export const NOTE_MAX = 300;

export function normalizeNote(note: string): string {
  return normalizeNewlines(note).trim();
}

export const noteField = z
  .string()
  .optional()
  .transform((v) => normalizeNote(v ?? ""))
  .refine((v) => countCharacters(v) <= NOTE_MAX, "invitations.errors.noteTooLong");

export const inviteMemberSchema = z.object({
  inviteeId: z.uuid("invitations.refusals.not_found"),
  note: noteField,
});

export const inviteEmailSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "invitations.errors.emailRequired")
    .max(254, "invitations.errors.emailInvalid")
    .pipe(z.email("invitations.errors.emailInvalid"))
    .transform((v) => v.toLowerCase()),
  note: noteField,
});

export const invitationIdSchema = z.object({
  invitationId: z.uuid("invitations.refusals.not_found"),
});

export const removeConnectionSchema = z.object({
  memberId: z.uuid("invitations.refusals.not_found"),
});
