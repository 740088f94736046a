// npm run bench:http -- [--seconds 3] [--rounds 3] [--concurrency 8]
//
// The app at size, over HTTP, on a production build (`npm run build` first: it runs
// .next/standalone/server.js). Uses the big data set in .data/bench (or the database named by
// DATABASE_URL) and seeds it on the first run: 100,000 members, ~1,000,000 messages, the recruiter
// demo account with 5,000 conversations, one thread of 2,000 messages and one of 5.
//
// Prints, interleaved round by round at a fixed concurrency, req/s and p50/p99 of: the cheapest
// page of the app (the ceiling: the signed-out "forgot password" page, which reads nothing), the
// inbox of a small and of the heavy member, a search in the heavy inbox, a thread of 5 and of 2,000 messages, a broad member
// search, a profile, My Premium and the send-InMail action — each also as a ratio to the
// ceiling. Then the send service alone (8 senders; one sender sending 8 at a time) against a
// TPC-B-like transaction through the same driver in the same run; the gzipped JavaScript each
// route loads; the server's resident memory. Loopback only, bounded in time; asserts nothing.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { connectPostgres, type Database } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { communicationSettings, members } from "@/db/schema";
import { bulkThreads, SMALL_INBOX_THREADS } from "@/db/seed/bulk-messages";
import { demoAccount } from "@/db/seed/demo-accounts";
import { rowsOf } from "@/db/sql";
import { createSession } from "@/lib/auth/sessions";
import { addGrant } from "@/lib/credits/grants";
import { sendInmail } from "@/lib/messaging/send-inmail";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "3" },
    rounds: { type: "string", default: "3" },
    concurrency: { type: "string", default: "8" },
    "service-seconds": { type: "string", default: "5" },
    /** Only the scenarios whose name contains this (e.g. "inbox"); the rest of the run as usual. */
    only: { type: "string" },
    /** Write a CPU profile of the server into this directory (node --cpu-prof). */
    profile: { type: "string" },
    /** Write each page's HTML, as the server answered it, into this directory (to look at). */
    dump: { type: "string" },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONCURRENCY = Number(args.concurrency);
const SERVICE_SECONDS = Number(args["service-seconds"]);
const SECRET = randomBytes(33).toString("base64");
const COOKIE = "authjs.session-token";
const BIG_SEED = ["--members", "100000", "--messages", "1000000"];
/** InMails one sender may send per hour (rate limit inmail_hour): each sender stays below it. */
const SENDS_PER_SENDER = 24;
const RUN = randomBytes(3).toString("hex");

for (const [name, value] of Object.entries({ SECONDS, ROUNDS, CONCURRENCY, SERVICE_SECONDS })) {
  if (!Number.isFinite(value) || value <= 0 || value > 600) {
    console.error(`${name.toLowerCase()} must be a number between 0 and 600`);
    process.exit(2);
  }
}
if (!existsSync(".next/standalone/server.js")) {
  console.error("no production build: run `npm run build` first");
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

/** The big data set: seeded on the first run, messages added to an older member-only one. */
async function ensureDataSet(db: Database, url: string) {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from members`);
  const count = row?.n ?? 0;
  if (count > 0 && (await bulkThreads(db))) return;
  if (count > 0 && count < 100_000) {
    throw new Error(
      `the benchmark database has ${count} members, not the big data set: seed it with ` +
        `\`npm run db:seed -- ${BIG_SEED.join(" ")} --reset\` (DATA_DIR=.data/bench)`,
    );
  }
  console.log("seeding the big data set (once; about a minute)…");
  await run(process.execPath, ["--import", "tsx", "db/seed/cli.ts", ...BIG_SEED], {
    ...process.env,
    DATABASE_URL: url,
  });
}

async function sessionCookie(db: Database, memberId: string): Promise<string> {
  const sid = await createSession(db, { memberId, userAgent: "bench:http" });
  const token = await encode({ token: { sub: memberId, sid }, secret: SECRET, salt: COOKIE });
  return `${COOKIE}=${token}`;
}

