// npm run bench:sponsored -- [--members 100000] [--rounds 5]
//
// What Sponsored InMail costs at size, on a database of its own (DATABASE_URL, else an embedded
// PostgreSQL in .data/bench-sponsored/, seeded on its first run with --members members spread
// over countries, industries, titles and settings). Prints, each next to a ceiling measured in
// the same run through the same driver (the machine is shared: ratios, not absolute times):
//   - counting an audience (what saving a draft does) against a plain count of the members table;
//   - the statement every page view runs (queue a delivery if one may be due) against `select 1`;
//   - deliveries per second, 8 at a time over two connection pools ("instances"), against the
//     bare shape of one (lock a row, insert a row, in one transaction).
// Asserts nothing.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { connectPostgres, type Database } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { rowsOf } from "@/db/sql";
import { createSession } from "@/lib/auth/sessions";
import { countAudience, exclusionReason, matchesAudience } from "./audience";
import { createSponsoredCampaign } from "./campaigns";
import { deliverSponsored, offerSponsored } from "./delivery";

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "100000" },
    rounds: { type: "string", default: "5" },
  },
});
const MEMBERS = Number(values.members);
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(MEMBERS) || MEMBERS < 1000 || MEMBERS > 1_000_000) {
  console.error("--members must be a whole number from 1,000 to 1,000,000");
  process.exit(2);
}
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 20) {
  console.error("--rounds must be 1 to 20");
  process.exit(2);
}
const RUN = randomUUID().slice(0, 8);
const DELIVERIES = 2000;

