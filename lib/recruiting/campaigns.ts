import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { cursorCodec } from "@/db/cursor";
import { isUuid } from "@/db/ids";
import { availableCredits } from "@/db/queries/billing";
import { getCommunicationSettings } from "@/db/queries/members";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import type { CampaignStatus, InmailCategory, SkipReason } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { now } from "@/lib/clock";
import { enqueue } from "@/lib/jobs/queue";
import { recordEvents } from "@/lib/live/events";
import { log } from "@/lib/log";
import { type Reach, reachCost, reachOf } from "@/lib/messaging/reach";
import { Refusal } from "@/lib/messaging/refusals";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { sendMessage } from "@/lib/messaging/send-message";
import { measureText } from "@/lib/text/count";
import { measureInmailBody } from "@/lib/validation/inmail";
import { getRecruitingPolicy, recruitingAccess } from "./projects";
import { passQualityGate } from "./quality";
import { notBefore, type Schedule } from "./schedule";
import { type RecipientValues, recipientValues, renderTemplate } from "./templates";

/**
 * Campaigns: one personalised InMail to the candidates of a project (DESIGN.md, "Campaigns").
 *
 *   draft ──launch──▶ sending ──(all done)──▶ completed
 *                      │  ▲ ▲
 *              pause   ▼  │ │ resume / credits bought
 *                    paused │
 *                      needs_credits ◀── (the sender's credits ran out)
 *   any but completed ──cancel──▶ cancelled (what was sent stays sent)
 *
 * Launching copies the project's candidates into `campaign_recipients` (the deliveries) and
 * queues the send job. The job delivers one recipient per transaction: it locks that delivery
 * (`for update skip locked`: a second worker takes another), renders the templates, asks the
 * reach rule, and sends through the ordinary send services inside the same transaction, with the
 * delivery's own key as the idempotency key — so the delivery turns `sent` exactly when its InMail,
 * credit spend and message commit, and a retry, a crash or a second worker never sends twice.
 *
 * Every function takes the caller as `ownerId`: another member's campaign is "not_found".
 */

export type CampaignRefusal =
  | "not_allowed"
  | "not_found"
  | "not_draft"
  | "not_running"
  | "no_recipients"
  | "too_many_today"
  | "template_invalid"
  /** The quality gate: blocked from launching until `until`. */
  | "quality_blocked";

export type CampaignResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: CampaignRefusal; until?: Date };

export interface CampaignRow {
  id: string;
  ownerId: string;
  projectId: string | null;
  name: string;
  subjectTemplate: string;
  bodyTemplate: string;
  category: InmailCategory;
  status: CampaignStatus;
  schedule: Schedule["mode"];
  startsAt: Date | null;
  creditsNeeded: number;
  createdAt: Date;
  launchedAt: Date | null;
  finishedAt: Date | null;
}

type RawCampaign = {
  id: string;
  owner_id: string;
  project_id: string | null;
  name: string;
  subject_template: string;
  body_template: string;
  category: InmailCategory;
  status: CampaignStatus;
  schedule: Schedule["mode"];
  starts_at: Date | null;
  credits_needed: number;
  created_at: Date;
  launched_at: Date | null;
  finished_at: Date | null;
};

function fromRow(r: RawCampaign): CampaignRow {
  return {
    id: r.id,
    ownerId: r.owner_id,
    projectId: r.project_id,
    name: r.name,
    subjectTemplate: r.subject_template,
    bodyTemplate: r.body_template,
    category: r.category,
    status: r.status,
    schedule: r.schedule,
    startsAt: r.starts_at ? new Date(r.starts_at) : null,
    creditsNeeded: Number(r.credits_needed),
    createdAt: new Date(r.created_at),
    launchedAt: r.launched_at ? new Date(r.launched_at) : null,
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
  };
}

const iso = () => now().toISOString();

export async function getCampaign(
  db: Executor,
  { ownerId, campaignId }: { ownerId: string; campaignId: string },
): Promise<CampaignRow | null> {
  if (!isUuid(campaignId)) return null;
  const [row] = await rowsOf<RawCampaign>(
    db,
    sql`select * from campaigns where id = ${campaignId} and owner_id = ${ownerId}`,
  );
  return row ? fromRow(row) : null;
}

/** The owner's campaigns, newest first (a project's only, when given); at most 100. */
export async function listCampaigns(
  db: Executor,
  { ownerId, projectId }: { ownerId: string; projectId?: string },
): Promise<CampaignRow[]> {
  const rows = await rowsOf<RawCampaign>(
    db,
    sql`select * from campaigns where owner_id = ${ownerId}
        ${projectId ? sql`and project_id = ${projectId}` : sql``}
        order by created_at desc, id limit 100`,
  );
  return rows.map(fromRow);
}

