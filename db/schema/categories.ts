// Plain data (no Drizzle import) so browser code can use it too.

/** The eight InMail categories (seed 001; LinkedIn's historical list). */
export const INMAIL_CATEGORIES = [
  "career_opportunity",
  "consulting_offer",
  "new_venture",
  "job_inquiry",
  "expertise_request",
  "business_deal",
  "reference_request",
  "get_back_in_touch",
] as const;
export type InmailCategory = (typeof INMAIL_CATEGORIES)[number];

/** Why a candidate is not interested in an InMail (optional, chosen by them). */
export const DECLINE_REASONS = ["not_looking", "wrong_role", "location", "pay", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
