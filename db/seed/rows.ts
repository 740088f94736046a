import { defaultHeadline } from "@/lib/profile/headline";
import { cityPartOf, timeZoneFor } from "@/lib/profile/places";
import type { NewCommunicationSettings, NewMember } from "../schema";
import type { SeedMember } from "./profiles";

/** Database rows for a seeded member. */
export function memberRow(m: SeedMember, passwordHash: string): NewMember {
  return {
    id: m.id,
    handle: m.handle,
    email: m.email,
    passwordHash,
    name: m.name,
    // A headline is the member's own words: the seed writes it in the member's language.
    headline: defaultHeadline(m.title, m.company, m.locale),
    company: m.company,
    title: m.title,
    location: m.location,
    country: m.country,
    industry: m.industryName,
    about: m.about,
    timeZone: timeZoneFor(cityPartOf(m.location, m.country), m.country) ?? "",
    locale: m.locale,
    createdAt: m.createdAt,
    onboardedAt: m.createdAt,
    emailVerifiedAt: m.createdAt,
  };
}

export function settingsRow(m: SeedMember, at: Date): NewCommunicationSettings {
  return {
    memberId: m.id,
    acceptsInmail: m.acceptsInmail,
    interestCategories: m.interestCategories,
    signature: m.signature,
    // Derived from data already drawn, so it adds nothing to the random sequence.
    emailNotifications: m.index % 7 !== 3,
    openProfile: m.openProfile,
    // Sponsored messages: a third chose yes (in the EU too), the rest never chose (yes outside
    // the EU, no inside it). Marco, the Basic demo account in Milan, opted in: the tour shows him
    // a sponsored message.
    sponsoredMessages: m.demo === "basic" || m.index % 3 === 0 ? true : null,
    updatedAt: at,
  };
}

/**
 * When two members connected: after both joined, spread over the time since. Derived from the
 * pair number (not the PRNG) so rows can be built lazily in any batch order.
 */
export function connectedAt(x: SeedMember, y: SeedMember, at: Date, pair: number): Date {
  const since = Math.max(x.createdAt.getTime(), y.createdAt.getTime());
  const fraction = ((pair * 2_654_435_761) % 1_000_003) / 1_000_003;
  return new Date(since + (at.getTime() - since) * fraction);
}
