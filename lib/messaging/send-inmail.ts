import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import type { InmailPolicy } from "@/db/schema";
import { preparedRowsOf, rowsOf } from "@/db/sql";
import { addDays, now } from "@/lib/clock";
import { settleMemberCredits } from "@/lib/credits/settle";
import { log } from "@/lib/log";
import { bodyWithSignature } from "@/lib/text/fields";
import {
  type ComposeInmailInput,
  inmailFieldsSchema,
  inmailFitsSignature,
} from "@/lib/validation/inmail";
import {
  decideReach,
  factsFromRow,
  type ReachFactRow,
  type ReachRefusal,
  reachFactColumns,
} from "./reach";
import { type MessagingRefusal, Refusal } from "./refusals";

/** Why an InMail was not sent: the reach rule's refusals, and the sender's own. */
export type InmailRefusal =
  | ReachRefusal
  | Extract<MessagingRefusal, "connected" | "no_credits" | "invalid_message">;

export type SendInmailResult =
  | { ok: true; threadId: string; inmailId: string; replayed: boolean }
  | { ok: false; reason: InmailRefusal };

type SenderRow = ReachFactRow & {
  recipient_exists: boolean;
  signature: string | null;
  credits: number;
  settlement_due: boolean;
  twin_inmail_id: string | null;
  twin_thread_id: string | null;
};

/**
 * Sends an InMail in a handful of statements: ONE that locks the sender (every credit change of
 * a member takes turns on that row), reads everything the reach rule and the sender's credits
 * need and finds an earlier send with the same idempotency key; settlement only when something is
 * due (an expiry, an anniversary, a refund — a few index probes in that same statement say so);
 * then ONE that spends the soonest-expiring credit (none to an Open Profile) and writes the
 * thread, both participants, the message, the InMail, the ledger entry, the live events and the
 * recipient's mail job. A refusal rolls everything back and spends nothing.
 */
export async function sendInmail(
  db: Executor,
  input: ComposeInmailInput & { senderId: string },
): Promise<SendInmailResult> {
  const { senderId, idempotencyKey } = input;
  const at = now();
  const policy = await getInmailPolicy(db);
  const limits = compositionLimits(policy);
  // The service enforces the limits itself, whoever calls it (an action, a campaign job): the
  // fields before anything is locked, the body with the sender's signature once it is read.
  const fields = inmailFieldsSchema(limits).safeParse(input);
  if (!fields.success) return { ok: false, reason: "invalid_message" };
  try {
    const sent = await db.transaction(async (tx) => {
      let sender = await lockAndRead(tx, input, at);
      if (!sender) throw new Refusal<InmailRefusal>("recipient_not_found");
      // A twin of this request (double click, retry, second tab) committed first: same answer.
      if (sender.twin_inmail_id && sender.twin_thread_id) {
        return { threadId: sender.twin_thread_id, inmailId: sender.twin_inmail_id, replayed: true };
      }
      if (sender.settlement_due) {
        // Time-based rules first: expired credits must not be spent, due grants and refunds count.
        await settleMemberCredits(tx, { memberId: senderId, at, policy });
        sender = (await lockAndRead(tx, input, at)) ?? sender;
      }
      const reach = decideReach(
        senderId,
        factsFromRow(input.recipientId, sender.recipient_exists, sender),
      );
      if (reach.kind === "refused") throw new Refusal<InmailRefusal>(reach.reason);
      if (reach.kind === "message") throw new Refusal<InmailRefusal>("connected");
      const signature = sender.signature ?? "";
      if (!inmailFitsSignature(fields.data.body, signature, limits)) {
        throw new Refusal<InmailRefusal>("invalid_message");
      }
      if (!reach.free && sender.credits < 1) throw new Refusal<InmailRefusal>("no_credits");
      return {
        ...(await writeInmail(
          tx,
          { ...fields.data, senderId },
          { at, policy, signature, free: reach.free },
        )),
        replayed: false,
      };
    });
    if (!sent.replayed) {
      log.info(
        { senderId, recipientId: input.recipientId, inmailId: sent.inmailId },
        "inmail sent",
      );
    }
    return { ok: true, ...sent };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.code as InmailRefusal };
    // Two sends to the same member raced past the check: the partial unique index decides.
    if (isUniqueViolation(error, "inmails_one_awaiting_per_pair"))
      return { ok: false, reason: "awaiting_answer" };
    if (isUniqueViolation(error, "inmails_idempotency_key")) {
      const [first] = await rowsOf<{ id: string; thread_id: string }>(
        db,
        sql`select id, thread_id from inmails where sender_id = ${senderId} and idempotency_key = ${idempotencyKey}`,
      );
      if (first) return { ok: true, inmailId: first.id, threadId: first.thread_id, replayed: true };
    }
    throw error;
  }
}

