import { isLocale, type Locale } from "@/lib/i18n/config";
import { industryLabel } from "@/lib/profile/industries";
import { displayLocation } from "@/lib/profile/places";

/**
 * Campaign templates: text with variables, `{firstName}`, or with a fallback for an empty value,
 * `{company|your team}`. A variable without a fallback that has no value for a recipient skips
 * that recipient ("no value for a required variable") rather than sending "Dear ,".
 *
 * Pure and linear: one pass of one regular expression with no backtracking over the template.
 */
export const TEMPLATE_VARIABLES = [
  "firstName",
  "lastName",
  "company",
  "title",
  "location",
  "industry",
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** A fallback is short plain text: no braces, no line break. */
export const FALLBACK_MAX = 60;

// `{name}` or `{name|fallback}`; anything else in braces is an error the form shows.
const TOKEN = /\{([^{}|\n]{0,40})(?:\|([^{}\n]{0,200}))?\}/g;

export type TemplateProblem =
  | { kind: "unknown_variable"; name: string }
  | { kind: "fallback_too_long"; name: string };

/** What is wrong with a template, if anything (the first problem). */
export function checkTemplate(template: string): TemplateProblem | null {
  for (const match of template.matchAll(TOKEN)) {
    const name = (match[1] ?? "").trim();
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
      return { kind: "unknown_variable", name };
    }
    if ((match[2] ?? "").trim().length > FALLBACK_MAX) return { kind: "fallback_too_long", name };
  }
  return null;
}

export type RecipientValues = Record<TemplateVariable, string>;

export type Rendered = { ok: true; text: string } | { ok: false; missing: TemplateVariable };

/** The template for one recipient. */
export function renderTemplate(template: string, values: RecipientValues): Rendered {
  let missing: TemplateVariable | null = null;
  const text = template.replace(TOKEN, (whole, rawName: string, fallback: string | undefined) => {
    const name = rawName.trim() as TemplateVariable;
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return whole;
    const value = values[name]?.trim();
    if (value) return value;
    const alternative = fallback?.trim();
    if (alternative) return alternative;
    missing ??= name;
    return "";
  });
  return missing ? { ok: false, missing } : { ok: true, text };
}

/** A recipient's values, as their profile has them (industry and place in their language). */
export function recipientValues(member: {
  name: string;
  company: string;
  title: string;
  location: string;
  industry: string;
  locale: string;
}): RecipientValues {
  const locale: Locale = isLocale(member.locale) ? member.locale : "en";
  const [firstName = "", ...rest] = member.name.trim().split(/\s+/);
  const place = displayLocation(member.location, locale);
  return {
    firstName,
    lastName: rest.join(" "),
    company: member.company,
    title: member.title,
    // The city is what a sentence wants ("your move to Munich"); the country if that is all.
    location: place.split(",")[0]?.trim() ?? "",
    industry: member.industry ? industryLabel(member.industry, locale) : "",
  };
}