/** A draft for a project of the owner's. The templates were checked by the action's schema. */
export async function createCampaign(
  db: Executor,
  input: {
    ownerId: string;
    projectId: string;
    name: string;
    subjectTemplate: string;
    bodyTemplate: string;
    category: InmailCategory;
  },
): Promise<CampaignResult<{ campaignId: string }>> {
  if (!(await recruitingAccess(db, { memberId: input.ownerId })).allowed) {
    return { ok: false, reason: "not_allowed" };
  }
  const at = iso();
  const [row] = await rowsOf<{ id: string }>(
    db,
    sql`insert into campaigns (owner_id, project_id, name, subject_template, body_template,
          category, created_at, updated_at)
        select ${input.ownerId}, p.id, ${input.name}, ${input.subjectTemplate},
          ${input.bodyTemplate}, ${input.category}, ${at}::timestamptz, ${at}::timestamptz
        from recruiting_projects p where p.id = ${input.projectId} and p.owner_id = ${input.ownerId}
        returning id`,
  );
  return row ? { ok: true, campaignId: row.id } : { ok: false, reason: "not_found" };
}

/** Changes a draft's name and templates; a launched campaign is what it was. */
export async function updateCampaign(
  db: Executor,
  input: {
    ownerId: string;
    campaignId: string;
    name: string;
    subjectTemplate: string;
    bodyTemplate: string;
    category: InmailCategory;
  },
): Promise<CampaignResult> {
  const [row] = await rowsOf<{ status: CampaignStatus; changed: number }>(
    db,
    sql`with target as (
          select id, status from campaigns where id = ${input.campaignId} and owner_id = ${input.ownerId}
        ),
        changed as (
          update campaigns c set name = ${input.name}, subject_template = ${input.subjectTemplate},
            body_template = ${input.bodyTemplate}, category = ${input.category},
            updated_at = ${iso()}::timestamptz
          from target where c.id = target.id and target.status = 'draft'
          returning c.id
        )
        select target.status, (select count(*) from changed)::int as changed from target`,
  );
  if (!row) return { ok: false, reason: "not_found" };
  return Number(row.changed) > 0 ? { ok: true } : { ok: false, reason: "not_draft" };
}

type RecipientFacts = {
  id: string;
  name: string;
  handle: string;
  company: string;
  title: string;
  location: string;
  industry: string;
  locale: string;
};

export type Outcome =
  | { kind: "inmail"; free: boolean; subject: string; body: string }
  | { kind: "message"; subject: string; body: string }
  | { kind: "skipped"; reason: SkipReason; missing?: string };

/**
 * What one recipient would get: the reach rule's answer, then the templates rendered for them
 * and measured with the sender's signature against the limits.
 */
export function outcomeFor(
  campaign: Pick<CampaignRow, "subjectTemplate" | "bodyTemplate">,
  values: RecipientValues,
  reach: Reach,
  { signature, subjectMax, bodyMax }: { signature: string; subjectMax: number; bodyMax: number },
): Outcome {
  if (reach.kind === "refused") return { kind: "skipped", reason: reach.reason };
  const subject = renderTemplate(campaign.subjectTemplate, values);
  if (!subject.ok) return { kind: "skipped", reason: "missing_value", missing: subject.missing };
  const body = renderTemplate(campaign.bodyTemplate, values);
  if (!body.ok) return { kind: "skipped", reason: "missing_value", missing: body.missing };
  const subjectText = subject.text.replace(/\s+/g, " ").trim();
  const bodyText = body.text.trim();
  if (
    !subjectText ||
    !bodyText ||
    !measureText(subjectText, subjectMax).ok ||
    !measureInmailBody(bodyText, signature, bodyMax).ok
  ) {
    return { kind: "skipped", reason: "too_long" };
  }
  return reach.kind === "message"
    ? { kind: "message", subject: subjectText, body: bodyText }
    : { kind: "inmail", free: reach.free, subject: subjectText, body: bodyText };
}

async function senderContext(db: Executor, ownerId: string) {
  const [policy, settings] = await Promise.all([
    getInmailPolicy(db),
    getCommunicationSettings(db, { memberId: ownerId }),
  ]);
  const limits = compositionLimits(policy);
  return {
    signature: settings?.signature ?? "",
    subjectMax: limits.subjectMaxCharacters,
    bodyMax: limits.bodyMaxCharacters,
  };
}

