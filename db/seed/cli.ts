// npm run db:seed -- [--members N] [--messages N] [--reset] [--seed N]
// Seeds the database named by DATABASE_URL, else the embedded PostgreSQL under DATA_DIR (which
// it starts, or shares with a running dev server).
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { connectPostgres, type DatabaseHandle } from "../client";
import { databaseUrlForTool } from "../embedded/connect";
import { migrateDatabase } from "../migrate";
import { rowsOf } from "../sql";
import { bulkThreads, HEAVY_THREADS, SMALL_INBOX_THREADS, seedBulkMessages } from "./bulk-messages";
import { DEFAULT_SEED, DEFAULT_SEED_MEMBERS, seedDemoData } from "./demo";
import { emptyAllTables } from "./reset";

const USAGE = `Usage: npm run db:seed -- [--members N] [--messages N] [--reset] [--seed N]

  --members N   members in all, demo accounts included (default ${DEFAULT_SEED_MEMBERS})
  --messages N  add about N messages for benchmarks (default 0): the recruiter demo account
                gets ${HEAVY_THREADS} conversations, one of 2,000 messages, and one other member
                ${SMALL_INBOX_THREADS} (needs --members > ${HEAVY_THREADS})
  --reset       empty every table first (all data is lost)
  --seed N      random seed (default ${DEFAULT_SEED}); the same seed gives the same data

Target: DATABASE_URL if set, else the embedded PostgreSQL in DATA_DIR (default .data/).`;

const COUNTED = [
  "members",
  "connections",
  "blocks",
  "subscriptions",
  "credit_grants",
  "credit_ledger_entries",
  "threads",
  "thread_participants",
  "messages",
  "inmails",
  "invitations",
];

async function open(): Promise<DatabaseHandle> {
  const { url, release } = await databaseUrlForTool();
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 1 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await release();
    },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      members: { type: "string" },
      messages: { type: "string", default: "0" },
      seed: { type: "string" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const members = Number(values.members ?? DEFAULT_SEED_MEMBERS);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  const bulk = Number(values.messages);
  if (!Number.isInteger(members) || members < 50 || !Number.isInteger(seed)) {
    console.error(`--members must be a whole number ≥ 50 and --seed a whole number.\n\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(bulk) || bulk < 0 || (bulk > 0 && members <= HEAVY_THREADS + 10)) {
    console.error(
      `--messages needs a whole number and more than ${HEAVY_THREADS} members.\n\n${USAGE}`,
    );
    return 2;
  }

  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const target = process.env.DATABASE_URL ? "DATABASE_URL" : "the embedded PostgreSQL";
  console.log(`Seeding ${members} members into ${target}…`);
  const handle = await open();
  try {
    const { db } = handle;
    if (values.reset) {
      console.log(`[${elapsed()}] emptied ${await emptyAllTables(db)} tables`);
    }
    const [existing] = await rowsOf<{ count: number }>(
      db,
      sql`select count(*)::int as count from members`,
    );
    const addOnly = existing && existing.count > 0 && bulk > 0 && !(await bulkThreads(db));
    if (existing && existing.count > 0 && !addOnly) {
      console.error(
        `The database already has ${existing.count} members. Use --reset to replace them.`,
      );
      return 1;
    }
    if (addOnly) console.log(`[${elapsed()}] ${existing?.count} members there: adding messages`);
    else
      await seedDemoData(db, {
        members,
        seed,
        onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
      });
    if (bulk > 0) {
      const written = await seedBulkMessages(db, { messages: bulk, at: now() });
      console.log(
        `[${elapsed()}] ${written.messages} messages in ${written.threads} threads (${written.heavyMemberEmail} has ${HEAVY_THREADS})`,
      );
    }
    // Fresh planner statistics: without them PostgreSQL misjudges the connection graph after a
    // bulk load and picks sequential scans for degree checks. VACUUM also sets the visibility map,
    // as autovacuum would soon after: until then every index-only scan (unread counts, the inbox)
    // reads the heap too, and the first benchmark after a seed measured a database mid-cleanup.
    await db.execute(sql`vacuum (analyze)`);
    console.log(`[${elapsed()}] vacuumed and analyzed`);
    for (const table of COUNTED) {
      const [row] = await rowsOf<{ count: number }>(
        db,
        sql.raw(`select count(*)::int as count from ${table}`),
      );
      console.log(`  ${table.padEnd(24)} ${row?.count ?? 0}`);
    }
    console.log(`Done in ${elapsed()}. Sign in as premium@demo.inmail.test / inmail-demo-2026.`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
