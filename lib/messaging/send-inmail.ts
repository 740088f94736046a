import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { getCommunicationSettings } from "@/db/queries/members";
import { getInmailPolicy } from "@/db/queries/policy";
import { inmails, messages, threadParticipants, threads } from "@/db/schema";
import { addDays, now } from "@/lib/clock";
import { settleMemberCredits } from "@/lib/credits/settle";
import { lockMemberCredits, spendOneCredit } from "@/lib/credits/spend";
import { enqueue } from "@/lib/jobs/queue";
import { recordMessageEvents } from "@/lib/live/events";
import { log } from "@/lib/log";
import type { ComposeInmailInput } from "@/lib/validation/inmail";
import { bodyWithSignature } from "@/lib/validation/inmail";
import { checkInmailEligibility, type InmailRefusal } from "./eligibility";

export type SendInmailResult =
  | { ok: true; threadId: string; inmailId: string; replayed: boolean }
  | { ok: false; reason: InmailRefusal };

/** Thrown inside the transaction to roll it back with a refusal the caller turns into a value. */
class Refused extends Error {
  constructor(readonly reason: InmailRefusal) {
    super(reason);
  }
}

async function findByIdempotencyKey(db: Executor, senderId: string, key: string) {
  const [row] = await db
    .select({ inmailId: inmails.id, threadId: inmails.threadId })
    .from(inmails)
    .where(and(eq(inmails.senderId, senderId), eq(inmails.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

/**
 * Sends an InMail: spends exactly one credit (soonest-expiring first; none to an Open Profile) and writes the thread, both
 * participants, the message, the InMail and the ledger entry in ONE transaction. The form's
 * idempotency key makes a double click, a retry or a second tab return the first send.
 */
export async function sendInmail(
  db: Executor,
  input: ComposeInmailInput & { senderId: string },
): Promise<SendInmailResult> {
  const { senderId, idempotencyKey } = input;
  const earlier = await findByIdempotencyKey(db, senderId, idempotencyKey);
  if (earlier) return { ok: true, ...earlier, replayed: true };

  const at = now();
  const policy = await getInmailPolicy(db);
  const senderSettings = await getCommunicationSettings(db, { memberId: senderId });
  try {
    const sent = await db.transaction(async (tx) => {
      if (!(await lockMemberCredits(tx, senderId))) throw new Refused("recipient_not_found");
      // Time-based rules first: expired credits must not be spent, due grants and refunds count.
      await settleMemberCredits(tx, { memberId: senderId, at, policy });
      // A concurrent twin of this request may have committed while we waited for the lock.
      const twin = await findByIdempotencyKey(tx, senderId, idempotencyKey);
      if (twin) return { ...twin, replayed: true };
      const eligibility = await checkInmailEligibility(tx, {
        senderId,
        recipientId: input.recipientId,
        at,
      });
      if (!eligibility.ok) throw new Refused(eligibility.reason);
      return {
        ...(await writeInmail(
          tx,
          input,
          at,
          policy.refundAfterDays,
          senderSettings?.signature ?? "",
          eligibility.free,
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
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    // Two sends to the same member raced past the check: the partial unique index decides.
    if (isUniqueViolation(error, "inmails_one_awaiting_per_pair"))
      return { ok: false, reason: "awaiting_answer" };
    if (isUniqueViolation(error, "inmails_idempotency_key")) {
      const first = await findByIdempotencyKey(db, senderId, idempotencyKey);
      if (first) return { ok: true, ...first, replayed: true };
    }
    throw error;
  }
}

async function writeInmail(
  tx: Transaction,
  input: ComposeInmailInput & { senderId: string },
  at: Date,
  refundAfterDays: number,
  signature: string,
  free: boolean,
) {
  const inmailId = randomUUID();
  // Open Profile: no spend, so no ledger entry and nothing to refund (the sweeper skips `free`).
  if (!free) {
    const spent = await spendOneCredit(tx, { memberId: input.senderId, inmailId, at });
    if (!spent) throw new Refused("no_credits");
  }
  const [thread] = await tx
    .insert(threads)
    .values({
      kind: "inmail",
      subject: input.subject,
      createdById: input.senderId,
      createdAt: at,
      lastMessageAt: at,
    })
    .returning({ id: threads.id });
  if (!thread) throw new Error("thread insert returned nothing");
  await tx.insert(threadParticipants).values([
    { threadId: thread.id, memberId: input.senderId, lastReadAt: at },
    { threadId: thread.id, memberId: input.recipientId, lastReadAt: null },
  ]);
  await tx.insert(messages).values({
    threadId: thread.id,
    senderId: input.senderId,
    kind: "text",
    body: bodyWithSignature(input.body, signature),
    createdAt: at,
  });
  await tx.insert(inmails).values({
    id: inmailId,
    threadId: thread.id,
    senderId: input.senderId,
    recipientId: input.recipientId,
    category: input.category,
    contactEmail: input.contactEmail || null,
    contactPhone: input.contactPhone || null,
    sentAt: at,
    refundDueAt: addDays(at, refundAfterDays),
    free,
    idempotencyKey: input.idempotencyKey,
  });
  await recordMessageEvents(tx, { threadId: thread.id, senderId: input.senderId });
  // The recipient's mail goes out after the commit, from the job queue (the outbox).
  await enqueue(tx, "mail:inmail-received", { inmailId }, { key: `inmail-received:${inmailId}` });
  return { threadId: thread.id, inmailId };
}
