import { addDays, HOUR } from "@/lib/clock";
import { INMAIL_CATEGORIES } from "../schema/enums";
import type { CreditBook } from "./credits";
import type { DemoAccountKey } from "./demo-accounts";
import type { ConnectionGraph } from "./graph";
import type { SeedMember } from "./profiles";
import type { Random } from "./random";
import { type SeedInmailStatus, ThreadBuilder } from "./thread-builder";

/** Threads come from the first members only: enough for a lively inbox at any seed size. */
const SHOWCASE = 300;
export const SEEDED_THREADS = 40;

/**
 * The inbox: fixed threads the demo accounts rely on (see DEMO_ACCOUNTS) plus random
 * conversations between connections and InMails from premium members, ~40 threads in all.
 */
export function generateThreads(
  random: Random,
  members: readonly SeedMember[],
  graph: ConnectionGraph,
  isBlocked: (i: number, j: number) => boolean,
  book: CreditBook,
  at: Date,
): ThreadBuilder {
  const builder = new ThreadBuilder(random, members, graph, isBlocked, book, at);
  const demo = (key: DemoAccountKey): number => {
    const found = members.find((m) => m.demo === key);
    if (!found) throw new Error(`demo account ${key} missing`);
    return found.index;
  };
  const showcase = members.slice(0, SHOWCASE).filter((m) => !m.demo);
  const premium = showcase.filter((m) => m.planId !== "basic");
  const daysAgo = (days: number, hours = 0) =>
    new Date(addDays(at, -days).getTime() + hours * HOUR);

  /** The first of `pool` (in a seeded order) for which the InMail is allowed and paid for. */
  const inmailFrom = (
    pool: readonly SeedMember[],
    to: number,
    category: (typeof INMAIL_CATEGORIES)[number],
    status: SeedInmailStatus,
    sentAt: Date,
    options?: { readByRecipient?: boolean },
  ) =>
    random
      .sample(pool, pool.length)
      .some((m) => builder.inmail(m.index, to, category, status, sentAt, options));
  const inmailTo = (
    from: number,
    category: (typeof INMAIL_CATEGORIES)[number],
    status: SeedInmailStatus,
    sentAt: Date,
  ) =>
    random
      .sample(showcase, showcase.length)
      .some((m) => builder.inmail(from, m.index, category, status, sentAt));

  const sophie = demo("premium");
  const marco = demo("basic");
  const lukas = demo("recruiter");
  const giulia = demo("career");
  const italians = premium.filter((m) => m.locale === "it");

  builder.message(lukas, sophie, 3, 4, sophie);
  inmailTo(sophie, "career_opportunity", "answered", daysAgo(5));
  inmailTo(sophie, "expertise_request", "refunded", daysAgo(12));
  // Marco reads Italian: the unread InMail waiting for him comes from an Italian speaker if any.
  inmailFrom(italians, marco, "career_opportunity", "awaiting_answer", daysAgo(1)) ||
    inmailFrom(premium, marco, "career_opportunity", "awaiting_answer", daysAgo(1));
  inmailFrom(premium, marco, "expertise_request", "answered", daysAgo(9));
  inmailFrom(premium, sophie, "business_deal", "awaiting_answer", daysAgo(2), {
    readByRecipient: true,
  });
  inmailTo(lukas, "career_opportunity", "answered", daysAgo(20));
  inmailTo(lukas, "career_opportunity", "awaiting_answer", daysAgo(3));
  inmailTo(giulia, "new_venture", "declined", daysAgo(4));
  for (const key of ["optout", "basic"] as const) {
    const me = demo(key);
    const friend = graph.neighborsOf(me).find((i) => !members[i]?.demo);
    if (friend !== undefined) builder.message(friend, me, random.int(2, 20), random.int(2, 5));
  }

  const statuses = [
    ["answered", 4],
    ["declined", 1],
    ["awaiting_answer", 2],
    ["refunded", 1],
  ] as const;
  for (let attempt = 0; builder.threads.length < SEEDED_THREADS && attempt < 2000; attempt++) {
    if (random.chance(0.55) || premium.length === 0) {
      const from = random.pick(showcase).index;
      const to = random.pick(
        graph
          .neighborsOf(from)
          .filter((i) => !members[i]?.demo)
          .concat(from),
      );
      builder.message(
        from,
        to,
        random.int(1, 45),
        random.int(1, 6),
        random.chance(0.3) ? to : undefined,
      );
      continue;
    }
    const status = random.weighted(statuses);
    // Awaiting InMails are younger than the 7-day refund deadline; refunded ones are older.
    const days =
      status === "awaiting_answer"
        ? random.int(0, 6)
        : status === "refunded"
          ? random.int(8, 60)
          : random.int(1, 60);
    const sender = random.pick(premium);
    const sentAt = daysAgo(days, -random.int(1, 20));
    if (sentAt < (sender.subscribedAt ?? at)) continue;
    builder.inmail(
      sender.index,
      random.pick(showcase).index,
      random.pick(INMAIL_CATEGORIES),
      status,
      sentAt,
    );
  }
  return builder;
}
