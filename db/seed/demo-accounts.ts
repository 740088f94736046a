import type { InmailCategory } from "../schema/enums";
import type { PlanId } from "./plans";

/** The password of every demo account (not on the common-password list; a test checks it). */
export const DEMO_PASSWORD = "inmail-demo-2026";

export type DemoAccountKey = "premium" | "basic" | "optout" | "recruiter" | "career" | "blocker";

export interface DemoAccount {
  key: DemoAccountKey;
  email: string;
  name: string;
  handle: string;
  planId: PlanId;
  /** Subscription start, in days before the seed ran (premium plans only). */
  subscribedDaysAgo?: number;
  /** What the account is for, in one line (README, e2e). */
  role: string;
  title: string;
  company: string;
  industry: string;
  city: string;
  country: string;
  locale: "de" | "it" | "en";
  acceptsInmail: boolean;
  interestCategories: InmailCategory[];
  signature: string;
  about: string;
}

/**
 * Fixed accounts to sign in with. Facts e2e tests may rely on: Sophie and Lukas are connected;
 * Marco and Giulia are connected; Sophie is connected neither to Marco (2nd degree) nor to Emily;
 * Tobias has blocked Sophie; Emily refuses InMail.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: "premium",
    email: "premium@demo.inmail.test",
    name: "Sophie Becker",
    handle: "sophie-becker-demo",
    planId: "premium_business",
    subscribedDaysAgo: 40,
    role: "Premium Business: has credits, sent InMails (one answered, one refunded)",
    title: "Head of Talent",
    company: "Nordlicht Analytics",
    industry: "Software",
    city: "Munich",
    country: "DE",
    locale: "de",
    acceptsInmail: true,
    interestCategories: ["career_opportunity", "expertise_request", "business_deal"],
    signature: "Best regards,\nSophie Becker\nHead of Talent, Nordlicht Analytics",
    about:
      "I build engineering teams at Nordlicht Analytics in Munich. Always happy to talk to " +
      "data engineers, platform people and anyone who cares about good hiring.",
  },
  {
    key: "basic",
    email: "basic@demo.inmail.test",
    name: "Marco Rossi",
    handle: "marco-rossi-demo",
    planId: "basic",
    role: "Basic (free): no credits, receives InMails and replies to them",
    title: "Production Engineer",
    company: "Officine Brambilla",
    industry: "Manufacturing",
    city: "Milan",
    country: "IT",
    locale: "it",
    acceptsInmail: true,
    interestCategories: ["career_opportunity", "job_inquiry", "expertise_request"],
    signature: "",
    about:
      "Ingegnere di produzione a Milano. Mi occupo di automazione industriale e miglioramento " +
      "continuo; aperto a nuove opportunità.",
  },
  {
    key: "optout",
    email: "optout@demo.inmail.test",
    name: "Emily Clarke",
    handle: "emily-clarke-demo",
    planId: "basic",
    role: "Refuses InMail (privacy settings); sending her one must fail with a reason",
    title: "Head of Compliance",
    company: "Kestrel Payments",
    industry: "Finance",
    city: "London",
    country: "GB",
    locale: "en",
    acceptsInmail: false,
    interestCategories: [],
    signature: "",
    about: "Compliance lead for a payments company in London. I do not take InMail, sorry.",
  },
  {
    key: "recruiter",
    email: "recruiter@demo.inmail.test",
    name: "Lukas Hoffmann",
    handle: "lukas-hoffmann-demo",
    planId: "recruiter_lite",
    subscribedDaysAgo: 70,
    role: "Recruiter Lite: many credits, for campaigns; connected to Sophie",
    title: "Senior Technical Recruiter",
    company: "Alpenbyte Systems",
    industry: "Software",
    city: "Berlin",
    country: "DE",
    locale: "de",
    acceptsInmail: true,
    interestCategories: ["career_opportunity", "job_inquiry", "reference_request"],
    signature: "Viele Grüße\nLukas Hoffmann\nSenior Technical Recruiter, Alpenbyte Systems",
    about:
      "Ich bringe Entwicklerinnen und Entwickler mit Teams zusammen, die zu ihnen passen. " +
      "Schwerpunkt Backend, Cloud und Data.",
  },
  {
    key: "career",
    email: "career@demo.inmail.test",
    name: "Giulia Conti",
    handle: "giulia-conti-demo",
    planId: "premium_career",
    subscribedDaysAgo: 10,
    role: "Premium Career: 5 credits a month; connected to Marco",
    title: "Embedded Software Engineer",
    company: "Strada Mobility",
    industry: "Automotive",
    city: "Turin",
    country: "IT",
    locale: "it",
    acceptsInmail: true,
    interestCategories: ["career_opportunity", "new_venture"],
    signature: "Cordiali saluti,\nGiulia Conti",
    about:
      "Sviluppo software embedded per veicoli elettrici a Torino. Cerco il prossimo passo " +
      "nella mobilità sostenibile.",
  },
  {
    key: "blocker",
    email: "blocker@demo.inmail.test",
    name: "Tobias Wagner",
    handle: "tobias-wagner-demo",
    planId: "basic",
    role: "Has blocked Sophie: neither can reach the other",
    title: "Logistics Manager",
    company: "Hafenlogistik Weber",
    industry: "Logistics",
    city: "Hamburg",
    country: "DE",
    locale: "de",
    acceptsInmail: true,
    interestCategories: ["business_deal"],
    signature: "",
    about: "Logistik im Hamburger Hafen, seit zwölf Jahren.",
  },
];

export function demoAccount(key: DemoAccountKey): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`unknown demo account ${key}`);
  return account;
}
