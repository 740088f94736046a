import { z } from "zod";
import { INMAIL_CATEGORIES, type InmailCategory } from "@/db/schema/categories";
import { measureText } from "@/lib/text/count";
import { normalizeSignature, SIGNATURE_MAX } from "@/lib/text/fields";
import { textField } from "./text";

export { normalizeSignature, SIGNATURE_MAX };

// Settings → Communications. Shared by the form (live counter) and the action (the truth).
// Messages are i18n keys in the `settings` namespace.

/** What the live counter shows and the server checks: the stored signature, measured. */
export function measureSignature(text: string) {
  return measureText(normalizeSignature(text), SIGNATURE_MAX);
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
  signature: textField({
    max: SIGNATURE_MAX,
    multiline: true,
    messages: { tooLong: "settings.validation.signatureTooLong" },
  }),
  emailNotifications: checkbox,
  readReceipts: checkbox,
  showPresence: checkbox,
  /** Sponsored messages: saving the form makes the member's choice explicit (EU default off). */
  sponsoredMessages: checkbox,
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
    readReceipts: formData.get("readReceipts") ?? undefined,
    showPresence: formData.get("showPresence") ?? undefined,
    sponsoredMessages: formData.get("sponsoredMessages") ?? undefined,
  };
}