/**
 * Members for the benchmark, with default settings and a confirmed address: `fresh` ones for
 * this run only (senders: every pair of sender and recipient is then new), or the same ones
 * every run (recipients), created on the first.
 */
async function benchMembers(
  db: Database,
  label: string,
  count: number,
  { fresh }: { fresh: boolean },
): Promise<string[]> {
  const prefix = fresh ? `bench-${RUN}-${label}` : `bench-${label}`;
  const ids: string[] = [];
  for (let from = 0; from < count; from += 1000) {
    const handles = Array.from(
      { length: Math.min(1000, count - from) },
      (_, k) => `${prefix}-${from + k}`,
    );
    const created = await db
      .insert(members)
      .values(
        handles.map((handle, k) => ({
          handle,
          email: `${handle}@example.com`,
          passwordHash: "not-a-real-hash",
          name: `Bench ${label} ${from + k}`,
          emailVerifiedAt: new Date(),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: members.id });
    if (created.length > 0) {
      await db.insert(communicationSettings).values(created.map((m) => ({ memberId: m.id })));
    }
    const rows = await rowsOf<{ id: string }>(
      db,
      sql`select id from members where handle = any(${sql.param(handles)}::text[])
          order by handle`,
    );
    ids.push(...rows.map((m) => m.id));
  }
  return ids;
}

/** Credits for this run's senders, written as the credits service writes any grant. */
async function grantCreditsForBenchmark(db: Database, ids: string[], amount: number, key: string) {
  await db.transaction(async (tx) => {
    for (const memberId of ids) {
      await addGrant(tx, {
        memberId,
        source: "adjustment",
        amount,
        at: new Date(),
        lifetimeDays: 30,
        idempotencyKey: `${key}:${memberId}`,
        reason: "benchmark",
      });
    }
  });
}

interface Scenario {
  name: string;
  /** One request; resolves to whether it was answered as the scenario expects. */
  request(): Promise<boolean>;
}

interface Tally {
  latencies: number[];
  seconds: number;
  failures: number;
}

async function drive(scenario: Scenario, seconds: number, tally: Tally) {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const ok = await scenario.request().catch(() => false);
      tally.latencies.push(performance.now() - t0);
      if (!ok) tally.failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  tally.seconds += (performance.now() - started) / 1000;
}

/** Pages fetched by the scenarios, by path, for --dump. */
const pageBodies = new Map<string, string>();

function page(
  base: string,
  path: string,
  cookie?: string,
  expect?: string,
): () => Promise<boolean> {
  return async () => {
    const response = await fetch(`${base}${path}`, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: "manual",
    });
    const body = await response.text();
    if (args.dump && !pageBodies.has(path)) pageBodies.set(path, body);
    return response.status === 200 && (!expect || body.includes(expect));
  };
}

async function main() {
  const { url, release } = await databaseUrlForTool({ dataDir: ".data/bench" });
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 8 });
  const db = handle.db;
  try {
    await ensureDataSet(db, url);
    const threads = await bulkThreads(db);
    if (!threads) throw new Error("the bulk messages are missing");
    const byEmail = async (email: string) => {
      const [m] = await rowsOf<{ id: string; handle: string }>(
        db,
        sql`select id, handle from members where email = ${email}`,
      );
      if (!m) throw new Error(`${email} is missing: is this the demo data set?`);
      return m;
    };
    // A small inbox: the seed's member with one page of conversations (20), the same page the
    // heavy member's inbox shows, out of 5,000. The other pages are seen by the Premium demo
    // account (search, a profile, My Premium, the compose page).
    const [twenty] = await rowsOf<{ email: string }>(
      db,
      sql`select m.email from thread_participants p join members m on m.id = p.member_id
          where m.email not like '%@demo.inmail.test'
          group by m.id, m.email having count(*) = ${SMALL_INBOX_THREADS}::int
          order by m.email limit 1`,
    );
    if (!twenty) {
      throw new Error(
        `no member with ${SMALL_INBOX_THREADS} conversations: the data set predates them, seed it ` +
          `again with \`npm run db:seed -- ${BIG_SEED.join(" ")} --reset\` (DATA_DIR=.data/bench)`,
      );
    }
    const small = await byEmail(twenty.email);
    const viewer = await byEmail(demoAccount("premium").email);
    const heavy = await byEmail(demoAccount("recruiter").email);
    const [profile] = await rowsOf<{ handle: string }>(
      db,
      sql`select handle from members where email not like '%@demo.inmail.test'
          and headline <> '' order by email limit 1 offset 500`,
    );
    const [sizes] = await rowsOf<{ small: number; heavy: number; long: number; short: number }>(
      db,
      sql`select
        (select count(*)::int from thread_participants where member_id = ${small.id}) as small,
        (select count(*)::int from thread_participants where member_id = ${heavy.id}) as heavy,
        (select count(*)::int from messages where thread_id = ${threads.longThreadId}) as long,
        (select count(*)::int from messages where thread_id = ${threads.shortThreadId}) as short`,
    );
    console.log(
      `data: inbox small ${sizes?.small} threads, heavy ${sizes?.heavy}; threads of ${sizes?.long} and ${sizes?.short} messages`,
    );

    // Senders of this run for the action (each below the hourly InMail limit) and their
    // recipients: every pair is new, so every send is a real one.
    const senderCount = 200;
    const senders = await benchMembers(db, "sender", senderCount, { fresh: true });
    const recipients = await benchMembers(db, "recipient", SENDS_PER_SENDER, { fresh: false });
    await grantCreditsForBenchmark(db, senders, 1_000, `bench:${RUN}`);
    const senderCookies = await Promise.all(senders.map((id) => sessionCookie(db, id)));
    const smallCookie = await sessionCookie(db, small.id);
    const viewerCookie = await sessionCookie(db, viewer.id);
    const heavyCookie = await sessionCookie(db, heavy.id);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    console.log(`starting the production server on ${base}…`);
    const cpuProfile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
    const server = spawn(process.execPath, [...cpuProfile, ".next/standalone/server.js"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NODE_ENV: "production",
        APP_ENV: "production",
        DATABASE_URL: url,
        AUTH_SECRET: SECRET,
        APP_URL: base,
        AUTH_URL: base,
        DEMO_DATA: "off",
        WORKER: "off",
        LOG_LEVEL: "warn",
        SMTP_URL: "",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    try {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`${base}/api/health`)).ok) break;
        } catch {
          if (i > 240) throw new Error("the server did not start");
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }

      const sendAction = actionOfBuild("sendInmailAction");
      let nextPair = 0;
      const sendRequest = async () => {
        const pair = nextPair++;
        const sender = pair % senderCount;
        const recipient = Math.floor(pair / senderCount);
        const recipientId = recipients[recipient];
        if (recipientId === undefined) throw new Error("out of sender/recipient pairs");
        const form = new FormData();
        form.append("recipientId", recipientId);
        form.append("idempotencyKey", randomUUID());
        form.append("subject", "A role on our platform team");
        form.append("body", "Hello! Your work on distributed systems caught my eye.");
        form.append("category", "career_opportunity");
        const response = await fetch(`${base}${sendAction.path}`, {
          method: "POST",
          headers: {
            "Next-Action": sendAction.id,
            Accept: "text/x-component",
            Cookie: senderCookies[sender] ?? "",
          },
          body: (await encodeReply([null, form])) as BodyInit,
          redirect: "manual",
        });
        await response.arrayBuffer();
        // A sent InMail redirects to its thread.
        return (
          response.status === 303 ||
          (response.headers.get("x-action-redirect") ?? "").includes("/messaging/")
        );
      };

      const scenarios: Scenario[] = [
        { name: "cheapest page (ceiling)", request: page(base, "/forgot-password") },
        { name: "inbox, small", request: page(base, "/messaging", smallCookie) },
        { name: "inbox, 5,000 threads", request: page(base, "/messaging", heavyCookie) },
        // Searching one's conversations: a word in many messages, and one in none (the most a
        // search reads: every message of the 200 conversations of its window).
        {
          name: "inbox search “thanks”, 5,000 threads",
          request: page(base, "/messaging?q=thanks", heavyCookie),
        },
        {
          name: "inbox search, no match, 5,000 threads",
          request: page(base, "/messaging?q=zzqxnothing", heavyCookie),
        },
        {
          name: "thread of 5",
          request: page(base, `/messaging/${threads.shortThreadId}`, heavyCookie),
        },
        {
          name: "thread of 2,000",
          request: page(base, `/messaging/${threads.longThreadId}`, heavyCookie),
        },
        { name: "search “engineer”", request: page(base, "/search?q=engineer", viewerCookie) },
        { name: "profile", request: page(base, `/in/${profile?.handle}`, viewerCookie) },
        { name: "My Premium", request: page(base, "/premium/my", viewerCookie) },
        { name: "send InMail (action)", request: sendRequest },
      ];
      if (args.only) {
        const only = args.only;
        scenarios.splice(
          0,
          scenarios.length,
          ...scenarios.filter((s, i) => i === 0 || s.name.includes(only)),
        );
      }
      // Warm up: every route compiled into memory and its queries planned once.
      for (const s of scenarios) for (let i = 0; i < 3; i++) await s.request().catch(() => false);
      if (args.dump) {
        mkdirSync(args.dump, { recursive: true });
        for (const [path, body] of pageBodies) {
          writeFileSync(`${args.dump}/${path.replace(/[^\w]+/g, "_")}.html`, body);
        }
      }
      const tallies = new Map<string, Tally>(
        scenarios.map((s) => [s.name, { latencies: [], seconds: 0, failures: 0 }]),
      );
      console.log(
        `${ROUNDS} rounds × ${scenarios.length} scenarios × ${SECONDS} s, ${CONCURRENCY} requests at a time…`,
      );
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of scenarios) await drive(s, SECONDS, tallies.get(s.name) as Tally);
      }
      const rate = (t: Tally) => t.latencies.length / t.seconds;
      const p = (t: Tally, q: number) =>
        percentile(
          [...t.latencies].sort((a, b) => a - b),
          q,
        );
      const ceiling = tallies.get("cheapest page (ceiling)") as Tally;
      console.log("\n| over HTTP | req/s | p50 ms | p99 ms | × ceiling (req/s) | failed |");
      console.log("|---|---|---|---|---|---|");
      for (const s of scenarios) {
        const t = tallies.get(s.name) as Tally;
        console.log(
          `| ${s.name} | ${rate(t).toFixed(0)} | ${p(t, 0.5).toFixed(1)} | ${p(t, 0.99).toFixed(1)} | ${(rate(t) / rate(ceiling)).toFixed(2)}× | ${t.failures} |`,
        );
      }
      // Latency ratios of scenarios measured in this run (--only may leave one side out).
      const latencyRatio = (label: string, a: string, b: string) => {
        const [ta, tb] = [tallies.get(a), tallies.get(b)];
        if (ta && tb) console.log(`${label}: ${(p(ta, 0.5) / p(tb, 0.5)).toFixed(2)}×`);
      };
      console.log("");
      latencyRatio(
        "latency (p50) thread of 2,000 vs thread of 5",
        "thread of 2,000",
        "thread of 5",
      );
      latencyRatio(
        "latency (p50) inbox of 5,000 threads vs small inbox",
        "inbox, 5,000 threads",
        "inbox, small",
      );

      await clientWeight(base, [
        ["/messaging", smallCookie],
        [`/messaging/new?to=${profile?.handle}`, viewerCookie],
        ["/search?q=engineer", viewerCookie],
        [`/in/${profile?.handle}`, viewerCookie],
        [`/messaging/${threads.longThreadId}`, heavyCookie],
      ]);
      console.log(
        `\nserver resident memory after the run: ${rssMb(server.pid ?? 0).toFixed(0)} MB`,
      );
    } finally {
      server.kill("SIGTERM");
    }

    await serviceAlone(db, url);
  } finally {
    // The members of a run (with all they sent) and its sessions go again, this run's and any an
    // interrupted run left: every run measures the same data set, not one grown by the runs
    // before it. Their handles are `bench-<run>-…`; the lasting ones have no run in theirs.
    await db.execute(sql`delete from members where handle ~ '^bench-[0-9a-f]{6}-'`);
    await db.execute(sql`delete from member_sessions where user_agent = 'bench:http'`);
    // …and the space they took is cleaned now, not by autovacuum during the next run.
    await db.execute(sql`vacuum (analyze)`);
    await handle.close();
    await release();
  }
}

