import { measureText, normalizeNewlines } from "./count";

// The text rules of the forms that the browser needs too (live counters), without zod: the
// schemas in lib/validation/ build on these, so the two never disagree.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;
/** Characters an invitation note may have (LinkedIn: 300). */
export const NOTE_MAX = 300;
/** Characters a signature may have; the compose form reserves this room in the InMail body. */
export const SIGNATURE_MAX = 300;
export const SEARCH_TEXT_MAX = 100;
/** The degree filter: 1st, 2nd, 3rd, or out of network (further than 3rd or unconnected). */
export const DEGREE_FILTERS = ["1", "2", "3", "out"] as const;
export type DegreeFilter = (typeof DEGREE_FILTERS)[number];

export function normalizeNote(note: string): string {
  return normalizeNewlines(note).trim();
}

/** The signature as stored: LF line breaks, no leading or trailing blank space. */
export function normalizeSignature(text: string): string {
  return normalizeNewlines(text).trim();
}

/** A subject as stored: one line, trimmed. */
export function normalizeSubject(text: string): string {
  return normalizeNewlines(text)
    .replace(/[\n\t]+/g, " ")
    .trim();
}

/** The body as stored and delivered: the member's text, then their signature. */
export function bodyWithSignature(body: string, signature: string): string {
  const text = normalizeNewlines(body).trimEnd();
  const sig = normalizeSignature(signature);
  return sig ? `${text}\n\n${sig}` : text;
}

/**
 * What a live counter shows for `text` against `max`: the characters used (or, when the raw
 * size alone is over, the UTF-16 length, which is never less), and whether it is over.
 */
export function liveCount(text: string, max: number): { used: number; over: boolean } {
  const measured = measureText(text, max);
  if (measured.ok) return { used: measured.characters, over: false };
  return { used: measured.characters ?? text.length, over: true };
}

/** Settings → Profile (characters); LinkedIn's own limits. */
export const PROFILE_LIMITS = {
  headline: 220,
  title: 100,
  company: 100,
  city: 80,
  about: 2_600,
} as const;
