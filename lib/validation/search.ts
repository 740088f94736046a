import { z } from "zod";
import { DEGREE_FILTERS, SEARCH_TEXT_MAX } from "@/lib/text/fields";

export { DEGREE_FILTERS, type DegreeFilter, SEARCH_TEXT_MAX } from "@/lib/text/fields";
export const SEARCH_CURSOR_MAX = 500;

/**
 * One search parameter from the URL: the first value if repeated, trimmed, without control
 * characters; blank, too long or malformed becomes "not given" — a bad link never errors.
 */
function searchParam(max: number) {
  return z
    .preprocess(
      (value) => (Array.isArray(value) ? value[0] : value),
      z
        .string()
        .max(max * 16)
        .transform((v) => v.replace(/\p{Cc}/gu, " ").trim())
        .pipe(z.string().max(max))
        .transform((v) => v || undefined)
        .optional(),
    )
    .catch(undefined);
}

export const memberSearchParamsSchema = z.object({
  q: searchParam(SEARCH_TEXT_MAX),
  location: searchParam(SEARCH_TEXT_MAX),
  industry: searchParam(SEARCH_TEXT_MAX),
  degree: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(DEGREE_FILTERS))
    .optional()
    .catch(undefined),
  after: searchParam(SEARCH_CURSOR_MAX),
  /** Previous page: the first row of the page the member came back from. */
  before: searchParam(SEARCH_CURSOR_MAX),
});

export type MemberSearchParams = z.infer<typeof memberSearchParamsSchema>;

/** Never throws: whatever arrives in the URL yields usable (possibly empty) search parameters. */
export function parseMemberSearchParams(raw: unknown): MemberSearchParams {
  const parsed = memberSearchParamsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
