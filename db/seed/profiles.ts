import { randomUUID } from "node:crypto";
import { slugifyName } from "@/lib/auth/handle";
import { addDays } from "@/lib/clock";
import { INMAIL_CATEGORIES, type InmailCategory } from "../schema/enums";
import { INDUSTRIES } from "./companies";
import { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountKey } from "./demo-accounts";
import { asciiFold, NAMES } from "./names";
import { REGIONS } from "./places";
import type { PlanId } from "./plans";
import type { Random } from "./random";

/** One seeded member: profile, communication settings and plan, plus where it sits in the graph. */
export interface SeedMember {
  index: number;
  id: string;
  demo?: DemoAccountKey;
  name: string;
  firstName: string;
  email: string;
  handle: string;
  title: string;
  company: string;
  /** Index into INDUSTRIES and REGIONS (graph clusters), and their names for the profile. */
  industry: number;
  region: number;
  industryName: string;
  country: string;
  /** "Munich, Germany". */
  location: string;
  locale: "de" | "it" | "en";
  about: string;
  createdAt: Date;
  /** Joined recently and has no connections yet: out of everyone's network. */
  newcomer: boolean;
  acceptsInmail: boolean;
  interestCategories: InmailCategory[];
  signature: string;
  openProfile: boolean;
  planId: PlanId;
  subscribedAt?: Date;
}

const PLAN_MIX = [
  ["premium_career", 35],
  ["premium_business", 30],
  ["sales_navigator", 15],
  ["recruiter_lite", 20],
] as const;

const ABOUT: Record<SeedMember["locale"], readonly string[]> = {
  en: [
    "{years} years in {industry}, now {title} at {company} in {city}. I work on {focus} and enjoy mentoring people who are new to the field.",
    "{title} at {company}. Most of my time goes into {focus}. Happy to compare notes with peers across Europe.",
  ],
  de: [
    "Seit {years} Jahren in der Branche {industry}, derzeit {title} bei {company} in {city}. Offen für Austausch und neue Projekte.",
    "{title} bei {company}. Ich freue mich über Kontakte, die ebenfalls an {focus} arbeiten.",
  ],
  it: [
    "{title} presso {company} a {city}. Da {years} anni nel settore {industry}, sempre aperto a nuove collaborazioni.",
    "Lavoro in {company} come {title}. Mi interessano soprattutto {focus}.",
  ],
};

const GREETING = { en: "Best regards,", de: "Viele Grüße,", it: "Cordiali saluti," } as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}

export function emailFor(firstName: string, lastName: string, n: number): string {
  return `${asciiFold(firstName)}.${asciiFold(lastName)}${n}@example.com`;
}

/** Builds all members: the demo accounts first, then `count - demo` generated ones. */
export function generateMembers(random: Random, count: number, at: Date): SeedMember[] {
  const handles = new Set<string>();
  const members = DEMO_ACCOUNTS.map((account, index) => demoMember(account, index, at));
  for (const m of members) handles.add(m.handle);
  const regionWeights = REGIONS.map((r, i) => [i, r.weight] as const);
  const industryWeights = INDUSTRIES.map((ind, i) => [i, ind.weight] as const);

  for (let index = members.length; index < count; index++) {
    const region = random.weighted(regionWeights);
    const place = random.pick(REGIONS[region]?.cities ?? []);
    const industry = random.weighted(industryWeights);
    const sector = INDUSTRIES[industry] as (typeof INDUSTRIES)[number];
    const pool = NAMES[place.names];
    const firstName = random.pick(pool.first);
    const lastName = random.pick(pool.last);
    const name = `${firstName} ${lastName}`;
    let handle = `${slugifyName(name)}-${random.hex6()}`;
    while (handles.has(handle)) handle = `${slugifyName(name)}-${random.hex6()}`;
    handles.add(handle);
    const title = random.pick(sector.titles);
    const company = random.pick(sector.companies);
    const country = REGIONS[region] as (typeof REGIONS)[number];
    const newcomer = random.chance(0.04);
    const ageDays = newcomer ? random.int(1, 20) : random.int(90, 1500);
    const premium = !newcomer && random.chance(0.25);
    const planId: PlanId = premium ? random.weighted(PLAN_MIX) : "basic";
    const about = fill(random.pick(ABOUT[place.locale]), {
      years: random.int(3, 25),
      industry: sector.name,
      title,
      company,
      city: place.city,
      focus: random.pick(sector.focus),
    });
    const categories = random.sample(INMAIL_CATEGORIES, random.int(1, 4));
    members.push({
      index,
      id: randomUUID(),
      name,
      firstName,
      email: emailFor(firstName, lastName, index),
      handle,
      title,
      company,
      industry,
      region,
      industryName: sector.name,
      country: country.country,
      location: `${place.city}, ${country.countryName}`,
      locale: place.locale,
      about,
      createdAt: addDays(at, -ageDays - random.next()),
      newcomer,
      acceptsInmail: !random.chance(0.1),
      // Canonical order, so the same set always reads the same.
      interestCategories: INMAIL_CATEGORIES.filter((c) => categories.includes(c)),
      signature: random.chance(premium ? 0.6 : 0.25)
        ? `${GREETING[place.locale]}\n${name}\n${title}, ${company}`
        : "",
      openProfile: premium && random.chance(0.1),
      planId,
      subscribedAt: premium ? addDays(at, -random.int(1, 80) - random.next()) : undefined,
    });
  }
  return members;
}

function demoMember(account: DemoAccount, index: number, at: Date): SeedMember {
  const region = REGIONS.findIndex((r) => r.country === account.country);
  const industry = INDUSTRIES.findIndex((i) => i.name === account.industry);
  if (region < 0 || industry < 0) throw new Error(`demo account ${account.key}: bad place`);
  return {
    index,
    id: randomUUID(),
    demo: account.key,
    name: account.name,
    firstName: account.name.split(" ")[0] ?? account.name,
    email: account.email,
    handle: account.handle,
    title: account.title,
    company: account.company,
    industry,
    region,
    industryName: account.industry,
    country: account.country,
    location: `${account.city}, ${REGIONS[region]?.countryName}`,
    // The tour accounts read English (the README and the journeys speak it); switching language
    // in the app saves another one for them.
    locale: "en",
    about: account.about,
    createdAt: addDays(at, -400 - index),
    newcomer: false,
    acceptsInmail: account.acceptsInmail,
    interestCategories: account.interestCategories,
    signature: account.signature,
    openProfile: false,
    planId: account.planId,
    subscribedAt:
      account.subscribedDaysAgo === undefined ? undefined : addDays(at, -account.subscribedDaysAgo),
  };
}