async function seed(db: Database) {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from members`);
  if ((row?.n ?? 0) >= MEMBERS) return;
  console.log(`seeding ${MEMBERS} members…`);
  await db.execute(sql`
    insert into members (name, email, handle, password_hash, headline, company, title, country,
      industry, locale, email_verified_at, onboarded_at)
    select 'Member ' || g, 'm' || g || '@bench.invalid', 'bench-' || g, 'not-a-real-hash', '',
      (array['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'])[1 + g % 5],
      (array['Software Engineer', 'Sales Manager', 'Designer', 'Data Analyst', 'Nurse'])[1 + g % 5],
      (array['DE', 'IT', 'US', 'GB', 'FR', 'CH', 'AT'])[1 + g % 7],
      (array['Software', 'Finance', 'Healthcare', 'Retail', 'Energy'])[1 + (g / 7)::int % 5],
      (array['en', 'de', 'it'])[1 + g % 3], now(), now()
    from generate_series(1, ${MEMBERS}) g`);
  await db.execute(sql`
    insert into communication_settings (member_id, accepts_inmail, sponsored_messages)
    select id, (hashtext(id::text) % 10) <> 0,
      case when hashtext(id::text) % 3 = 0 then true else null end
    from members`);
  await db.execute(sql`analyze`);
}

/** p50 of `run` over `times` calls, in milliseconds. */
async function p50(times: number, run: () => Promise<unknown>): Promise<number> {
  const taken: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    taken.push(performance.now() - started);
  }
  taken.sort((a, b) => a - b);
  return taken[Math.floor(taken.length / 2)] as number;
}

async function main() {
  const { url, release } = await databaseUrlForTool({ dataDir: ".data/bench-sponsored" });
  await migrateDatabase(url);
  const a = connectPostgres(url, { max: 8 });
  const b = connectPostgres(url, { max: 8 });
  const db = a.db;
  try {
    await seed(db);
    // The numbers of the policy row for a run: every bench delivery is a new member's first.
    await db.execute(sql`update sponsored_policy set min_audience_size = 1, price_per_send_cents = 1,
      min_budget_cents = 1, max_budget_cents = 100000000`);
    const [advertiser] = await rowsOf<{ id: string }>(db, sql`select id from members limit 1`);
    if (!advertiser) throw new Error("no members");
    const draft = async (input: Record<string, string[]>) => {
      const created = await createSponsoredCampaign(db, {
        advertiserId: advertiser.id,
        input: {
          name: `bench ${RUN}`,
          subjectTemplate: "Hello {firstName}",
          bodyTemplate: "A message for people at {company|your company}.",
          ctaLabel: "Learn more",
          ctaUrl: "https://example.com/",
          countries: [],
          industries: [],
          languages: [],
          titleTerms: [],
          companies: [],
          ...input,
        },
      });
      if (!created.ok) throw new Error(created.reason);
      return created.campaignId;
    };

    console.log(
      `\ncounting an audience of ${MEMBERS.toLocaleString("en")} members, p50 of ${ROUNDS}:`,
    );
    console.log("| audience | matching | p50 ms | × plain count |");
    console.log("|---|---|---|---|");
    const audiences: [string, Record<string, string[]>][] = [
      ["everyone", {}],
      ["one country", { countries: ["DE"] }],
      ["two title words", { titleTerms: ["engineer", "manager"] }],
      [
        "country + industry + language",
        { countries: ["DE"], industries: ["Software"], languages: ["en"] },
      ],
    ];
    for (const [label, input] of audiences) {
      const id = await draft(input);
      const plain = await p50(ROUNDS, () => db.execute(sql`select count(*) from members`));
      let matching = 0;
      const count = await p50(ROUNDS, async () => {
        matching = (await countAudience(db, id)).matching;
      });
      console.log(
        `| ${label} | ${matching.toLocaleString("en")} | ${count.toFixed(1)} | ${(count / plain).toFixed(1)}× (plain ${plain.toFixed(1)} ms) |`,
      );
      await db.execute(sql`delete from sponsored_campaigns where id = ${id}`);
    }

    // A running campaign for everyone, with budget for every delivery of the run.
    const campaignId = await draft({});
    await db.execute(sql`update sponsored_campaigns set status = 'active', launched_at = now(),
      budget_cents = 100000000 where id = ${campaignId}`);
    // Members the campaign may reach (the one rule), each given a live session: online.
    const online = await rowsOf<{ id: string }>(
      db,
      sql`select m.id from sponsored_campaigns c
          join members m on ${matchesAudience}
          left join communication_settings cs on cs.member_id = m.id
          where c.id = ${campaignId} and (${exclusionReason()}) is null
            and not exists (select 1 from sponsored_deliveries d where d.member_id = m.id)
          limit ${DELIVERIES}`,
    );
    for (const m of online) await createSession(db, { memberId: m.id, userAgent: "bench" });

    const probe = online[0]?.id as string;
    const ceiling = await p50(200, () => db.execute(sql`select 1`));
    const offer = await p50(200, () => offerSponsored(db, probe));
    await db.execute(sql`delete from graphile_worker._private_jobs`).catch(() => undefined);
    console.log("\na page view's offer (one statement) against `select 1`, p50 of 200:");
    console.log(
      `offer ${(offer * 1000).toFixed(0)} µs, select 1 ${(ceiling * 1000).toFixed(0)} µs: ${(offer / ceiling).toFixed(1)}×`,
    );

    // Deliveries, 8 at a time over two pools, against lock + insert (the bare shape of one).
    await db.execute(sql`create table if not exists bench_locks (id int primary key)`);
    await db.execute(
      sql`create table if not exists bench_rows (id bigserial, lock_id int, at timestamptz)`,
    );
    await db.execute(
      sql`insert into bench_locks select g from generate_series(1, 8) g on conflict do nothing`,
    );
    const timed = async (count: number, work: (i: number) => Promise<unknown>) => {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = next++; i < count; i = next++) await work(i);
        }),
      );
      return count / ((performance.now() - started) / 1000);
    };
    const bare = await timed(DELIVERIES, (i) =>
      (i % 2 ? a : b).db.transaction(async (tx) => {
        await tx.execute(sql`select 1 from bench_locks where id = ${1 + (i % 8)} for update`);
        await tx.execute(sql`insert into bench_rows (lock_id, at) values (${1 + (i % 8)}, now())`);
      }),
    );
    let delivered = 0;
    const deliveries = await timed(online.length, async (i) => {
      const outcome = await deliverSponsored((i % 2 ? a : b).db, {
        memberId: (online[i] as { id: string }).id,
      });
      if (outcome.delivered) delivered++;
    });
    console.log("\ndeliveries, 8 at a time over two pools:");
    console.log(
      `${deliveries.toFixed(0)}/s (${delivered} of ${online.length} delivered) against lock + insert ${bare.toFixed(0)}/s: ${(deliveries / bare).toFixed(2)}×`,
    );
    await db.execute(sql`drop table bench_locks, bench_rows`);
  } finally {
    await a.close();
    await b.close();
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