/** The sender's row, locked, with every fact the send decides on. Null: no such sender. */
async function lockAndRead(
  tx: Transaction,
  input: { senderId: string; recipientId: string; idempotencyKey: string },
  at: Date,
): Promise<SenderRow | null> {
  const { senderId, recipientId, idempotencyKey } = input;
  const when = at.toISOString();
  const recipient = sql`${recipientId}::uuid`;
  const [row] = await preparedRowsOf<SenderRow>(
    tx,
    "send_inmail_lock_and_read",
    sql`select
          exists (select 1 from members r where r.id = ${recipient}) as recipient_exists,
          ${reachFactColumns(senderId, recipient)},
          (select cs.signature from communication_settings cs where cs.member_id = s.id) as signature,
          (select coalesce(sum(g.remaining), 0)::int from credit_grants g
            where g.member_id = s.id and g.remaining > 0 and g.expires_at > ${when}::timestamptz) as credits,
          (exists (select 1 from credit_grants g
              where g.member_id = s.id and g.remaining > 0 and g.expires_at <= ${when}::timestamptz)
            or exists (select 1 from subscriptions sub
              where sub.member_id = s.id and sub.status = 'active'
                and ((sub.started_at at time zone 'UTC')
                  + make_interval(months => sub.settled_periods)) at time zone 'UTC' <= ${when}::timestamptz)
            or exists (select 1 from inmails due
              where due.sender_id = s.id and due.status = 'awaiting_answer' and not due.free
                and due.refund_due_at <= ${when}::timestamptz)) as settlement_due,
          twin.id as twin_inmail_id,
          twin.thread_id as twin_thread_id
        from members s
        left join inmails twin on twin.sender_id = s.id and twin.idempotency_key = ${idempotencyKey}
        where s.id = ${senderId}
        for update of s`,
  );
  return row ?? null;
}

/**
 * Everything an InMail is, in one statement of data-modifying CTEs: they all run, and each
 * write after the spend reads from `t`, which is empty when no credit could be spent — so a
 * failed spend writes nothing at all.
 */
async function writeInmail(
  tx: Transaction,
  input: ComposeInmailInput & { senderId: string },
  {
    at,
    policy,
    signature,
    free,
  }: { at: Date; policy: InmailPolicy; signature: string; free: boolean },
) {
  const threadId = randomUUID();
  const inmailId = randomUUID();
  const when = at.toISOString();
  const { senderId, recipientId } = input;
  const [written] = await preparedRowsOf<{ thread_id: string | null }>(
    tx,
    "send_inmail_write",
    sql`with g as (
          select id from credit_grants
          where member_id = ${senderId} and remaining > 0 and expires_at > ${when}::timestamptz
            and not ${free}
          order by expires_at, granted_at, id
          limit 1
        ), spent as (
          update credit_grants set remaining = remaining - 1
          from g where credit_grants.id = g.id and credit_grants.remaining > 0
          returning credit_grants.id
        ), ledger as (
          insert into credit_ledger_entries
            (member_id, kind, delta, grant_id, inmail_id, reason, occurred_at, idempotency_key)
          select ${senderId}, 'spend', -1, spent.id, ${inmailId}, 'inmail_sent', ${when}::timestamptz,
            ${`ledger:spend:${inmailId}`}
          from spent
          returning id
        ), t as (
          insert into threads (id, kind, subject, created_by_id, created_at, last_message_at)
          select ${threadId}, 'inmail', ${input.subject}, ${senderId}, ${when}::timestamptz, ${when}::timestamptz
          where ${free} or exists (select 1 from spent)
          returning id
        ), p as (
          insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, last_read_at)
          select t.id, x.member_id, 'inmail', ${when}::timestamptz, x.read_at
          from t, (values (${senderId}::uuid, ${when}::timestamptz), (${recipientId}::uuid, null::timestamptz))
            as x(member_id, read_at)
        ), m as (
          insert into messages (thread_id, sender_id, kind, body, created_at)
          select t.id, ${senderId}, 'text', ${bodyWithSignature(input.body, signature)}, ${when}::timestamptz from t
        ), i as (
          insert into inmails (id, thread_id, sender_id, recipient_id, category, contact_email,
            contact_phone, sent_at, refund_due_at, free, idempotency_key)
          select ${inmailId}, t.id, ${senderId}, ${recipientId}, ${input.category},
            ${input.contactEmail || null}, ${input.contactPhone || null}, ${when}::timestamptz,
            ${addDays(at, policy.refundAfterDays).toISOString()}::timestamptz, ${free}, ${input.idempotencyKey}
          from t
        ), e as (
          insert into member_events (member_id, kind, thread_id, actor_id)
          select x.member_id, 'message', t.id, ${senderId}
          from t, (values (${senderId}::uuid), (${recipientId}::uuid)) as x(member_id)
        ), job as (
          -- The recipient's mail goes out after the commit, from the job queue (the outbox).
          select graphile_worker.add_job(
            identifier => 'mail:inmail-received',
            payload => json_build_object('inmailId', ${inmailId}::text),
            job_key => ${`inmail-received:${inmailId}`}
          ) from t
        )
        select (select id from t) as thread_id, (select count(*) from job) as jobs`,
  );
  if (!written?.thread_id) throw new Refusal<InmailRefusal>("no_credits");
  return { threadId, inmailId };
}
