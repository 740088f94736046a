import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUuid } from "@/db/ids";
import { rowsOf } from "@/db/sql";
import type { MessagingRefusal } from "./refusals";

/**
 * THE rule of who may reach whom, and at what cost (DESIGN.md, "The three ways to reach
 * someone"). The profile, search results, compose, campaigns and the send services all ask this
 * module; none re-derives it.
 *
 *   1st-degree connection          → a free message
 *   anyone else who accepts InMail → an InMail: 1 credit, or free to an Open Profile
 *   never: yourself, a member on either side of a block, a member who refuses InMail (invite
 *   them instead), and a second InMail while the first is unanswered.
 *
 * Credits are the sender's business, not the recipient's: `reach` says what it costs; whether
 * the sender can pay is `senderFacts().credits`.
 */
export type ReachRefusal = Extract<
  MessagingRefusal,
  "recipient_not_found" | "self" | "blocked" | "opted_out" | "awaiting_answer"
>;

export type Reach =
  | { kind: "message" }
  | { kind: "inmail"; free: boolean }
  | { kind: "refused"; reason: ReachRefusal };

/** What the rule looks at, for one sender and one recipient (one query gives many). */
export interface ReachFacts {
  recipientId: string;
  exists: boolean;
  blocked: boolean;
  connected: boolean;
  acceptsInmail: boolean;
  /** An InMail from this sender the recipient has not answered yet (refunded or not). */
  awaitingAnswer: boolean;
  /** Open Profile: the setting AND an active Premium plan. */
  openProfile: boolean;
}

/** The rule itself: pure, so every caller — and the tests — decide exactly alike. */
export function decideReach(senderId: string, facts: ReachFacts): Reach {
  if (facts.recipientId === senderId) return { kind: "refused", reason: "self" };
  if (!facts.exists) return { kind: "refused", reason: "recipient_not_found" };
  if (facts.blocked) return { kind: "refused", reason: "blocked" };
  if (facts.connected) return { kind: "message" };
  // Refusing InMail is the stronger choice: it wins over an Open Profile.
  if (!facts.acceptsInmail) return { kind: "refused", reason: "opted_out" };
  if (facts.awaitingAnswer) return { kind: "refused", reason: "awaiting_answer" };
  return { kind: "inmail", free: facts.openProfile };
}

/** Credits a reach costs: what a campaign summary adds up. */
export function reachCost(reach: Reach): number {
  return reach.kind === "inmail" && !reach.free ? 1 : 0;
}

/**
 * The facts as SQL select-list columns, for one sender and a recipient id expression: the one
 * definition both the batch read below and the send transaction (lib/messaging/send-inmail.ts)
 * use. Each is an index lookup.
 */
export function reachFactColumns(senderId: string, recipient: SQL) {
  return sql`
    exists (select 1 from blocks b
      where (b.blocker_id = ${senderId} and b.blocked_id = ${recipient})
         or (b.blocker_id = ${recipient} and b.blocked_id = ${senderId})) as blocked,
    exists (select 1 from connections c
      where c.member_id = ${senderId} and c.connected_member_id = ${recipient}) as connected,
    coalesce((select cs.accepts_inmail from communication_settings cs
      where cs.member_id = ${recipient}), true) as accepts_inmail,
    exists (select 1 from inmails i
      where i.sender_id = ${senderId} and i.recipient_id = ${recipient} and i.answered_at is null
        and i.status in ('awaiting_answer', 'refunded')) as awaiting,
    (coalesce((select cs.open_profile from communication_settings cs
      where cs.member_id = ${recipient}), false) and exists (
      select 1 from subscriptions s join plans p on p.id = s.plan_id
      where s.member_id = ${recipient} and s.status = 'active' and p.is_premium)) as open_profile`;
}

export type ReachFactRow = {
  blocked: boolean;
  connected: boolean;
  accepts_inmail: boolean;
  awaiting: boolean;
  open_profile: boolean;
};

export function factsFromRow(recipientId: string, exists: boolean, row: ReachFactRow): ReachFacts {
  return {
    recipientId,
    exists,
    blocked: Boolean(row.blocked),
    connected: Boolean(row.connected),
    acceptsInmail: Boolean(row.accepts_inmail),
    awaitingAnswer: Boolean(row.awaiting),
    openProfile: Boolean(row.open_profile),
  };
}

/** The facts for many recipients at once, in ONE statement (a compose page, a campaign page). */
export async function reachFacts(
  db: Executor,
  { senderId, recipientIds }: { senderId: string; recipientIds: readonly string[] },
): Promise<Map<string, ReachFacts>> {
  const ids = [...new Set(recipientIds.filter((id) => isUuid(id)))].slice(0, 1_000);
  const facts = new Map<string, ReachFacts>();
  const missing: ReachFactRow = {
    blocked: false,
    connected: false,
    accepts_inmail: false,
    awaiting: false,
    open_profile: false,
  };
  for (const id of recipientIds) facts.set(id, factsFromRow(id, false, missing));
  if (ids.length === 0) return facts;
  const rows = await rowsOf<ReachFactRow & { id: string }>(
    db,
    sql`select r.id, ${reachFactColumns(senderId, sql`r.id`)}
        from members r where r.id = any(${sql.param(ids)}::uuid[])`,
  );
  for (const row of rows) facts.set(row.id, factsFromRow(row.id, true, row));
  return facts;
}

/** How the sender may reach each recipient. */
export async function reachOf(
  db: Executor,
  { senderId, recipientIds }: { senderId: string; recipientIds: readonly string[] },
): Promise<Map<string, Reach>> {
  const facts = await reachFacts(db, { senderId, recipientIds });
  return new Map([...facts].map(([id, f]) => [id, decideReach(senderId, f)]));
}

/** How the sender may reach one recipient. */
export async function reachOne(
  db: Executor,
  { senderId, recipientId }: { senderId: string; recipientId: string },
): Promise<Reach> {
  const facts = await reachFacts(db, { senderId, recipientIds: [recipientId] });
  const one = facts.get(recipientId);
  return one ? decideReach(senderId, one) : { kind: "refused", reason: "recipient_not_found" };
}
