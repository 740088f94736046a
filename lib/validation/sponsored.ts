import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { isIndustry } from "@/lib/profile/industries";
import { isKnownCountry } from "@/lib/profile/places";
import { checkTemplate } from "@/lib/recruiting/templates";
import { textField } from "./text";

// The Sponsored InMail actions' schemas. Messages are i18n keys of the `sponsored` namespace; the
// lengths are numbers of the sponsored_policy row, so the schema is built from it.

export interface SponsoredLimits {
  subjectMax: number;
  bodyMax: number;
  ctaMax: number;
  nameMax: number;
}

/** Words a title must contain one of, and company names: each list this long at most. */
export const AUDIENCE_TERMS_MAX = 10;
const TERM_MAX = 60;
const URL_MAX = 2000;

const campaignId = z.uuid("sponsored.refusals.not_found");

function template(field: "subject" | "body", max: number) {
  return textField({
    max,
    required: true,
    multiline: field === "body",
    messages: {
      required: `sponsored.errors.${field}Required`,
      tooLong: `sponsored.errors.${field}TooLong`,
    },
  }).superRefine((value, ctx) => {
    const problem = checkTemplate(value);
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message:
          problem.kind === "unknown_variable"
            ? "sponsored.errors.unknownVariable"
            : "sponsored.errors.fallbackTooLong",
      });
    }
  });
}

/** An https address to send clicks to (nothing else: no javascript:, no plain http). */
const ctaUrl = z
  .string({ error: "validation.invalid" })
  .max(URL_MAX, "sponsored.errors.ctaUrlInvalid")
  .transform((value, ctx) => {
    const text = value.trim();
    const url = URL.canParse(text) ? new URL(text) : null;
    if (url?.protocol !== "https:" || !url.hostname.includes(".") || url.username) {
      ctx.addIssue({ code: "custom", message: "sponsored.errors.ctaUrlInvalid" });
      return z.NEVER;
    }
    return url.toString();
  });

/** A comma-separated list typed into one field: trimmed, lower-cased, deduplicated, bounded. */
function termList(message: string) {
  return z
    .string({ error: "validation.invalid" })
    .max(AUDIENCE_TERMS_MAX * (TERM_MAX + 2), message)
    .optional()
    .transform((value, ctx) => {
      const terms = [
        ...new Set(
          (value ?? "")
            .split(",")
            .map((t) => t.trim().replace(/\s+/g, " ").toLowerCase())
            .filter(Boolean),
        ),
      ];
      if (terms.length > AUDIENCE_TERMS_MAX || terms.some((t) => t.length > TERM_MAX)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return terms;
    });
}

const pickList = (valid: (value: string) => boolean) =>
  z
    .array(z.string().max(100))
    .max(50)
    .transform((values, ctx) => {
      const unique = [...new Set(values.filter(Boolean))];
      if (unique.some((v) => !valid(v))) {
        ctx.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
      return unique;
    });

/** Fields that may repeat in the campaign form (checkbox groups). */
export const SPONSORED_REPEATED = ["countries", "industries", "languages"] as const;

export function sponsoredCampaignSchema(limits: SponsoredLimits) {
  return z.object({
    name: textField({
      max: limits.nameMax,
      required: true,
      messages: {
        tooLong: "sponsored.errors.nameTooLong",
        required: "sponsored.errors.nameRequired",
      },
    }),
    // A template may run a little longer than its limit (a variable's name is longer than most
    // values); each message is measured as rendered for its member before it is delivered.
    subjectTemplate: template("subject", limits.subjectMax + 40),
    bodyTemplate: template("body", limits.bodyMax + 300),
    ctaLabel: textField({
      max: limits.ctaMax,
      required: true,
      messages: {
        tooLong: "sponsored.errors.ctaLabelTooLong",
        required: "sponsored.errors.ctaLabelRequired",
      },
    }),
    ctaUrl,
    countries: pickList(isKnownCountry),
    industries: pickList(isIndustry),
    languages: pickList((v) => (LOCALES as readonly string[]).includes(v)),
    titleTerms: termList("sponsored.errors.termsInvalid"),
    companies: termList("sponsored.errors.termsInvalid"),
  });
}

export type SponsoredCampaignInput = z.infer<ReturnType<typeof sponsoredCampaignSchema>>;

export function editSponsoredSchema(limits: SponsoredLimits) {
  return sponsoredCampaignSchema(limits).extend({ campaignId });
}

export const sponsoredCampaignIdSchema = z.object({ campaignId });

/** A budget in whole units of the currency ("50" is $50.00), bounded by the policy on use. */
export const fundSponsoredSchema = z.object({
  campaignId,
  budget: z
    .string({ error: "validation.invalid" })
    .max(12, "sponsored.errors.budgetInvalid")
    .transform((value, ctx) => {
      const text = value.trim().replace(/[,\s]/g, "");
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) {
        ctx.addIssue({ code: "custom", message: "sponsored.errors.budgetInvalid" });
        return z.NEVER;
      }
      return Math.round(Number(text) * 100);
    }),
  /** Where the money comes from: the advertiser's ad balance, or a payment. */
  source: z.enum(["checkout", "balance"], "validation.invalid").optional().default("checkout"),
});

export const changeSponsoredSchema = z.object({
  campaignId,
  change: z.enum(["pause", "resume", "end"], "validation.invalid"),
});

export const sponsoredDeliveryIdSchema = z.object({
  deliveryId: z.uuid("sponsored.refusals.not_found"),
});