async function membersByIds(db: Executor, ids: string[]): Promise<Map<string, RecipientFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf<RecipientFacts>(
    db,
    sql`select id, name, handle, company, title, location, industry, locale from members
        where id = any(${sql.param(ids)}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The audience before launch: the project's candidates now (after launch: the deliveries). */
async function audienceIds(db: Executor, campaign: CampaignRow): Promise<string[]> {
  const policy = await getRecruitingPolicy(db);
  const rows = campaign.launchedAt
    ? await rowsOf<{ member_id: string }>(
        db,
        sql`select member_id from campaign_recipients where campaign_id = ${campaign.id}
            order by member_id limit ${policy.maxRecipientsPerCampaign}`,
      )
    : await rowsOf<{ member_id: string }>(
        db,
        sql`select member_id from project_candidates where project_id = ${campaign.projectId}
            order by added_at desc, member_id desc limit ${policy.maxRecipientsPerCampaign}`,
      );
  return rows.map((r) => r.member_id);
}

export interface CampaignPlan {
  recipients: number;
  inmail: number;
  openProfile: number;
  message: number;
  skipped: Partial<Record<SkipReason, number>>;
  creditsNeeded: number;
  creditsAvailable: number;
}

/** The summary before launch: who gets an InMail, a free message, who is skipped and why. */
export async function campaignPlan(db: Executor, campaign: CampaignRow): Promise<CampaignPlan> {
  const ids = await audienceIds(db, campaign);
  const [reach, people, sender, credits] = await Promise.all([
    reachOf(db, { senderId: campaign.ownerId, recipientIds: ids }),
    membersByIds(db, ids),
    senderContext(db, campaign.ownerId),
    availableCredits(db, { memberId: campaign.ownerId, at: now() }),
  ]);
  const plan: CampaignPlan = {
    recipients: ids.length,
    inmail: 0,
    openProfile: 0,
    message: 0,
    skipped: {},
    creditsNeeded: 0,
    creditsAvailable: credits,
  };
  for (const id of ids) {
    const person = people.get(id);
    const r = reach.get(id);
    if (!person || !r) {
      plan.skipped.recipient_not_found = (plan.skipped.recipient_not_found ?? 0) + 1;
      continue;
    }
    const outcome = outcomeFor(campaign, recipientValues(person), r, sender);
    if (outcome.kind === "skipped") {
      plan.skipped[outcome.reason] = (plan.skipped[outcome.reason] ?? 0) + 1;
    } else if (outcome.kind === "message") plan.message++;
    else if (outcome.free) plan.openProfile++;
    else {
      plan.inmail++;
      plan.creditsNeeded += reachCost(r);
    }
  }
  return plan;
}

export interface PreviewStep {
  index: number;
  total: number;
  recipient: { id: string; name: string; handle: string };
  outcome: Outcome;
}

/** The message as recipient number `index` (0-based) of the audience would get it. */
export async function previewCampaign(
  db: Executor,
  campaign: CampaignRow,
  index: number,
): Promise<PreviewStep | null> {
  const ids = await audienceIds(db, campaign);
  if (ids.length === 0) return null;
  const at = Math.max(0, Math.min(Math.trunc(index) || 0, ids.length - 1));
  const id = ids[at] as string;
  const [people, reach, sender] = await Promise.all([
    membersByIds(db, [id]),
    reachOf(db, { senderId: campaign.ownerId, recipientIds: [id] }),
    senderContext(db, campaign.ownerId),
  ]);
  const person = people.get(id);
  const r = reach.get(id);
  if (!person || !r) return null;
  return {
    index: at,
    total: ids.length,
    recipient: { id: person.id, name: person.name, handle: person.handle },
    outcome: outcomeFor(campaign, recipientValues(person), r, sender),
  };
}

/** Serialises one owner's launches (the daily limit) and sends. */
function lockOwner(tx: Executor, ownerId: string) {
  return tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`campaigns:${ownerId}`}, 0))`,
  );
}

/**
 * Launches a draft: copies the project's candidates as deliveries (at most the policy's number)
 * and queues the send job, in one transaction. A second launch (double click, two tabs) finds the
 * campaign no longer a draft and changes nothing.
 */