/** The action id of this build's export `name` and a page path it is posted to. */
function actionOfBuild(name: string): { id: string; path: string } {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { workers: Record<string, unknown>; exportedName: string }> };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName !== name) continue;
    const worker = Object.keys(entry.workers).find((w) => w.includes("messaging/new"));
    if (worker) return { id, path: "/messaging/new" };
  }
  throw new Error(`no ${name} in this build`);
}

/**
 * Gzipped JavaScript a first visit to each route loads: the script tags of its HTML and every
 * chunk its flight data names (the browser fetches those as soon as the payload is read, e.g.
 * the error boundaries' code, though no script tag names them). A `nomodule` script (Next's
 * polyfills for browsers without ES modules) is never fetched by a browser that runs modules;
 * it is printed apart, not added.
 */
async function clientWeight(base: string, routes: [string, string][]) {
  console.log("\n| route | scripts | JavaScript, gzipped | largest scripts | HTML, gzipped |");
  console.log("|---|---|---|---|---|");
  const sizes = new Map<string, number>();
  const gzipped = async (src: string) => {
    let size = sizes.get(src);
    if (size === undefined) {
      size = gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
      sizes.set(src, size);
    }
    return size;
  };
  let nomodule = 0;
  for (const [path, cookie] of routes) {
    const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    const html = await response.text();
    const loaded = new Set<string>();
    const polyfills = new Set<string>();
    for (const tag of html.matchAll(/<script\b[^>]*>/g)) {
      const src = tag[0].match(/\ssrc="([^"?]+)/)?.[1];
      if (!src) continue; // inline flight data: read below for the chunks it names
      if (/\snomodule/i.test(tag[0])) {
        polyfills.add(src);
        nomodule = Math.max(nomodule, await gzipped(src));
      } else loaded.add(src);
    }
    for (const named of html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)) {
      if (!polyfills.has(named[0])) loaded.add(named[0]);
    }
    const each = await Promise.all(
      [...loaded].map(async (src) => [src, await gzipped(src)] as const),
    );
    const total = each.reduce((sum, [, size]) => sum + size, 0);
    const largest = each
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([src, size]) => `${src.split("/").pop()} ${(size / 1024).toFixed(0)}`)
      .join(", ");
    const label = path.startsWith("/in/")
      ? "/in/…"
      : path.startsWith("/messaging/new")
        ? "/messaging/new?to=…"
        : path.startsWith("/messaging/")
          ? "/messaging/[thread]"
          : path;
    const page = (gzipSync(Buffer.from(html)).length / 1024).toFixed(0);
    console.log(
      `| ${label} | ${loaded.size} | ${(total / 1024).toFixed(0)} KB | ${largest} | ${page} KB |`,
    );
  }
  console.log(
    `(not counted: ${(nomodule / 1024).toFixed(0)} KB of nomodule polyfills, fetched only by browsers without ES modules)`,
  );
}

