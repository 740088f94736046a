import { and, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { isBlockedEitherWay } from "@/db/queries/network";
import { getInmailPolicy } from "@/db/queries/policy";
import { inmails, members, messages, threadParticipants, threads } from "@/db/schema";
import type { DeclineReason } from "@/db/schema/categories";
import { addDays, now } from "@/lib/clock";
import { settleMemberCredits } from "@/lib/credits/settle";
import { lockMemberCredits } from "@/lib/credits/spend";
import { enqueue } from "@/lib/jobs/queue";
import { recordMessageEvents } from "@/lib/live/events";
import type { QuickReply } from "@/lib/validation/inmail";
import { type MessagingRefusal, Refusal } from "./refusals";

export type ReplyRefusal = Extract<
  MessagingRefusal,
  "not_found" | "blocked" | "awaiting_answer" | "already_answered"
>;
export type ReplyResult =
  | { ok: true; messageId: string; replayed: boolean }
  | { ok: false; reason: ReplyRefusal };

type ReplyInput = {
  memberId: string;
  threadId: string;
  idempotencyKey: string;
} & (
  | { kind: "text"; body: string }
  | {
      kind: QuickReply;
      note: string;
      /** "Not interested": why, if they said. */
      reason?: DeclineReason | null;
      /** "Ask me later": in how many weeks (1–4). */
      weeks?: number;
      /** "Interested": share the account's address, and this phone number. */
      shareEmail?: boolean;
      phone?: string;
    }
);

/**
 * Adds a message to a thread the member takes part in. On an InMail, the recipient's first reply
 * or quick reply is the answer (it settles the credit: no refund after that); until then the
 * sender cannot write again — that would be a second InMail. Afterwards it is a free conversation.
 */
export async function replyToThread(db: Executor, input: ReplyInput): Promise<ReplyResult> {
  const at = now();
  try {
    const result = await db.transaction(async (tx) => {
      const earlier = await findReply(tx, input.memberId, input.idempotencyKey);
      if (earlier) return { messageId: earlier, replayed: true, otherId: null };
      // Lock the InMail row (if any) so that an answer and the refund sweep cannot interleave.
      const [context] = await tx
        .select({
          kind: threads.kind,
          otherId: sql<string>`(select member_id from thread_participants o where o.thread_id = ${threads.id} and o.member_id <> ${input.memberId} limit 1)`,
        })
        .from(threadParticipants)
        .innerJoin(threads, eq(threads.id, threadParticipants.threadId))
        .where(
          and(
            eq(threadParticipants.threadId, input.threadId),
            eq(threadParticipants.memberId, input.memberId),
          ),
        )
        .limit(1);
      if (!context) throw new Refusal<ReplyRefusal>("not_found");
      if (
        context.otherId &&
        (await isBlockedEitherWay(tx, { a: input.memberId, b: context.otherId }))
      ) {
        throw new Refusal<ReplyRefusal>("blocked");
      }
      if (context.kind === "inmail") await settleInmailAnswer(tx, input, at);
      else if (input.kind !== "text") throw new Refusal<ReplyRefusal>("not_found");
      const body = input.kind === "text" ? input.body : input.note;
      const [message] = await tx
        .insert(messages)
        .values({
          threadId: input.threadId,
          senderId: input.memberId,
          kind: input.kind,
          body,
          createdAt: at,
          idempotencyKey: input.idempotencyKey,
        })
        .returning({ id: messages.id });
      if (!message) throw new Error("message insert returned nothing");
      await tx.update(threads).set({ lastMessageAt: at }).where(eq(threads.id, input.threadId));
      // Every participant's inbox row moves up and comes back from the archive; the sender has
      // read their own message.
      await tx
        .update(threadParticipants)
        .set({
          lastMessageAt: at,
          archived: false,
          lastReadAt: sql`case when ${threadParticipants.memberId} = ${input.memberId} then ${at.toISOString()}::timestamptz else ${threadParticipants.lastReadAt} end`,
        })
        .where(eq(threadParticipants.threadId, input.threadId));
      await recordMessageEvents(tx, { threadId: input.threadId, senderId: input.memberId });
      await enqueue(
        tx,
        "mail:reply-received",
        { messageId: message.id },
        { key: `reply-received:${message.id}` },
      );
      return { messageId: message.id, replayed: false, otherId: context.otherId };
    });
    return { ok: true, messageId: result.messageId, replayed: result.replayed };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.code as ReplyRefusal };
    if (isUniqueViolation(error, "messages_idempotency_key")) {
      const first = await findReply(db, input.memberId, input.idempotencyKey);
      if (first) return { ok: true, messageId: first, replayed: true };
    }
    throw error;
  }
}

async function findReply(db: Executor, memberId: string, key: string): Promise<string | null> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.senderId, memberId), eq(messages.idempotencyKey, key)))
    .limit(1);
  return row?.id ?? null;
}

async function settleInmailAnswer(tx: Transaction, input: ReplyInput, at: Date): Promise<void> {
  // Lock order everywhere: the sender's credits, then the InMail row. If the 7 days are over, the
  // refund happens first (as of its due time), so a late answer cannot take the credit back.
  const [owner] = await tx
    .select({ senderId: inmails.senderId })
    .from(inmails)
    .where(eq(inmails.threadId, input.threadId));
  if (owner) {
    await lockMemberCredits(tx, owner.senderId);
    await settleMemberCredits(tx, {
      memberId: owner.senderId,
      at,
      policy: await getInmailPolicy(tx),
    });
  }
  const [inmail] = await tx
    .select({
      id: inmails.id,
      senderId: inmails.senderId,
      recipientId: inmails.recipientId,
      answeredAt: inmails.answeredAt,
      status: inmails.status,
    })
    .from(inmails)
    .where(eq(inmails.threadId, input.threadId))
    .for("update");
  if (!inmail) throw new Error(`inmail thread ${input.threadId} has no inmail row`);
  const answered = inmail.answeredAt !== null;
  if (input.memberId === inmail.senderId) {
    if (!answered) throw new Refusal<ReplyRefusal>("awaiting_answer");
    if (input.kind !== "text") throw new Refusal<ReplyRefusal>("not_found");
    return;
  }
  if (answered) {
    if (input.kind !== "text") throw new Refusal<ReplyRefusal>("already_answered");
    return;
  }
  // The first answer. If the refund already happened (7 days passed), the credit stays refunded.
  const quick = input.kind === "text" ? null : input;
  let answerEmail: string | null = null;
  if (quick?.kind === "interested" && quick.shareEmail) {
    const [me] = await tx
      .select({ email: members.email })
      .from(members)
      .where(eq(members.id, input.memberId));
    answerEmail = me?.email ?? null;
  }
  const weeks = Math.min(4, Math.max(1, Math.trunc(quick?.weeks ?? 2)));
  await tx
    .update(inmails)
    .set({
      answeredAt: at,
      answerKind: input.kind,
      declineReason: quick?.kind === "not_interested" ? (quick.reason ?? null) : null,
      laterFrom: quick?.kind === "later" ? addDays(at, weeks * 7) : null,
      answerEmail,
      answerPhone: quick?.kind === "interested" && quick.phone ? quick.phone : null,
      status:
        inmail.status === "refunded"
          ? "refunded"
          : input.kind === "not_interested"
            ? "declined"
            : "answered",
    })
    .where(eq(inmails.id, inmail.id));
}