export async function launchCampaign(
  db: Executor,
  {
    ownerId,
    campaignId,
    schedule = { mode: "now" },
  }: { ownerId: string; campaignId: string; schedule?: Schedule },
): Promise<CampaignResult<{ recipients: number; warned: boolean }>> {
  if (!(await recruitingAccess(db, { memberId: ownerId })).allowed) {
    return { ok: false, reason: "not_allowed" };
  }
  const policy = await getRecruitingPolicy(db);
  return db.transaction(async (tx) => {
    await lockOwner(tx, ownerId);
    const [campaign] = await rowsOf<RawCampaign>(
      tx,
      sql`select * from campaigns where id = ${campaignId} and owner_id = ${ownerId} for update`,
    );
    if (!campaign) return { ok: false as const, reason: "not_found" as const };
    if (campaign.status !== "draft" || !campaign.project_id) {
      return { ok: false as const, reason: "not_draft" as const };
    }
    const at = now();
    const dayAgo = new Date(at.getTime() - 86_400_000).toISOString();
    const [today] = await rowsOf<{ n: number }>(
      tx,
      sql`select count(*)::int as n from campaigns
          where owner_id = ${ownerId} and launched_at > ${dayAgo}::timestamptz`,
    );
    if (Number(today?.n ?? 0) >= policy.maxCampaignsPerDay) {
      return { ok: false as const, reason: "too_many_today" as const };
    }
    // The audience as it is now, each with the time zone their business hours are read in.
    const audience = await rowsOf<{ member_id: string; time_zone: string }>(
      tx,
      sql`select pc.member_id, m.time_zone from project_candidates pc
          join members m on m.id = pc.member_id
          where pc.project_id = ${campaign.project_id}
          order by pc.added_at desc, pc.member_id desc
          limit ${policy.maxRecipientsPerCampaign}`,
    );
    if (audience.length === 0) return { ok: false as const, reason: "no_recipients" as const };
    const gate = await passQualityGate(tx, { senderId: ownerId, at, policy });
    if (!gate.ok)
      return { ok: false as const, reason: "quality_blocked" as const, until: gate.until };
    const times = audience.map((a) => notBefore(schedule, at, a.time_zone)?.toISOString() ?? null);
    await tx.execute(
      sql`insert into campaign_recipients (campaign_id, member_id, not_before)
          select ${campaignId}::uuid, r.member_id, nullif(r.not_before, '')::timestamptz
          from unnest(${sql.param(audience.map((a) => a.member_id))}::uuid[],
                      ${sql.param(times.map((t) => t ?? ""))}::text[]) as r(member_id, not_before)
          on conflict do nothing`,
    );
    await tx.execute(
      sql`update campaigns set status = 'sending', launched_at = ${at.toISOString()}::timestamptz,
          schedule = ${schedule.mode},
          starts_at = ${schedule.mode === "at" ? schedule.at.toISOString() : null}::timestamptz,
          updated_at = ${at.toISOString()}::timestamptz where id = ${campaignId}`,
    );
    await enqueue(
      tx,
      "campaign:send",
      { campaignId },
      {
        key: `campaign:${campaignId}`,
        runAt: firstRun(times, at),
      },
    );
    log.info(
      { campaignId, ownerId, recipients: audience.length, schedule: schedule.mode },
      "campaign launched",
    );
    return { ok: true as const, recipients: audience.length, warned: gate.warned };
  });
}

/**
 * When the job should first run: at the earliest delivery time. Jobs are timed on the
 * database's real clock; the app's clock may be ahead (the test clock), so the wait is carried
 * over, not the instant.
 */
function firstRun(times: (string | null)[], at: Date): Date | undefined {
  const due = times.filter((t): t is string => t !== null).map((t) => Date.parse(t));
  if (due.length < times.length || due.length === 0) return undefined;
  const wait = Math.min(...due) - at.getTime();
  return wait > 0 ? new Date(Date.now() + wait) : undefined;
}

const TRANSITIONS: Record<"pause" | "resume" | "cancel", CampaignStatus[]> = {
  pause: ["sending", "needs_credits"],
  resume: ["paused", "needs_credits"],
  cancel: ["draft", "sending", "paused", "needs_credits"],
};

