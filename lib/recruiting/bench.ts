// npm run bench:campaign -- [--recipients 1000] [--rounds 2]
//
// How long a campaign of 1,000 recipients takes end to end — launch, then the send job's runs
// until every delivery is done, in-process, with one worker and with two at once — and its sends
// per second against the single-InMail send transaction measured in the same run, on the same
// database, one send after another (what a delivery is: one transaction per recipient).
// Interleaved rounds; prints numbers and ratios, asserts nothing.
//
// Target: DATABASE_URL if set (a database of its own), else an embedded PostgreSQL of its own in
// .data/bench-campaign/. Each run adds its own members; nothing is reused between runs.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { connectPostgres, type Database } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { upsertPlans } from "@/db/seed/plans";
import { rowsOf } from "@/db/sql";
import { subscribe } from "@/lib/credits/subscriptions";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { createCampaign, launchCampaign, processCampaign } from "./campaigns";
import { addCandidates, createProject } from "./projects";

const { values } = parseArgs({
  options: {
    recipients: { type: "string", default: "1000" },
    rounds: { type: "string", default: "2" },
  },
});
const RECIPIENTS = Number(values.recipients);
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(RECIPIENTS) || RECIPIENTS < 10 || RECIPIENTS > 1000) {
  console.error("--recipients must be a whole number from 10 to 1000 (the campaign cap)");
  process.exit(2);
}
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 5) {
  console.error("--rounds must be 1 to 5");
  process.exit(2);
}
const RUN = randomUUID().slice(0, 8);

let batch = 0;

/** `count` new members in one statement; their ids. */
async function newMembers(db: Database, kind: string, count: number): Promise<string[]> {
  const label = `${kind}${batch++}`;
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`insert into members (name, email, handle, password_hash, headline, company, title,
          locale, email_verified_at, onboarded_at)
        select 'Bench ' || ${label} || ' ' || g, ${`${label}.${RUN}.`} || g || '@bench.invalid',
          ${`${label}-${RUN}-`} || g, 'not-a-real-hash', 'Engineer', 'Acme', 'Engineer', 'en',
          now(), now()
        from generate_series(1, ${count}) g
        returning id`,
  );
  return rows.map((r) => r.id);
}

/** A Recruiter Lite member with enough credits for everything this run sends. */
async function recruiter(db: Database, credits: number): Promise<string> {
  const [id] = await newMembers(db, "recruiter", 1);
  if (!id) throw new Error("no recruiter");
  const subscribed = await subscribe(db, { memberId: id, planId: "recruiter_lite" });
  if (!subscribed.ok) throw new Error(`subscribe: ${subscribed.reason}`);
  await db.execute(sql`insert into credit_grants (member_id, source, amount, remaining, granted_at,
      expires_at, idempotency_key)
    values (${id}, 'adjustment', ${credits}, ${credits}, now(), now() + interval '90 days',
      ${`bench-campaign:${RUN}:${id}`})`);
  return id;
}

/** Sequential single sends from one sender: the one-transaction-per-recipient ceiling. */
async function singleSends(db: Database, count: number) {
  const sender = await recruiter(db, count + 10);
  const recipients = await newMembers(db, "single", count);
  const started = performance.now();
  for (const recipientId of recipients) {
    const sent = await sendInmail(db, {
      senderId: sender,
      recipientId,
      idempotencyKey: randomUUID(),
      subject: "A role for you, Bench",
      body: "Hello Bench, we are hiring at Acme.",
      category: "career_opportunity",
      contactEmail: "",
      contactPhone: "",
    });
    if (!sent.ok) throw new Error(`send refused: ${sent.reason}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, seconds };
}

/** A whole campaign: project, launch, and the job's runs with `workers` at once until done. */
async function campaign(db: Database, workers: number) {
  const owner = await recruiter(db, RECIPIENTS + 10);
  const audience = await newMembers(db, `cand${workers}`, RECIPIENTS);
  const project = await createProject(db, { ownerId: owner, name: `Bench ${RUN} ${randomUUID()}` });
  if (!project.ok) throw new Error(project.reason);
  await addCandidates(db, { ownerId: owner, projectId: project.projectId, memberIds: audience });
  const created = await createCampaign(db, {
    ownerId: owner,
    projectId: project.projectId,
    name: "Bench",
    subjectTemplate: "A role for you, {firstName}",
    bodyTemplate: "Hello {firstName}, we are hiring at {company|our company}.",
    category: "career_opportunity",
  });
  if (!created.ok) throw new Error(created.reason);
  const campaignId = created.campaignId;
  const started = performance.now();
  const launched = await launchCampaign(db, { ownerId: owner, campaignId });
  if (!launched.ok) throw new Error(`launch: ${launched.reason}`);
  // What the job does, run by `workers` loops at once (each a worker's run after run).
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let run = 0; run < 1_000; run++) {
        const result = await processCampaign(db, { campaignId });
        if (result.state !== "more") break;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [row] = await rowsOf<{ sent: number }>(
    db,
    sql`select count(*)::int as sent from campaign_recipients
        where campaign_id = ${campaignId} and status = 'sent'`,
  );
  const sent = Number(row?.sent ?? 0);
  if (sent !== RECIPIENTS) throw new Error(`sent ${sent} of ${RECIPIENTS}`);
  return { perSecond: sent / seconds, seconds };
}

async function main() {
  const { url, release } = await databaseUrlForTool({ dataDir: ".data/bench-campaign" });
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 8 });
  const db = handle.db;
  try {
    await upsertPlans(db);
    // The queued jobs of the launches are left to no worker here: the loops above are the
    // workers. The benchmark's own rows stay in its database.
    const single: number[] = [];
    const one: { perSecond: number; seconds: number }[] = [];
    const two: { perSecond: number; seconds: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      single.push((await singleSends(db, 300)).perSecond);
      one.push(await campaign(db, 1));
      two.push(await campaign(db, 2));
      single.push((await singleSends(db, 300)).perSecond);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ceiling = mean(single);
    const target = process.env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL";
    console.log(
      `\ncampaign of ${RECIPIENTS} recipients, ${ROUNDS} rounds interleaved (${target}):`,
    );
    console.log("| | end to end | sends/s | × single send |");
    console.log("|---|---|---|---|");
    console.log(
      `| single InMail send transaction, one after another (ceiling) | — | ${ceiling.toFixed(0)} | 1.00× |`,
    );
    for (const [label, results] of [
      ["campaign, 1 worker", one],
      ["campaign, 2 workers at once", two],
    ] as const) {
      const rate = mean(results.map((r) => r.perSecond));
      console.log(
        `| ${label} | ${mean(results.map((r) => r.seconds)).toFixed(1)} s | ${rate.toFixed(0)} | ${(rate / ceiling).toFixed(2)}× |`,
      );
    }
  } finally {
    await handle.close();
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
