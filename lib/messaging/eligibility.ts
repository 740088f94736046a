import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { availableCredits } from "@/db/queries/billing";
import { isBlockedEitherWay } from "@/db/queries/network";
import { communicationSettings, connections, inmails, members } from "@/db/schema";
import { hasOpenProfile } from "./open-profile";

/** Why an InMail cannot be sent; each has its own sentence in the `compose.refusals` namespace. */
export type InmailRefusal =
  | "recipient_not_found"
  | "self"
  | "blocked"
  | "connected"
  | "opted_out"
  | "awaiting_answer"
  | "no_credits";

/** `free`: the recipient has an Open Profile, so the InMail spends no credit. */
export type Eligibility = { ok: true; free: boolean } | { ok: false; reason: InmailRefusal };

/**
 * The InMail rules of DESIGN.md, checked on the server, cheapest and most definite first. The
 * send transaction calls this again under the sender's lock, so a check cannot go stale.
 */
export async function checkInmailEligibility(
  db: Executor,
  { senderId, recipientId, at }: { senderId: string; recipientId: string; at: Date },
): Promise<Eligibility> {
  if (senderId === recipientId) return { ok: false, reason: "self" };
  const [recipient] = await db
    .select({ id: members.id, acceptsInmail: communicationSettings.acceptsInmail })
    .from(members)
    .leftJoin(communicationSettings, eq(communicationSettings.memberId, members.id))
    .where(eq(members.id, recipientId))
    .limit(1);
  if (!recipient) return { ok: false, reason: "recipient_not_found" };
  if (await isBlockedEitherWay(db, { a: senderId, b: recipientId }))
    return { ok: false, reason: "blocked" };
  const [connected] = await db
    .select({ one: sql`1` })
    .from(connections)
    .where(and(eq(connections.memberId, senderId), eq(connections.connectedMemberId, recipientId)))
    .limit(1);
  if (connected) return { ok: false, reason: "connected" };
  // Refusing InMail is the stronger choice: it wins over an Open Profile.
  if (recipient.acceptsInmail === false) return { ok: false, reason: "opted_out" };
  if (await hasUnansweredInmail(db, { senderId, recipientId }))
    return { ok: false, reason: "awaiting_answer" };
  // An Open Profile (a Premium member's opt-in) lets anyone write, credits or not.
  if (await hasOpenProfile(db, { memberId: recipientId })) return { ok: true, free: true };
  if ((await availableCredits(db, { memberId: senderId, at })) < 1)
    return { ok: false, reason: "no_credits" };
  return { ok: true, free: false };
}

/** "One at a time": an InMail the recipient has not answered (refunded or not) blocks the next. */
export async function hasUnansweredInmail(
  db: Executor,
  { senderId, recipientId }: { senderId: string; recipientId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: inmails.id })
    .from(inmails)
    .where(
      and(
        eq(inmails.senderId, senderId),
        eq(inmails.recipientId, recipientId),
        isNull(inmails.answeredAt),
        inArray(inmails.status, ["awaiting_answer", "refunded"]),
      ),
    )
    .limit(1);
  return Boolean(row);
}
