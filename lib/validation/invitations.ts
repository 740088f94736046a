import { z } from "zod";
import { NOTE_MAX } from "@/lib/text/fields";
import { optionalTextField } from "./text";

// The invitation actions' schemas (the forms' counters use lib/text/fields.ts). Messages are
// i18n keys in the `invitations` namespace.

export { NOTE_MAX, normalizeNote } from "@/lib/text/fields";

export const noteField = optionalTextField({
  max: NOTE_MAX,
  multiline: true,
  messages: { tooLong: "invitations.errors.noteTooLong" },
});

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
