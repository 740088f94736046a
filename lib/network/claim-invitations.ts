import { and, eq, isNull, or } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { invitations } from "@/db/schema";
import { hashLinkToken as hashInviteToken } from "@/lib/auth/link-tokens";
import { now } from "@/lib/clock";

export { hashLinkToken as hashInviteToken } from "@/lib/auth/link-tokens";

/**
 * Called inside the sign-up transaction: every pending email invitation to the new member's
 * address — and the one whose link they followed, even if they joined with another address —
 * becomes a normal pending invitation to them. The token is spent (cleared) as it is claimed.
 */
export async function claimEmailInvitations(
  tx: Transaction,
  { memberId, email, token }: { memberId: string; email: string; token?: string | null },
): Promise<number> {
  const address = email.trim().toLowerCase();
  const byToken = token ? eq(invitations.tokenHash, hashInviteToken(token)) : undefined;
  const claimable = await tx
    .select({ id: invitations.id, inviterId: invitations.inviterId })
    .from(invitations)
    .where(
      and(
        eq(invitations.status, "pending"),
        isNull(invitations.inviteeId),
        byToken
          ? or(eq(invitations.inviteeEmail, address), byToken)
          : eq(invitations.inviteeEmail, address),
      ),
    )
    .orderBy(invitations.createdAt)
    .for("update");
  const claimedFrom = new Set<string>();
  let claimed = 0;
  for (const invitation of claimable) {
    // Two invitations from one inviter (by address and by a link sent to another address)
    // become one: the pair may have only one pending invitation.
    const duplicate = claimedFrom.has(invitation.inviterId) || invitation.inviterId === memberId;
    await tx
      .update(invitations)
      .set(
        duplicate
          ? { status: "withdrawn", respondedAt: now(), tokenHash: null }
          : { inviteeId: memberId, tokenHash: null },
      )
      .where(eq(invitations.id, invitation.id));
    if (!duplicate) {
      claimedFrom.add(invitation.inviterId);
      claimed++;
    }
  }
  return claimed;
}
