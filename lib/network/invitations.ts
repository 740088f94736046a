import { and, eq, isNotNull, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { isBlockedEitherWay } from "@/db/queries/network";
import { invitations, members } from "@/db/schema";
import { now } from "@/lib/clock";
import { enqueue } from "@/lib/jobs/queue";
import { recordEvents } from "@/lib/live/events";
import { measureText } from "@/lib/text/count";
import { NOTE_MAX, normalizeNote } from "@/lib/validation/invitations";
import { areConnected, insertConnection } from "./connect";
import { lockPair } from "./pair-lock";

export { removeConnection } from "./connect";

export type InviteRefusal =
  | "self"
  | "not_found"
  | "blocked"
  | "already_connected"
  | "already_pending"
  | "note_too_long"
  | "invalid_email";

export type InviteResult =
  | { ok: true; outcome: "invited"; invitationId: string }
  /** They had already invited you: their invitation was accepted, you are now connected. */
  | { ok: true; outcome: "connected"; invitationId: string }
  | { ok: false; reason: InviteRefusal };

/**
 * Invites a member to connect. Refuses self, unknown members, blocks either way, existing
 * connections and a second pending invitation between the two; if the other member already
 * invited the inviter, that invitation is accepted instead (LinkedIn does the same).
 */
export async function inviteMember(
  db: Executor,
  { inviterId, inviteeId, note = "" }: { inviterId: string; inviteeId: string; note?: string },
): Promise<InviteResult> {
  const text = normalizeNote(note);
  if (!measureText(text, NOTE_MAX).ok) return { ok: false, reason: "note_too_long" };
  if (inviterId === inviteeId) return { ok: false, reason: "self" };
  const [invitee] = await db
    .select({ id: members.id })
    .from(members)
    .where(eq(members.id, inviteeId))
    .limit(1);
  if (!invitee) return { ok: false, reason: "not_found" };
  if (await isBlockedEitherWay(db, { a: inviterId, b: inviteeId }))
    return { ok: false, reason: "blocked" };

  let result: InviteResult;
  try {
    result = await db.transaction(async (tx): Promise<InviteResult> => {
      await lockPair(tx, inviterId, inviteeId);
      if (await areConnected(tx, inviterId, inviteeId))
        return { ok: false, reason: "already_connected" };
      const [pending] = await tx
        .select({ id: invitations.id, inviterId: invitations.inviterId })
        .from(invitations)
        .where(
          and(
            eq(invitations.status, "pending"),
            or(
              and(eq(invitations.inviterId, inviterId), eq(invitations.inviteeId, inviteeId)),
              and(eq(invitations.inviterId, inviteeId), eq(invitations.inviteeId, inviterId)),
            ),
          ),
        )
        .limit(1);
      const at = now();
      if (pending && pending.inviterId === inviterId)
        return { ok: false, reason: "already_pending" };
      if (pending) {
        await tx
          .update(invitations)
          .set({ status: "accepted", respondedAt: at })
          .where(eq(invitations.id, pending.id));
        await insertConnection(tx, { a: inviterId, b: inviteeId, at });
        await invitationEvents(tx, inviterId, inviteeId);
        return { ok: true, outcome: "connected", invitationId: pending.id };
      }
      const [created] = await tx
        .insert(invitations)
        .values({ inviterId, inviteeId, note: text, createdAt: at })
        .returning({ id: invitations.id });
      if (!created) throw new Error("invitation insert returned nothing");
      await invitationEvents(tx, inviterId, inviteeId);
      await enqueue(
        tx,
        "mail:invitation",
        { invitationId: created.id },
        { key: `invitation:${created.id}` },
      );
      return { ok: true, outcome: "invited", invitationId: created.id };
    });
  } catch (error) {
    // The pair lock makes this unreachable in practice; the index still has the last word.
    if (isUniqueViolation(error, "invitations_one_pending_per_pair"))
      return { ok: false, reason: "already_pending" };
    throw error;
  }
  return result;
}

export type RespondResult = { ok: true } | { ok: false; reason: "not_found" | "blocked" };

/**
 * The invitee accepts: the invitation and both connection rows change in one transaction. Only
 * the invitee can; for anyone else the invitation does not exist. Accepting twice is harmless.
 */
export async function acceptInvitation(
  db: Executor,
  { memberId, invitationId }: { memberId: string; invitationId: string },
): Promise<RespondResult> {
  return db.transaction(async (tx): Promise<RespondResult> => {
    const [invitation] = await tx
      .select({ inviterId: invitations.inviterId, status: invitations.status })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.inviteeId, memberId)))
      .limit(1);
    if (!invitation) return { ok: false, reason: "not_found" };
    await lockPair(tx, invitation.inviterId, memberId);
    if (await isBlockedEitherWay(tx, { a: invitation.inviterId, b: memberId }))
      return { ok: false, reason: "blocked" };
    const at = now();
    const [accepted] = await tx
      .update(invitations)
      .set({ status: "accepted", respondedAt: at })
      .where(and(eq(invitations.id, invitationId), eq(invitations.status, "pending")))
      .returning({ id: invitations.id });
    if (accepted) {
      await insertConnection(tx, { a: invitation.inviterId, b: memberId, at });
      await invitationEvents(tx, invitation.inviterId, memberId);
      return { ok: true };
    }
    // A second click after the first went through finds it accepted already.
    const [again] = await tx
      .select({ status: invitations.status })
      .from(invitations)
      .where(eq(invitations.id, invitationId));
    return again?.status === "accepted" ? { ok: true } : { ok: false, reason: "not_found" };
  });
}

/** The invitee declines quietly; the inviter is not told. Only the invitee can. */
export async function ignoreInvitation(
  db: Executor,
  { memberId, invitationId }: { memberId: string; invitationId: string },
): Promise<RespondResult> {
  return closeInvitation(db, {
    invitationId,
    status: "ignored",
    owner: eq(invitations.inviteeId, memberId),
  });
}

/** The inviter takes back a pending invitation (to a member or an email address). */
export async function withdrawInvitation(
  db: Executor,
  { memberId, invitationId }: { memberId: string; invitationId: string },
): Promise<RespondResult> {
  return closeInvitation(db, {
    invitationId,
    status: "withdrawn",
    owner: eq(invitations.inviterId, memberId),
  });
}

async function closeInvitation(
  db: Executor,
  {
    invitationId,
    status,
    owner,
  }: {
    invitationId: string;
    status: "ignored" | "withdrawn";
    owner: ReturnType<typeof eq>;
  },
): Promise<RespondResult> {
  // One conditional UPDATE: only a pending invitation of this member changes, exactly once.
  const closed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ status, respondedAt: now(), tokenHash: null })
      .where(and(eq(invitations.id, invitationId), owner, eq(invitations.status, "pending")))
      .returning({ inviterId: invitations.inviterId, inviteeId: invitations.inviteeId });
    if (row) await invitationEvents(tx, row.inviterId, row.inviteeId);
    return row;
  });
  if (closed) return { ok: true };
  const [again] = await db
    .select({ status: invitations.status })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), owner, isNotNull(invitations.id)))
    .limit(1);
  return again?.status === status ? { ok: true } : { ok: false, reason: "not_found" };
}

/** Both sides' pending-invitation counts may have changed: their open pages update. */
async function invitationEvents(tx: Executor, inviterId: string, inviteeId: string | null) {
  await recordEvents(tx, [
    { memberId: inviterId, kind: "invitation" },
    ...(inviteeId ? [{ memberId: inviteeId, kind: "invitation" as const }] : []),
  ]);
}
