import { spawn } from "node:child_process";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertPlans } from "@/db/seed/plans";
import { rowsOf } from "@/db/sql";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { connect, createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { queuedJobs, runJobs } from "@/db/testing/jobs";
import { fixedClock, setClock } from "@/lib/clock";
import { subscribe } from "@/lib/credits/subscriptions";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { createCreditOrder, fulfilOrder } from "@/lib/payments/orders";
import { setOpenProfile } from "@/lib/settings/open-profile";
import {
  campaignPlan,
  campaignReport,
  changeCampaign,
  createCampaign,
  getCampaign,
  launchCampaign,
  previewCampaign,
  processCampaign,
  updateCampaign,
} from "./campaigns";
import { addCandidates, createProject } from "./projects";

const at = new Date("2026-06-01T08:00:00Z");

async function recruiter() {
  const db = testDb();
  const member = await createMember(db, { name: "Rhea Recruiter" });
  // Recruiter Lite: 30 credits at once.
  expect(await subscribe(db, { memberId: member.id, planId: "recruiter_lite" })).toMatchObject({
    ok: true,
  });
  return member;
}

async function candidate(
  values: { name?: string; company?: string; acceptsInmail?: boolean } = {},
) {
  const db = testDb();
  const member = await createMember(db, {
    name: values.name,
    settings: values.acceptsInmail === false ? { acceptsInmail: false } : {},
  });
  await db.execute(
    sql`update members set company = ${values.company ?? "Acme"}, title = 'Engineer' where id = ${member.id}`,
  );
  return member;
}

async function campaignFor(
  ownerId: string,
  memberIds: string[],
  templates = {
    subject: "A role for you, {firstName}",
    body: "Hello {firstName}, we are hiring at {company}.",
  },
) {
  const db = testDb();
  const project = await createProject(db, { ownerId, name: `P ${Math.random()}` });
  if (!project.ok) throw new Error(project.reason);
  await addCandidates(db, { ownerId, projectId: project.projectId, memberIds });
  const created = await createCampaign(db, {
    ownerId,
    projectId: project.projectId,
    name: "Spring hiring",
    subjectTemplate: templates.subject,
    bodyTemplate: templates.body,
    category: "career_opportunity",
  });
  if (!created.ok) throw new Error(created.reason);
  return created.campaignId;
}

/** What was written, per recipient: InMails and messages from the owner. */
async function sentTo(ownerId: string) {
  return rowsOf<{ recipient: string; inmails: number; messages: number }>(
    testDb(),
    sql`select tp.member_id as recipient,
          count(distinct i.id)::int as inmails,
          count(distinct msg.id)::int as messages
        from messages msg
        join thread_participants tp on tp.thread_id = msg.thread_id and tp.member_id <> ${ownerId}
        left join inmails i on i.thread_id = msg.thread_id and i.sender_id = ${ownerId}
        where msg.sender_id = ${ownerId}
        group by tp.member_id`,
  );
}

async function spends(ownerId: string) {
  const [row] = await rowsOf<{ n: number }>(
    testDb(),
    sql`select count(*)::int as n from credit_ledger_entries where member_id = ${ownerId} and kind = 'spend'`,
  );
  return Number(row?.n);
}

beforeAll(() => upsertPlans(testDb()));

describe("a campaign", () => {
  it("previews, sums up, and sends each recipient what the reach rule allows, once", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const owner = await recruiter();
    const strangers = await Promise.all([candidate(), candidate(), candidate()]);
    const friend = await candidate({ name: "Frieda Freund" });
    await connect(db, owner.id, friend.id);
    const open = await candidate();
    await subscribe(db, { memberId: open.id, planId: "premium_career" });
    await setOpenProfile(db, { memberId: open.id, openProfile: true });
    const refuser = await candidate({ acceptsInmail: false });
    const noCompany = await candidate({ company: "" });
    const all = [...strangers, friend, open, refuser, noCompany];
    const campaignId = await campaignFor(
      owner.id,
      all.map((m) => m.id),
    );
    const campaign = await getCampaign(db, { ownerId: owner.id, campaignId });
    if (!campaign) throw new Error("campaign");

    expect(await campaignPlan(db, campaign)).toEqual({
      recipients: 7,
      inmail: 3,
      openProfile: 1,
      message: 1,
      skipped: { opted_out: 1, missing_value: 1 },
      creditsNeeded: 3,
      creditsAvailable: 30,
    });
    // The preview steps through real recipients, rendered for each.
    const steps = [];
    for (let i = 0; i < 7; i++) steps.push(await previewCampaign(db, campaign, i));
    const friendStep = steps.find((s) => s?.recipient.id === friend.id);
    expect(friendStep?.outcome).toEqual({
      kind: "message",
      subject: "A role for you, Frieda",
      body: "Hello Frieda, we are hiring at Acme.",
    });
    expect(steps.find((s) => s?.recipient.id === noCompany.id)?.outcome).toEqual({
      kind: "skipped",
      reason: "missing_value",
      missing: "company",
    });

    const before = await ledgerBalance(db, owner.id);
    expect(await launchCampaign(db, { ownerId: owner.id, campaignId })).toEqual({
      ok: true,
      recipients: 7,
      warned: false,
    });
    // Launched, its templates are what was sent.
    expect(
      await updateCampaign(db, {
        ownerId: owner.id,
        campaignId,
        name: "Changed",
        subjectTemplate: "x",
        bodyTemplate: "y",
        category: "career_opportunity",
      }),
    ).toEqual({ ok: false, reason: "not_draft" });
    // A second launch (double click) changes nothing.
    expect(await launchCampaign(db, { ownerId: owner.id, campaignId })).toEqual({
      ok: false,
      reason: "not_draft",
    });
    await runJobs();
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe("completed");
    expect(await ledgerBalance(db, owner.id)).toBe(before - 3);
    expect(await spends(owner.id)).toBe(3);
    const written = await sentTo(owner.id);
    expect(written.map((w) => w.recipient).sort()).toEqual(
      [...strangers, friend, open].map((m) => m.id).sort(),
    );
    expect(written.every((w) => w.messages === 1)).toBe(true);
    expect(written.find((w) => w.recipient === friend.id)?.inmails).toBe(0);

    const report = await campaignReport(db, { ownerId: owner.id, campaignId });
    expect(report).toMatchObject({
      recipients: 7,
      pending: 0,
      sent: 5,
      inmail: 3,
      openProfile: 1,
      message: 1,
      skipped: { opted_out: 1, missing_value: 1 },
      answered: 0,
      creditsSpent: 3,
      creditsReturned: 0,
    });
  });

  it("with two workers at once delivers every recipient exactly once, and the ledger is exact", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const owner = await recruiter();
    const people = await Promise.all(Array.from({ length: 24 }, () => candidate()));
    const campaignId = await campaignFor(
      owner.id,
      people.map((m) => m.id),
    );
    expect(await launchCampaign(db, { ownerId: owner.id, campaignId })).toMatchObject({ ok: true });
    // Two workers run the same campaign at the same moment, each a few times over.
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        processCampaign(db, { campaignId, limit: 10 }),
        processCampaign(db, { campaignId, limit: 10 }),
      ]);
    }
    await runJobs();
    const written = await sentTo(owner.id);
    expect(written).toHaveLength(24);
    expect(written.every((w) => w.inmails === 1 && w.messages === 1)).toBe(true);
    expect(await spends(owner.id)).toBe(24);
    expect(await ledgerBalance(db, owner.id)).toBe(30 - 24);
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe("completed");
  });

  it("stops when credits run out, says how many more it needs, and goes on after a resume", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const owner = await recruiter();
    const people = await Promise.all(Array.from({ length: 33 }, () => candidate()));
    const campaignId = await campaignFor(
      owner.id,
      people.map((m) => m.id),
    );
    await launchCampaign(db, { ownerId: owner.id, campaignId });
    await runJobs();
    const stopped = await getCampaign(db, { ownerId: owner.id, campaignId });
    expect(stopped).toMatchObject({ status: "needs_credits", creditsNeeded: 3 });
    expect(await ledgerBalance(db, owner.id)).toBe(0);
    expect(await spends(owner.id)).toBe(30);

    // Pause and cancel are the owner's; a resume without credits stops again at once.
    expect(
      await changeCampaign(db, { ownerId: owner.id, campaignId, change: "resume" }),
    ).toMatchObject({ ok: true, status: "sending" });
    await runJobs();
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe(
      "needs_credits",
    );
    expect(
      await changeCampaign(db, { ownerId: owner.id, campaignId, change: "cancel" }),
    ).toMatchObject({ ok: true, status: "cancelled" });
    const report = await campaignReport(db, { ownerId: owner.id, campaignId });
    expect(report).toMatchObject({ sent: 30, pending: 0, skipped: { cancelled: 3 } });
    expect(await changeCampaign(db, { ownerId: owner.id, campaignId, change: "resume" })).toEqual({
      ok: false,
      reason: "not_running",
    });
  });

  it("of another member looks like none at all", async () => {
    const db = testDb();
    const owner = await recruiter();
    const other = await recruiter();
    const campaignId = await campaignFor(owner.id, [(await candidate()).id]);
    expect(await getCampaign(db, { ownerId: other.id, campaignId })).toBeNull();
    const edit = {
      name: "Mine now",
      subjectTemplate: "Hi",
      bodyTemplate: "Hello",
      category: "career_opportunity" as const,
    };
    expect(await updateCampaign(db, { ...edit, ownerId: other.id, campaignId })).toEqual({
      ok: false,
      reason: "not_found",
    });
    // The owner may edit the draft.
    expect(await updateCampaign(db, { ...edit, ownerId: owner.id, campaignId })).toEqual({
      ok: true,
    });
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.name).toBe("Mine now");
    expect(await launchCampaign(db, { ownerId: other.id, campaignId })).toEqual({
      ok: false,
      reason: "not_found",
    });
    for (const change of ["pause", "resume", "cancel"] as const) {
      expect(await changeCampaign(db, { ownerId: other.id, campaignId, change })).toEqual({
        ok: false,
        reason: "not_found",
      });
    }
    expect(await campaignReport(db, { ownerId: other.id, campaignId })).toBeNull();
  });

  it("survives a worker killed mid-campaign: every recipient exactly once, ledger exact", async () => {
    const db = testDb();
    setClock(null);
    const owner = await recruiter();
    await grantCredits(db, owner.id, 20);
    const people = await Promise.all(Array.from({ length: 40 }, () => candidate()));
    const campaignId = await campaignFor(
      owner.id,
      people.map((m) => m.id),
    );
    await launchCampaign(db, { ownerId: owner.id, campaignId });
    // A worker process (npm run worker) starts on it…
    const worker = spawn(
      process.execPath,
      // One process (tsx as a loader): tsx's own CLI would run the worker in a child that a
      // kill -9 of the parent leaves running.
      ["--import", "tsx", "lib/jobs/worker-cli.ts"],
      {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: "silent" },
        stdio: "ignore",
      },
    );
    // …and is killed (kill -9) once it has sent a few.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [row] = await rowsOf<{ n: number }>(
        db,
        sql`select count(*)::int as n from campaign_recipients
            where campaign_id = ${campaignId} and status = 'sent'`,
      );
      if (Number(row?.n) >= 3 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    worker.kill("SIGKILL");
    await new Promise((resolve) => worker.on("exit", resolve));
    const [midway] = await rowsOf<{ sent: number; pending: number }>(
      db,
      sql`select count(*) filter (where status = 'sent')::int as sent,
                 count(*) filter (where status = 'pending')::int as pending
          from campaign_recipients where campaign_id = ${campaignId}`,
    );
    expect(Number(midway?.sent)).toBeGreaterThanOrEqual(3);
    // Killed in the middle, not after the end — and dead: nothing moves while its job is held.
    expect(Number(midway?.pending)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [still] = await rowsOf<{ sent: number }>(
      db,
      sql`select count(*) filter (where status = 'sent')::int as sent
          from campaign_recipients where campaign_id = ${campaignId}`,
    );
    expect(Number(still?.sent)).toBe(Number(midway?.sent));
    // What it had sent is recorded exactly: a sent delivery has its InMail and its spend.
    expect(await spends(owner.id)).toBe(Number(midway?.sent));

    // Its job is handed back once its heartbeat is old; two workers finish the campaign.
    await db.execute(sql`update worker_heartbeats set seen_at = now() - interval '3 minutes'`);
    await runMaintenance(db);
    await Promise.all([runJobs(), processCampaign(db, { campaignId, limit: 10 })]);
    await runJobs();
    const written = await sentTo(owner.id);
    expect(written).toHaveLength(40);
    expect(written.every((w) => w.inmails === 1 && w.messages === 1)).toBe(true);
    expect(await spends(owner.id)).toBe(40);
    expect(await ledgerBalance(db, owner.id)).toBe(10);
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe("completed");
    expect((await queuedJobs()).filter((j) => j.task.startsWith("campaign:"))).toEqual([]);
  }, 120_000);

  it("sends in each recipient's business hours, or from a chosen moment, never before", async () => {
    const db = testDb();
    // Saturday 2026-12-05, 12:00 UTC.
    const clock = fixedClock("2026-12-05T12:00:00Z");
    setClock(clock);
    const owner = await recruiter();
    const berlin = await Promise.all([candidate(), candidate()]);
    const newYork = await candidate();
    for (const m of berlin) {
      await db.execute(sql`update members set time_zone = 'Europe/Berlin' where id = ${m.id}`);
    }
    await db.execute(
      sql`update members set time_zone = 'America/New_York' where id = ${newYork.id}`,
    );
    const campaignId = await campaignFor(
      owner.id,
      [...berlin, newYork].map((m) => m.id),
    );
    expect(
      await launchCampaign(db, { ownerId: owner.id, campaignId, schedule: { mode: "business" } }),
    ).toMatchObject({ ok: true, recipients: 3 });
    const sentCount = async () =>
      (await campaignReport(db, { ownerId: owner.id, campaignId }))?.sent ?? -1;
    // The weekend: nothing goes out, however often the job runs.
    await processCampaign(db, { campaignId });
    expect(await sentCount()).toBe(0);
    // Monday 10:00 in Berlin (09:00 UTC) is 04:00 in New York.
    clock.set(new Date("2026-12-07T09:00:00Z"));
    await processCampaign(db, { campaignId });
    expect(await sentCount()).toBe(2);
    // Monday 9:00 in New York (14:00 UTC): the last one.
    clock.set(new Date("2026-12-07T14:00:00Z"));
    await processCampaign(db, { campaignId });
    expect(await sentCount()).toBe(3);
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe("completed");

    // From a chosen moment.
    const later = await campaignFor(owner.id, [(await candidate()).id]);
    await launchCampaign(db, {
      ownerId: owner.id,
      campaignId: later,
      schedule: { mode: "at", at: new Date("2026-12-08T08:00:00Z") },
    });
    await processCampaign(db, { campaignId: later });
    expect((await campaignReport(db, { ownerId: owner.id, campaignId: later }))?.sent).toBe(0);
    clock.set(new Date("2026-12-08T08:00:00Z"));
    await processCampaign(db, { campaignId: later });
    expect((await campaignReport(db, { ownerId: owner.id, campaignId: later }))?.sent).toBe(1);
  });

  it("warns a sender whose InMails get too few answers, then blocks their launches for a while", async () => {
    const db = testDb();
    const clock = fixedClock("2026-09-01T10:00:00Z");
    setClock(clock);
    // The gate's numbers are data: 5 InMails in 14 days under 13 % for this test.
    await db.execute(sql`update recruiting_policy set quality_min_inmails = 5`);
    try {
      const owner = await recruiter();
      const first = await campaignFor(
        owner.id,
        (await Promise.all(Array.from({ length: 6 }, () => candidate()))).map((m) => m.id),
      );
      // Nothing sent yet in the window: no gate.
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: first })).toMatchObject({
        ok: true,
        warned: false,
      });
      await runJobs();
      // Six InMails, no answer: the next launch is warned, but goes out.
      const second = await campaignFor(owner.id, [(await candidate()).id]);
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: second })).toMatchObject({
        ok: true,
        warned: true,
      });
      await runJobs();
      // Still under the bar: blocked for 14 days, and the draft stays a draft.
      const third = await campaignFor(owner.id, [(await candidate()).id]);
      const refused = await launchCampaign(db, { ownerId: owner.id, campaignId: third });
      expect(refused).toMatchObject({ ok: false, reason: "quality_blocked" });
      expect(refused.ok ? null : refused.until?.toISOString()).toBe("2026-09-15T10:00:00.000Z");
      expect((await getCampaign(db, { ownerId: owner.id, campaignId: third }))?.status).toBe(
        "draft",
      );
      clock.set(new Date("2026-09-10T10:00:00Z"));
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: third })).toMatchObject({
        ok: false,
        reason: "quality_blocked",
      });
      // After the block, with the old InMails out of the window: launches go again.
      clock.set(new Date("2026-09-16T10:00:00Z"));
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: third })).toMatchObject({
        ok: true,
        warned: false,
      });
    } finally {
      await db.execute(sql`update recruiting_policy set quality_min_inmails = 100`);
    }
  });

  it("waiting for credits goes on by itself once the sender buys a pack", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const owner = await recruiter();
    const people = await Promise.all(Array.from({ length: 32 }, () => candidate()));
    const campaignId = await campaignFor(
      owner.id,
      people.map((m) => m.id),
    );
    await launchCampaign(db, { ownerId: owner.id, campaignId });
    await runJobs();
    expect(await getCampaign(db, { ownerId: owner.id, campaignId })).toMatchObject({
      status: "needs_credits",
      creditsNeeded: 2,
    });
    // The pack is paid (the local checkout's path; Stripe's webhook fulfils the same way).
    const order = await createCreditOrder(db, { memberId: owner.id, credits: 2 });
    if (!order.ok) throw new Error(order.reason);
    expect(
      await fulfilOrder(db, { orderId: order.order.id, via: "local", memberId: owner.id }),
    ).toEqual({ ok: true, granted: true });
    await runJobs();
    expect((await getCampaign(db, { ownerId: owner.id, campaignId }))?.status).toBe("completed");
    expect(await spends(owner.id)).toBe(32);
    expect(await ledgerBalance(db, owner.id)).toBe(0);
  });

  it("keeps to the limits in data: recipients per campaign and launches per day", async () => {
    const db = testDb();
    const clock = fixedClock("2026-10-01T10:00:00Z");
    setClock(clock);
    await db.execute(
      sql`update recruiting_policy set max_recipients_per_campaign = 3, max_campaigns_per_day = 2`,
    );
    try {
      const owner = await recruiter();
      const people = await Promise.all(Array.from({ length: 5 }, () => candidate()));
      const ids = people.map((m) => m.id);
      const first = await campaignFor(owner.id, ids);
      // The summary and the launch both stop at the cap.
      const campaign = await getCampaign(db, { ownerId: owner.id, campaignId: first });
      expect((await campaignPlan(db, campaign as NonNullable<typeof campaign>)).recipients).toBe(3);
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: first })).toMatchObject({
        ok: true,
        recipients: 3,
      });
      const second = await campaignFor(owner.id, [(await candidate()).id]);
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: second })).toMatchObject({
        ok: true,
      });
      const third = await campaignFor(owner.id, [(await candidate()).id]);
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: third })).toEqual({
        ok: false,
        reason: "too_many_today",
      });
      // A day later, one more.
      clock.set(new Date("2026-10-02T10:00:01Z"));
      expect(await launchCampaign(db, { ownerId: owner.id, campaignId: third })).toMatchObject({
        ok: true,
      });
    } finally {
      await db.execute(
        sql`update recruiting_policy set max_recipients_per_campaign = 1000, max_campaigns_per_day = 10`,
      );
    }
  });
});