/** Pause, resume or cancel. What was sent stays sent; a cancel skips whoever is still waiting. */
export async function changeCampaign(
  db: Executor,
  {
    ownerId,
    campaignId,
    change,
  }: { ownerId: string; campaignId: string; change: "pause" | "resume" | "cancel" },
): Promise<CampaignResult<{ status: CampaignStatus }>> {
  if (change === "resume" && !(await recruitingAccess(db, { memberId: ownerId })).allowed) {
    return { ok: false, reason: "not_allowed" };
  }
  return db.transaction(async (tx) => {
    const [campaign] = await rowsOf<{ status: CampaignStatus }>(
      tx,
      sql`select status from campaigns where id = ${campaignId} and owner_id = ${ownerId}
          for update`,
    );
    if (!campaign) return { ok: false as const, reason: "not_found" as const };
    if (!TRANSITIONS[change].includes(campaign.status)) {
      return { ok: false as const, reason: "not_running" as const };
    }
    const status: CampaignStatus =
      change === "pause" ? "paused" : change === "resume" ? "sending" : "cancelled";
    const at = iso();
    await tx.execute(
      sql`update campaigns set status = ${status}, credits_needed = 0,
          updated_at = ${at}::timestamptz,
          finished_at = ${status === "cancelled" ? sql`${at}::timestamptz` : sql`finished_at`}
          where id = ${campaignId}`,
    );
    if (status === "cancelled") {
      await tx.execute(
        sql`update campaign_recipients set status = 'skipped', skip_reason = 'cancelled'
            where campaign_id = ${campaignId} and status = 'pending'`,
      );
    }
    if (status === "sending") {
      await enqueue(tx, "campaign:send", { campaignId }, { key: `campaign:${campaignId}` });
    }
    return { ok: true as const, status };
  });
}

