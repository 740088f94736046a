// npm run bench -- [--members N] [--rounds N]
//
// Times what "My Network" and search ask of the database on a large data set: degree lookups
// between random members, and search pages (full text, typo, filters, degree filters, a second
// page by keyset). Prints the numbers; it asserts nothing — targets are read off, not tested.
//
// Target: DATABASE_URL if set (a database of its own: it is seeded if empty), else an embedded
// PostgreSQL of its own in .data/bench/, seeded on first run with --members (default 100000).
// Later runs reuse the data.
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { connectPostgres, type DatabaseHandle, type Executor } from "../client";
import { databaseUrlForTool } from "../embedded/connect";
import { migrateDatabase } from "../migrate";
import { degreeBetween } from "../queries/network";
import { type MemberSearch, searchMembers } from "../queries/search";
import { seedDemoData } from "../seed/demo";
import { rowsOf } from "../sql";

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "100000" },
    rounds: { type: "string", default: "50" },
  },
});
const wanted = Number(values.members);
const rounds = Number(values.rounds);
if (!Number.isInteger(wanted) || wanted < 50 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("--members must be a whole number ≥ 50 and --rounds ≥ 1");
  process.exit(2);
}

async function open(): Promise<{ handle: DatabaseHandle; target: string }> {
  const { url, release } = await databaseUrlForTool({ dataDir: ".data/bench" });
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 1 });
  const target = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL in .data/bench";
  return {
    handle: {
      ...handle,
      async close() {
        await handle.close();
        await release();
      },
    },
    target,
  };
}

/** A tiny deterministic generator, so every run measures the same lookups. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    p50: at(0.5).toFixed(2),
    p95: at(0.95).toFixed(2),
    max: (sorted.at(-1) ?? 0).toFixed(2),
  };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

async function main() {
  const { handle, target } = await open();
  const db: Executor = handle.db;
  try {
    let [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from members`);
    if (!count?.n) {
      console.log(`Seeding ${wanted} members into ${target} (once; later runs reuse them)…`);
      const [ms] = await time(() =>
        seedDemoData(db, { members: wanted, onProgress: (m) => console.log(`  ${m}`) }),
      );
      await db.execute(sql`analyze`);
      console.log(`  seeded in ${(ms / 1000).toFixed(1)} s`);
      [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from members`);
    }
    const [edges] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from connections`,
    );
    console.log(
      `${target}: ${count?.n} members, ${(edges?.n ?? 0) / 2} connections; ${rounds} rounds each`,
    );

    const ids = (await rowsOf<{ id: string }>(db, sql`select id from members order by id`)).map(
      (r) => r.id,
    );
    const pick = lcg(20261124);
    const member = () => ids[pick(ids.length)] as string;

    // Warm the caches once, as a running server would be.
    await degreeBetween(db, { viewerId: member(), otherId: member() });

    const degreeTimes: number[] = [];
    const byDegree = new Map<string, number>();
    for (let i = 0; i < rounds * 4; i++) {
      const [ms, degree] = await time(() =>
        degreeBetween(db, { viewerId: member(), otherId: member() }),
      );
      degreeTimes.push(ms);
      const key = degree === null ? "out" : String(degree);
      byDegree.set(key, (byDegree.get(key) ?? 0) + 1);
    }
    console.log(
      `\ndegree lookup, random pairs (${degreeTimes.length}; mostly out of network, the slowest answer) ms:`,
      stats(degreeTimes),
      "found:",
      Object.fromEntries([...byDegree].sort()),
    );

    // Pairs that are close: the end of a random walk of 1–3 steps from the viewer.
    const nearTimes: number[] = [];
    const nearByDegree = new Map<string, number>();
    for (let i = 0; i < rounds * 4; i++) {
      const viewerId = member();
      const steps = 1 + (i % 3);
      let at = viewerId;
      for (let s = 0; s < steps; s++) {
        const next = await rowsOf<{ id: string }>(
          db,
          sql`select connected_member_id as id from connections where member_id = ${at}`,
        );
        if (next.length === 0) break;
        at = (next[pick(next.length)] as { id: string }).id;
      }
      const otherId = at;
      const [ms, degree] = await time(() => degreeBetween(db, { viewerId, otherId }));
      nearTimes.push(ms);
      const key = degree === null ? "out" : String(degree);
      nearByDegree.set(key, (nearByDegree.get(key) ?? 0) + 1);
    }
    console.log(
      `degree lookup, pairs 1–3 steps apart (${nearTimes.length}) ms:`,
      stats(nearTimes),
      "found:",
      Object.fromEntries([...nearByDegree].sort()),
    );

    const searches: Record<string, Omit<MemberSearch, "viewerId">> = {
      "name prefix 'mar'": { q: "mar" },
      "full name 'sophie becker'": { q: "sophie becker" },
      "typo 'sophie bekcer'": { q: "sophie bekcer" },
      "title word 'engineer'": { q: "engineer" },
      "'engineer' in Munich": { q: "engineer", location: "Munich" },
      "industry only": { industry: "Software" },
      "degree 1": { degree: "1" },
      "degree 2": { degree: "2" },
      "degree 3 + 'manager'": { q: "manager", degree: "3" },
      "out of network + 'manager'": { q: "manager", degree: "out" },
    };
    console.log("\nsearch page (10 results) ms:");
    for (const [label, params] of Object.entries(searches)) {
      const times: number[] = [];
      const secondPage: number[] = [];
      let found = 0;
      for (let i = 0; i < rounds; i++) {
        const viewerId = member();
        const [ms, page] = await time(() => searchMembers(db, { viewerId, ...params }));
        times.push(ms);
        found += page.results.length;
        if (page.nextCursor) {
          const after = page.nextCursor;
          const [ms2] = await time(() => searchMembers(db, { viewerId, ...params, after }));
          secondPage.push(ms2);
        }
      }
      console.log(
        `  ${label.padEnd(28)} first`,
        stats(times),
        secondPage.length ? ["next", stats(secondPage)] : "",
        `avg results ${(found / rounds).toFixed(1)}`,
      );
    }

    // Show that search uses the indexes, not a scan of every member.
    const plan = await rowsOf<{ "QUERY PLAN": string }>(
      db,
      sql`explain select id from members
        where search_document @@ to_tsquery('simple', 'becker:*')`,
    );
    const indexes = [...new Set(plan.flatMap((r) => r["QUERY PLAN"].match(/\w+_idx/g) ?? []))];
    console.log(
      `\nfull-text plan for 'becker' uses: ${indexes.join(", ") || "NO INDEX (sequential scan)"}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
