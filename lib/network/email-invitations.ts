import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { findMemberByEmail } from "@/db/queries/members";
import { invitations, members } from "@/db/schema";
import { isUniqueViolation } from "@/lib/auth/accounts";
import { now } from "@/lib/clock";
import { countCharacters } from "@/lib/text/count";
import { inviteEmailSchema, NOTE_MAX, normalizeNote } from "@/lib/validation/invitations";
import { hashInviteToken } from "./claim-invitations";
import { mailEmailInvitation } from "./invitation-mail";
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
  if (countCharacters(text) > NOTE_MAX) return { ok: false, reason: "note_too_long" };

  const existing = await findMemberByEmail(db, { email: address });
  if (existing) return inviteMember(db, { inviterId, inviteeId: existing.id, note: text });

  const [inviter] = await db
    .select({ id: members.id, name: members.name, locale: members.locale })
    .from(members)
    .where(eq(members.id, inviterId))
    .limit(1);
  if (!inviter) return { ok: false, reason: "not_found" };

  const token = randomBytes(32).toString("base64url");
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
      const [created] = await tx
        .insert(invitations)
        .values({
          inviterId,
          inviteeEmail: address,
          note: text,
          tokenHash: hashInviteToken(token),
          createdAt: now(),
        })
        .returning({ id: invitations.id });
      if (!created) throw new Error("invitation insert returned nothing");
      return created.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "invitations_one_pending_per_email")) invitationId = null;
    else throw error;
  }
  if (!invitationId) return { ok: false, reason: "already_pending" };
  await mailEmailInvitation({
    to: address,
    token,
    inviterName: inviter.name,
    locale: inviter.locale,
    note: text,
  });
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