/** The sender bought credits: campaigns that stopped for want of them go on. */
export async function resumeAfterCredits(db: Executor, { memberId }: { memberId: string }) {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select id from campaigns where owner_id = ${memberId} and status = 'needs_credits'
        limit 100`,
  );
  for (const row of rows) {
    await changeCampaign(db, { ownerId: memberId, campaignId: row.id, change: "resume" });
  }
  return rows.length;
}

type Delivered = "sent" | "skipped" | "busy" | "stopped" | "out_of_credits";

/** One delivery, in one transaction (see the module comment). */
async function deliverOne(
  db: Executor,
  campaign: CampaignRow,
  memberId: string,
  sender: Awaited<ReturnType<typeof senderContext>>,
): Promise<Delivered> {
  try {
    return await db.transaction(async (tx) => {
      const [delivery] = await rowsOf<{ delivery_key: string; campaign_status: CampaignStatus }>(
        tx,
        sql`select cr.delivery_key, c.status as campaign_status
            from campaign_recipients cr join campaigns c on c.id = cr.campaign_id
            where cr.campaign_id = ${campaign.id} and cr.member_id = ${memberId}
              and cr.status = 'pending'
              and (cr.not_before is null or cr.not_before <= ${iso()}::timestamptz)
            for update of cr skip locked`,
      );
      if (!delivery) return "busy";
      if (delivery.campaign_status !== "sending") return "stopped";
      const skip = async (reason: SkipReason): Promise<Delivered> => {
        await tx.execute(
          sql`update campaign_recipients set status = 'skipped', skip_reason = ${reason}
              where campaign_id = ${campaign.id} and member_id = ${memberId}`,
        );
        return "skipped";
      };
      const person = (await membersByIds(tx, [memberId])).get(memberId);
      if (!person) return skip("recipient_not_found");
      const reach = (
        await reachOf(tx, { senderId: campaign.ownerId, recipientIds: [memberId] })
      ).get(memberId) ?? { kind: "refused" as const, reason: "recipient_not_found" as const };
      const outcome = outcomeFor(campaign, recipientValues(person), reach, sender);
      if (outcome.kind === "skipped") return skip(outcome.reason);
      const at = iso();
      if (outcome.kind === "message") {
        const sent = await sendMessage(tx, {
          senderId: campaign.ownerId,
          recipientId: memberId,
          body: `${outcome.subject}\n\n${outcome.body}`,
          idempotencyKey: delivery.delivery_key,
        });
        if (!sent.ok)
          return skip(sent.reason === "not_connected" ? "recipient_not_found" : sent.reason);
        await tx.execute(
          sql`update campaign_recipients set status = 'sent', kind = 'message',
              thread_id = ${sent.threadId}, sent_at = ${at}::timestamptz
              where campaign_id = ${campaign.id} and member_id = ${memberId}`,
        );
        return "sent";
      }
      const sent = await sendInmail(tx, {
        senderId: campaign.ownerId,
        recipientId: memberId,
        idempotencyKey: delivery.delivery_key,
        subject: outcome.subject,
        body: outcome.body,
        category: campaign.category,
        contactEmail: "",
        contactPhone: "",
      });
      if (!sent.ok) {
        // Rolls this delivery back (settlement included): it waits for credits.
        if (sent.reason === "no_credits") throw new Refusal("no_credits");
        const reason: SkipReason =
          sent.reason === "invalid_message"
            ? "too_long"
            : sent.reason === "connected"
              ? "recipient_not_found"
              : sent.reason;
        return skip(reason);
      }
      await tx.execute(
        sql`update campaign_recipients set status = 'sent',
            kind = ${outcome.free ? "open_profile" : "inmail"},
            thread_id = ${sent.threadId}, inmail_id = ${sent.inmailId}, sent_at = ${at}::timestamptz
            where campaign_id = ${campaign.id} and member_id = ${memberId}`,
      );
      return "sent";
    });
  } catch (error) {
    if (error instanceof Refusal && error.code === "no_credits") return "out_of_credits";
    throw error;
  }
}

/** Deliveries one job run makes before it queues the next run (short jobs, quick pauses). */
export const DELIVERIES_PER_RUN = 25;

/**
 * The send job: up to `limit` pending deliveries of a campaign that is sending. Then, if some
 * are left, it queues itself again; if none are, the campaign is completed; if credits ran
 * out, it stops with "needs N more credits".
 */
export async function processCampaign(
  db: Executor,
  { campaignId, limit = DELIVERIES_PER_RUN }: { campaignId: string; limit?: number },
): Promise<{
  sent: number;
  skipped: number;
  state: "more" | "done" | "stopped" | "needs_credits";
}> {
  const [raw] = await rowsOf<RawCampaign>(
    db,
    sql`select * from campaigns where id = ${campaignId}`,
  );
  if (raw?.status !== "sending") return { sent: 0, skipped: 0, state: "stopped" };
  const campaign = fromRow(raw);
  const sender = await senderContext(db, campaign.ownerId);
  const pending = await rowsOf<{ member_id: string }>(
    db,
    sql`select member_id from campaign_recipients
        where campaign_id = ${campaignId} and status = 'pending'
          and (not_before is null or not_before <= ${iso()}::timestamptz)
        order by member_id limit ${Math.max(1, Math.min(limit, 200))}`,
  );
  let sent = 0;
  let skipped = 0;
  for (const { member_id } of pending) {
    const result = await deliverOne(db, campaign, member_id, sender);
    if (result === "sent") sent++;
    else if (result === "skipped") skipped++;
    else if (result === "stopped") return { sent, skipped, state: "stopped" };
    else if (result === "out_of_credits") {
      await stopForCredits(db, campaign);
      return { sent, skipped, state: "needs_credits" };
    }
  }
  const [left] = await rowsOf<{ n: number; next: Date | null }>(
    db,
    sql`select count(*)::int as n, min(not_before) as next from campaign_recipients
        where campaign_id = ${campaignId} and status = 'pending'`,
  );
  if (Number(left?.n ?? 0) > 0) {
    // More now, or the next recipient's time (their business hours, the chosen start).
    const appNow = now().getTime();
    const dueNow = pending.length >= Math.max(1, Math.min(limit, 200));
    const next = left?.next ? new Date(left.next).getTime() : appNow;
    const wait = dueNow ? 0 : Math.max(0, next - appNow);
    await enqueue(
      db,
      "campaign:send",
      { campaignId },
      { key: `campaign:${campaignId}`, runAt: wait > 0 ? new Date(Date.now() + wait) : undefined },
    );
    return { sent, skipped, state: "more" };
  }
  const at = iso();
  await db.execute(
    sql`update campaigns set status = 'completed', finished_at = ${at}::timestamptz,
        updated_at = ${at}::timestamptz where id = ${campaignId} and status = 'sending'`,
  );
  // The owner's open campaign page refreshes (the live stream), like after a message.
  await recordEvents(db, [{ memberId: campaign.ownerId, kind: "inbox" }]);
  log.info({ campaignId }, "campaign completed");
  return { sent, skipped, state: "done" };
}

/** Credits ran out: stop, and say how many more the rest needs. */
async function stopForCredits(db: Executor, campaign: CampaignRow) {
  const pending = await rowsOf<{ member_id: string }>(
    db,
    sql`select member_id from campaign_recipients
        where campaign_id = ${campaign.id} and status = 'pending' limit 1000`,
  );
  const reach = await reachOf(db, {
    senderId: campaign.ownerId,
    recipientIds: pending.map((p) => p.member_id),
  });
  const needed = [...reach.values()].reduce((n, r) => n + reachCost(r), 0);
  await db.execute(
    sql`update campaigns set status = 'needs_credits', credits_needed = ${Math.max(1, needed)},
        updated_at = ${iso()}::timestamptz where id = ${campaign.id} and status = 'sending'`,
  );
  await recordEvents(db, [{ memberId: campaign.ownerId, kind: "inbox" }]);
  log.info({ campaignId: campaign.id, needed }, "campaign needs credits");
}

export interface CampaignReport {
  recipients: number;
  pending: number;
  sent: number;
  /** Of the sent: InMails for a credit, free InMails (Open Profile), free messages. */
  inmail: number;
  openProfile: number;
  message: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Opened by the recipient. */
  read: number;
  answered: number;
  interested: number;
  notInterested: number;
  /** "Ask me later": counts as an answer. */
  later: number;
  replied: number;
  refunded: number;
  /** Answered InMails of all sent InMails. */
  responseRate: number | null;
  creditsSpent: number;
  creditsReturned: number;
}

/** The numbers of a campaign, in one statement over its deliveries (at most the cap). */
export async function campaignReport(
  db: Executor,
  { ownerId, campaignId }: { ownerId: string; campaignId: string },
): Promise<CampaignReport | null> {
  const [row] = await rowsOf<Record<string, number | null>>(
    db,
    sql`select
          count(*)::int as recipients,
          count(*) filter (where cr.status = 'pending')::int as pending,
          count(*) filter (where cr.status = 'sent')::int as sent,
          count(*) filter (where cr.kind = 'inmail')::int as inmail,
          count(*) filter (where cr.kind = 'open_profile')::int as open_profile,
          count(*) filter (where cr.kind = 'message')::int as message,
          count(*) filter (where cr.status = 'sent' and tp.last_read_at is not null)::int as read,
          count(*) filter (where i.answered_at is not null)::int as answered,
          count(*) filter (where i.answer_kind = 'interested')::int as interested,
          count(*) filter (where i.answer_kind = 'not_interested')::int as not_interested,
          count(*) filter (where i.answer_kind = 'later')::int as later,
          count(*) filter (where i.answer_kind = 'text')::int as replied,
          count(*) filter (where i.status = 'refunded')::int as refunded,
          count(*) filter (where cr.kind = 'inmail' and i.status = 'refunded')::int as returned
        from campaigns c
        join campaign_recipients cr on cr.campaign_id = c.id
        left join inmails i on i.id = cr.inmail_id
        left join thread_participants tp on tp.thread_id = cr.thread_id and tp.member_id = cr.member_id
        where c.id = ${campaignId} and c.owner_id = ${ownerId}`,
  );
  const campaign = await getCampaign(db, { ownerId, campaignId });
  if (!campaign || !row) return null;
  const skippedRows = await rowsOf<{ reason: SkipReason; n: number }>(
    db,
    sql`select skip_reason as reason, count(*)::int as n from campaign_recipients
        where campaign_id = ${campaignId} and status = 'skipped' group by skip_reason`,
  );
  const n = (key: string) => Number(row[key] ?? 0);
  const inmails = n("inmail") + n("open_profile");
  return {
    recipients: n("recipients"),
    pending: n("pending"),
    sent: n("sent"),
    inmail: n("inmail"),
    openProfile: n("open_profile"),
    message: n("message"),
    skipped: Object.fromEntries(skippedRows.map((r) => [r.reason, Number(r.n)])),
    read: n("read"),
    answered: n("answered"),
    interested: n("interested"),
    notInterested: n("not_interested"),
    later: n("later"),
    replied: n("replied"),
    refunded: n("refunded"),
    responseRate: inmails > 0 ? n("answered") / inmails : null,
    creditsSpent: n("inmail"),
    creditsReturned: n("returned"),
  };
}

export const DELIVERY_FILTERS = ["all", "sent", "answered", "pending", "skipped"] as const;
export type DeliveryFilter = (typeof DELIVERY_FILTERS)[number];

export interface DeliveryRow {
  memberId: string;
  name: string;
  handle: string;
  status: "pending" | "sent" | "skipped";
  skipReason: SkipReason | null;
  kind: string | null;
  sentAt: Date | null;
  threadId: string | null;
  answer: "text" | "interested" | "not_interested" | "later" | null;
  /** "Ask me later" from when; "Not interested" why. */
  laterFrom: Date | null;
  declineReason: string | null;
  refunded: boolean;
  read: boolean;
}

const deliveryCursors = cursorCodec(z.object({ n: z.string().max(200), i: z.guid() }), 400);

/**
 * Per-recipient status for the report, filtered, by name, paged by keyset (`after` is a page's
 * `nextCursor`: its last row's name and id). `limit` rows at most (the CSV export asks for the
 * cap at once).
 */
export async function listDeliveries(
  db: Executor,
  {
    ownerId,
    campaignId,
    filter = "all",
    after,
    limit = 50,
  }: {
    ownerId: string;
    campaignId: string;
    filter?: DeliveryFilter;
    after?: string;
    limit?: number;
  },
): Promise<{ rows: DeliveryRow[]; nextCursor: string | null }> {
  const size = Math.max(1, Math.min(Math.trunc(limit), 1000));
  const cursor = deliveryCursors.decode(after);
  const where =
    filter === "sent"
      ? sql`cr.status = 'sent'`
      : filter === "answered"
        ? sql`i.answered_at is not null`
        : filter === "pending"
          ? sql`cr.status = 'pending'`
          : filter === "skipped"
            ? sql`cr.status = 'skipped'`
            : sql`true`;
  const rows = await rowsOf<{
    member_id: string;
    name: string;
    handle: string;
    status: DeliveryRow["status"];
    skip_reason: SkipReason | null;
    kind: string | null;
    sent_at: Date | null;
    thread_id: string | null;
    answer_kind: DeliveryRow["answer"];
    later_from: Date | null;
    decline_reason: string | null;
    refunded: boolean;
    read: boolean;
  }>(
    db,
    sql`select cr.member_id, m.name, m.handle, cr.status, cr.skip_reason, cr.kind, cr.sent_at,
          cr.thread_id, i.answer_kind, i.later_from, i.decline_reason, coalesce(i.status = 'refunded', false) as refunded,
          (tp.last_read_at is not null) as read
        from campaigns c
        join campaign_recipients cr on cr.campaign_id = c.id
        join members m on m.id = cr.member_id
        left join inmails i on i.id = cr.inmail_id
        left join thread_participants tp on tp.thread_id = cr.thread_id and tp.member_id = cr.member_id
        where c.id = ${campaignId} and c.owner_id = ${ownerId} and ${where}
          ${cursor ? sql`and (m.name, m.id) > (${cursor.n}::text, ${cursor.i}::uuid)` : sql``}
        order by m.name, m.id limit ${size + 1}`,
  );
  const page = rows.slice(0, size).map((r) => ({
    memberId: r.member_id,
    name: r.name,
    handle: r.handle,
    status: r.status,
    skipReason: r.skip_reason,
    kind: r.kind,
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    threadId: r.thread_id,
    answer: r.answer_kind,
    laterFrom: r.later_from ? new Date(r.later_from) : null,
    declineReason: r.decline_reason,
    refunded: Boolean(r.refunded),
    read: Boolean(r.read),
  }));
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > size && last
        ? deliveryCursors.encode({ n: last.name, i: last.memberId })
        : null,
  };
}

export interface TimelineDay {
  /** YYYY-MM-DD (UTC). */
  day: string;
  sent: number;
  answered: number;
  refunded: number;
}

/** A campaign's days, from launch to today (at most 60): sends, answers and refunds per day. */
export async function campaignTimeline(
  db: Executor,
  { ownerId, campaignId }: { ownerId: string; campaignId: string },
): Promise<TimelineDay[]> {
  const campaign = await getCampaign(db, { ownerId, campaignId });
  if (!campaign?.launchedAt) return [];
  const rows = await rowsOf<{ day: string; kind: string; n: number }>(
    db,
    sql`with d as (
          select cr.sent_at, i.answered_at, i.refunded_at
          from campaign_recipients cr left join inmails i on i.id = cr.inmail_id
          where cr.campaign_id = ${campaignId} and cr.status = 'sent'
        )
        select to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD') as day, 'sent' as kind,
               count(*)::int as n from d group by 1
        union all
        select to_char(answered_at at time zone 'UTC', 'YYYY-MM-DD'), 'answered', count(*)::int
          from d where answered_at is not null group by 1
        union all
        select to_char(refunded_at at time zone 'UTC', 'YYYY-MM-DD'), 'refunded', count(*)::int
          from d where refunded_at is not null group by 1`,
  );
  const byDay = new Map<string, TimelineDay>();
  const start = Date.UTC(
    campaign.launchedAt.getUTCFullYear(),
    campaign.launchedAt.getUTCMonth(),
    campaign.launchedAt.getUTCDate(),
  );
  const last = Math.max(start, now().getTime());
  for (let t = start, i = 0; t <= last && i < 60; t += 86_400_000, i++) {
    const day = new Date(t).toISOString().slice(0, 10);
    byDay.set(day, { day, sent: 0, answered: 0, refunded: 0 });
  }
  for (const row of rows) {
    const entry = byDay.get(row.day);
    if (entry && (row.kind === "sent" || row.kind === "answered" || row.kind === "refunded")) {
      entry[row.kind] += Number(row.n);
    }
  }
  return [...byDay.values()];
}
