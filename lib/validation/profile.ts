import { z } from "zod";
import { INDUSTRIES } from "@/lib/profile/industries";
import { COUNTRIES, timeZones } from "@/lib/profile/places";
import { NAME_MAX, PASSWORD_MAX, PROFILE_LIMITS } from "@/lib/text/fields";
import { emailField } from "./auth";
import { optionalTextField, textField } from "./text";

// Settings → Profile, the onboarding after sign-up and Settings → Account. Shared by the forms
// (counters, limits) and the actions (the truth). Messages are i18n keys in `profile`.

const INDUSTRY_NAMES = INDUSTRIES.map((i) => i.name) as [string, ...string[]];
const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as [string, ...string[]];

const tooLong = (field: keyof typeof PROFILE_LIMITS) => ({
  tooLong: `profileEdit.validation.${field}TooLong`,
});

/** An optional choice from a list: "" (or nothing) means "not said". */
const optionalChoice = (values: readonly [string, ...string[]], message: string) =>
  z
    .string()
    .max(100, message)
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || values.includes(v), message);

export const profileSchema = z.object({
  headline: optionalTextField({ max: PROFILE_LIMITS.headline, messages: tooLong("headline") }),
  title: optionalTextField({ max: PROFILE_LIMITS.title, messages: tooLong("title") }),
  company: optionalTextField({ max: PROFILE_LIMITS.company, messages: tooLong("company") }),
  country: optionalChoice(COUNTRY_CODES, "profileEdit.validation.countryUnknown"),
  city: optionalTextField({ max: PROFILE_LIMITS.city, messages: tooLong("city") }),
  timeZone: z
    .string()
    .max(64, "profileEdit.validation.timeZoneUnknown")
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || timeZones().has(v), "profileEdit.validation.timeZoneUnknown"),
  industry: optionalChoice(INDUSTRY_NAMES, "profileEdit.validation.industryUnknown"),
  about: optionalTextField({
    max: PROFILE_LIMITS.about,
    multiline: true,
    messages: tooLong("about"),
  }),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const nameSchema = z.object({
  name: textField({
    max: NAME_MAX,
    required: true,
    messages: { required: "validation.nameRequired", tooLong: "validation.nameTooLong" },
  }),
});

export const emailChangeSchema = z.object({
  email: emailField,
  currentPassword: z.string().min(1, "validation.passwordRequired").max(PASSWORD_MAX),
});
