import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { findMemberByEmail } from "@/db/queries/members";
import { invitations, members } from "@/db/schema";
import { hashLinkToken, linkToken } from "@/lib/auth/link-tokens";
import { now } from "@/lib/clock";
import { enqueue } from "@/lib/jobs/queue";
import { measureText } from "@/lib/text/count";
import { inviteEmailSchema, NOTE_MAX, normalizeNote } from "@/lib/validation/invitations";
import { hashInviteToken } from "./claim-invitations";
import { type InviteResult, inviteMember } from "./invitations";
import { lockPair } from "./pair-lock";

export type EmailInviteResult =
  | InviteResult
  | { ok: true; outcome: "emailed"; invitationId: string };

/**
 * Invites someone by email address. A member with that address gets a normal invitation; anyone
 * else gets a mail with a sign-up link carrying a single-use token (only its SHA-256 is stored).
 */
export async function inviteByEmail(
  db: Executor,
  { inviterId, email, note = "" }: { inviterId: string; email: string; note?: string },
): Promise<EmailInviteResult> {
  const parsed = inviteEmailSchema.safeParse({ email, note });
  if (!parsed.success) {
    const noteIssue = parsed.error.issues.some((i) => i.path[0] === "note");
    return { ok: false, reason: noteIssue ? "note_too_long" : "invalid_email" };
  }
  const address = parsed.data.email;
  const text = normalizeNote(parsed.data.note);
  if (!measureText(text, NOTE_MAX).ok) return { ok: false, reason: "note_too_long" };

  const existing = await findMemberByEmail(db, { email: address });
  if (existing) return inviteMember(db, { inviterId, inviteeId: existing.id, note: text });

  const [inviter] = await db
    .select({ id: members.id, name: members.name, locale: members.locale })
    .from(members)
    .where(eq(members.id, inviterId))
    .limit(1);
  if (!inviter) return { ok: false, reason: "not_found" };

  let invitationId: string | null;
  try {
    invitationId = await db.transaction(async (tx) => {
      await lockPair(tx, inviterId, address);
      const [pending] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(
          and(
            eq(invitations.inviterId, inviterId),
            eq(invitations.inviteeEmail, address),
            isNull(invitations.inviteeId),
            eq(invitations.status, "pending"),
          ),
        )
        .limit(1);
      if (pending) return null;
      // The sign-up link's token is derived from the id, so the mail job can rebuild it.
      const id = randomUUID();
      await tx.insert(invitations).values({
        id,
        inviterId,
        inviteeEmail: address,
        note: text,
        tokenHash: hashLinkToken(linkToken("invite", id)),
        createdAt: now(),
      });
      await enqueue(
        tx,
        "mail:email-invitation",
        { invitationId: id },
        { key: `email-invitation:${id}` },
      );
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "invitations_one_pending_per_email")) invitationId = null;
    else throw error;
  }
  if (!invitationId) return { ok: false, reason: "already_pending" };
  return { ok: true, outcome: "emailed", invitationId };
}

/** Who invited the holder of a sign-up link, while the link is still usable. */
export async function findEmailInvitationByToken(
  db: Executor,
  { token }: { token: string },
): Promise<{ inviterName: string; email: string } | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ inviterName: members.name, email: invitations.inviteeEmail })
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.inviterId))
    .where(
      and(
        eq(invitations.tokenHash, hashInviteToken(token)),
        eq(invitations.status, "pending"),
        isNull(invitations.inviteeId),
      ),
    )
    .limit(1);
  return row ? { inviterName: row.inviterName, email: row.email ?? "" } : null;
}