/** The send service in-process, and the TPC-B-like ceiling through the same driver. */
async function serviceAlone(db: Database, url: string) {
  const recipients = await benchMembers(db, "service-recipient", 20_000, { fresh: false });
  const senders = await benchMembers(db, "service-sender", 9, { fresh: true });
  await grantCreditsForBenchmark(db, senders, 100_000, `bench-service:${RUN}`);
  let nextRecipient = 0;
  const sendOne = async (senderId: string) => {
    const recipientId = recipients[nextRecipient++];
    if (!recipientId) throw new Error("out of recipients");
    const result = await sendInmail(db, {
      senderId,
      recipientId,
      idempotencyKey: randomUUID(),
      subject: "A role on our platform team",
      body: "Hello! Your work on distributed systems caught my eye.",
      category: "career_opportunity",
      contactEmail: "",
      contactPhone: "",
    });
    if (!result.ok) throw new Error(`send refused: ${result.reason}`);
  };
  const timed = async (workers: number, one: (worker: number) => Promise<void>) => {
    const until = performance.now() + SERVICE_SECONDS * 1000;
    const started = performance.now();
    let done = 0;
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        while (performance.now() < until) {
          await one(w);
          done++;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  };

  // TPC-B-like (pgbench's default script), scale 8: 8 branches, 80 tellers, 800,000 accounts.
  const pg = postgres(url, { max: 8, onnotice: () => {} });
  await pg.unsafe(`
    drop schema if exists bench_tpcb cascade;
    create schema bench_tpcb;
    create table bench_tpcb.branches (bid int primary key, bbalance int not null, filler char(88));
    create table bench_tpcb.tellers (tid int primary key, bid int not null, tbalance int not null, filler char(84));
    create table bench_tpcb.accounts (aid int primary key, bid int not null, abalance int not null, filler char(84));
    create table bench_tpcb.history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
    insert into bench_tpcb.branches select b, 0 from generate_series(1, 8) b;
    insert into bench_tpcb.tellers select t, 1 + (t - 1) / 10, 0 from generate_series(1, 80) t;
    insert into bench_tpcb.accounts select a, 1 + (a - 1) / 100000, 0 from generate_series(1, 800000) a;
    analyze bench_tpcb.branches, bench_tpcb.tellers, bench_tpcb.accounts;`);
  const random = (n: number) => 1 + Math.floor(Math.random() * n);
  const tpcb = async () => {
    const aid = random(800_000);
    const tid = random(80);
    const bid = random(8);
    const delta = random(10_000) - 5_000;
    await pg.begin(async (tx) => {
      await tx`update bench_tpcb.accounts set abalance = abalance + ${delta} where aid = ${aid}`;
      await tx`select abalance from bench_tpcb.accounts where aid = ${aid}`;
      await tx`update bench_tpcb.tellers set tbalance = tbalance + ${delta} where tid = ${tid}`;
      await tx`update bench_tpcb.branches set bbalance = bbalance + ${delta} where bid = ${bid}`;
      await tx`insert into bench_tpcb.history (tid, bid, aid, delta, mtime)
               values (${tid}, ${bid}, ${aid}, ${delta}, current_timestamp)`;
    });
  };

  console.log(`\nsend service alone vs TPC-B-like, ${SERVICE_SECONDS} s each, interleaved:`);
  const rates = { tpcb: [] as number[], eight: [] as number[], one: [] as number[] };
  for (let round = 0; round < 2; round++) {
    rates.tpcb.push(await timed(8, () => tpcb()));
    rates.eight.push(await timed(8, (w) => sendOne(senders[w] as string)));
    rates.one.push(await timed(8, () => sendOne(senders[8] as string)));
  }
  await pg.unsafe("drop schema bench_tpcb cascade");
  await pg.end();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ceiling = mean(rates.tpcb);
  console.log("| in-process | per second | × TPC-B-like |");
  console.log("|---|---|---|");
  console.log(`| TPC-B-like transaction, 8 clients (ceiling) | ${ceiling.toFixed(0)} | 1.00× |`);
  console.log(
    `| sendInmail, 8 senders | ${mean(rates.eight).toFixed(0)} | ${(mean(rates.eight) / ceiling).toFixed(2)}× |`,
  );
  console.log(
    `| sendInmail, 1 sender, 8 at a time | ${mean(rates.one).toFixed(0)} | ${(mean(rates.one) / ceiling).toFixed(2)}× |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
