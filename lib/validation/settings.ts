import { z } from "zod";
import { INMAIL_CATEGORIES, type InmailCategory } from "@/db/schema/categories";
import { countCharacters, normalizeNewlines } from "@/lib/text/count";

// Settings → Communications. Shared by the form (live counter) and the action (the truth).
// Messages are i18n keys in the `settings` namespace.

/** Characters a signature may have; the compose form reserves this room in the InMail body. */
export const SIGNATURE_MAX = 300;

/** The signature as stored: LF line breaks, no leading or trailing blank space. */
export function normalizeSignature(text: string): string {
  return normalizeNewlines(text).trim();
}

/** What the live counter shows and the server checks: characters of the stored signature. */
export function signatureCharacters(text: string): number {
  return countCharacters(normalizeSignature(text));
}

/** An HTML checkbox sends "on" when ticked and nothing at all when not. */
const checkbox = z
  .union([z.literal("on"), z.boolean()], { error: "settings.validation.invalid" })
  .optional()
  .transform((v) => v === "on" || v === true);

/** The categories in the product's order, each once; unknown values are refused. */
const categories = z
  .array(z.enum(INMAIL_CATEGORIES, { error: "settings.validation.categoryUnknown" }), {
    error: "settings.validation.invalid",
  })
  .transform((chosen): InmailCategory[] => INMAIL_CATEGORIES.filter((c) => chosen.includes(c)));

export const communicationSettingsSchema = z.object({
  acceptsInmail: checkbox,
  interestCategories: categories,
  signature: z
    .string({ error: "settings.validation.invalid" })
    .transform(normalizeSignature)
    .refine((v) => countCharacters(v) <= SIGNATURE_MAX, "settings.validation.signatureTooLong"),
  emailNotifications: checkbox,
});

export type CommunicationSettingsInput = z.infer<typeof communicationSettingsSchema>;

/**
 * The raw input from a submitted form. Several checked categories arrive as repeated fields,
 * which Object.fromEntries would collapse to the last one.
 */
export function communicationSettingsFromForm(formData: FormData) {
  return {
    acceptsInmail: formData.get("acceptsInmail") ?? undefined,
    interestCategories: formData.getAll("interestCategories"),
    signature: formData.get("signature") ?? "",
    emailNotifications: formData.get("emailNotifications") ?? undefined,
  };
}
