import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { members } from "@/db/schema";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import type { ProfileInput } from "@/lib/validation/profile";
import { defaultHeadline } from "./headline";
import { canonicalCity, cityPartOf, storedLocation, timeZoneFor } from "./places";

// The profile of ONE member: the caller passes the signed-in member's id (from the session,
// never from a form). Search reads the same columns (its documents are generated from them), so
// a saved profile is found by its new words at once.

export interface EditableProfile {
  name: string;
  email: string;
  headline: string;
  title: string;
  company: string;
  country: string;
  city: string;
  timeZone: string;
  industry: string;
  about: string;
  photoId: string | null;
  onboardedAt: Date | null;
}

export async function getEditableProfile(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<EditableProfile | null> {
  const [row] = await db
    .select({
      name: members.name,
      email: members.email,
      headline: members.headline,
      title: members.title,
      company: members.company,
      country: members.country,
      location: members.location,
      timeZone: members.timeZone,
      industry: members.industry,
      about: members.about,
      photoId: members.photoId,
      onboardedAt: members.onboardedAt,
    })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  if (!row) return null;
  const { location, ...rest } = row;
  return { ...rest, city: cityPartOf(location, row.country) };
}

/**
 * Saves the profile in one UPDATE and ends the onboarding (if it was still open). A city typed in
 * German or Italian is stored in its English form; no time zone chosen means the city's own.
 */
export async function updateProfile(
  db: Executor,
  { memberId, ...input }: ProfileInput & { memberId: string },
): Promise<{ ok: true } | { ok: false; fieldErrors: Record<string, string> }> {
  if (input.city && !input.country) {
    return { ok: false, fieldErrors: { country: "profileEdit.validation.countryRequired" } };
  }
  const city = canonicalCity(input.city, input.country);
  const timeZone =
    input.timeZone || (input.country ? (timeZoneFor(city, input.country) ?? "") : "");
  const [owner] = await db
    .select({ locale: members.locale })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  if (!owner) return { ok: false, fieldErrors: {} };
  const locale = isLocale(owner.locale) ? owner.locale : "en";
  const [saved] = await db
    .update(members)
    .set({
      headline: input.headline || defaultHeadline(input.title, input.company, locale),
      title: input.title,
      company: input.company,
      country: input.country,
      location: storedLocation(city, input.country),
      timeZone,
      industry: input.industry,
      about: input.about,
      onboardedAt: sql`coalesce(${members.onboardedAt}, ${now().toISOString()}::timestamptz)`,
    })
    .where(eq(members.id, memberId))
    .returning({ id: members.id });
  if (!saved) return { ok: false, fieldErrors: {} };
  log.info({ memberId }, "profile saved");
  return { ok: true };
}

/** "Skip for now": the onboarding is not shown again; Settings → Profile stays open. */
export async function finishOnboarding(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<void> {
  await db
    .update(members)
    .set({
      onboardedAt: sql`coalesce(${members.onboardedAt}, ${now().toISOString()}::timestamptz)`,
    })
    .where(eq(members.id, memberId));
}

export async function updateName(
  db: Executor,
  { memberId, name }: { memberId: string; name: string },
): Promise<void> {
  await db.update(members).set({ name }).where(eq(members.id, memberId));
  log.info({ memberId }, "name changed");
}
