import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { findCredentialsByEmail } from "@/db/queries/members";
import {
  communicationSettings,
  emailConfirmations,
  invitations,
  members,
  passwordResetTokens,
} from "@/db/schema";
import { DAY, HOUR, now } from "@/lib/clock";
import { enqueue } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import { claimEmailInvitations } from "@/lib/network/claim-invitations";
import type { SignUpInput } from "@/lib/validation/auth";
import { makeHandle } from "./handle";
import { hashLinkToken, linkToken } from "./link-tokens";
import { decoyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from "./password";
import { revokeMemberSessions } from "./sessions";

export const RESET_TOKEN_TTL_MS = HOUR;
export const CONFIRMATION_TTL_MS = 2 * DAY;

export type RegisterResult =
  | {
      ok: true;
      /**
       * What the caller may show: "check your inbox" for every address — a new account and one
       * that already existed look the same (no account enumeration). `confirmed` is true only
       * when the sign-up came from an invitation link mailed to this very address.
       */
      confirmed: boolean;
      memberId: string | null;
    }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * Signs up a member. For a new address: the member, their communication settings, their email
 * invitations and a confirmation link mail, in one transaction. For an address that already has
 * an account: the same work (a password hash, one transaction, one mail job), but the mail goes
 * to the owner ("you already have an account"), and nothing else changes.
 */
export async function registerMember(
  db: Executor,
  input: SignUpInput & { locale?: string; inviteToken?: string | null },
): Promise<RegisterResult> {
  if (isCommonPassword(input.password)) {
    return { ok: false, fieldErrors: { password: "validation.passwordCommon" } };
  }
  const email = input.email.toLowerCase();
  const locale = input.locale ?? "en";
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const at = now();
      // An invitation link mailed to this address proves the member reads it.
      const invitedHere = input.inviteToken
        ? await isInvitationTo(tx, { token: input.inviteToken, email })
        : false;
      const [taken] = await tx
        .select({ id: members.id })
        .from(members)
        .where(eq(sql`lower(${members.email})`, email))
        .limit(1);
      if (taken) {
        const requestId = randomUUID();
        await enqueue(
          tx,
          "mail:account-exists",
          { requestId, email, locale },
          { key: `account-exists:${requestId}` },
        );
        log.info("sign-up for an address that has an account: owner mailed");
        return { ok: true, confirmed: false, memberId: null };
      }
      const [created] = await tx
        .insert(members)
        .values({
          email,
          name: input.name,
          handle: makeHandle(input.name),
          passwordHash,
          locale,
          emailVerifiedAt: invitedHere ? at : null,
          createdAt: at,
        })
        .returning({ id: members.id });
      if (!created) throw new Error("member insert returned nothing");
      await tx.insert(communicationSettings).values({ memberId: created.id });
      await claimEmailInvitations(tx, {
        memberId: created.id,
        email,
        token: input.inviteToken,
      });
      if (!invitedHere) {
        await startEmailConfirmation(tx, { memberId: created.id, email, purpose: "sign_up" });
      }
      log.info({ memberId: created.id }, "member registered");
      return { ok: true, confirmed: invitedHere, memberId: created.id };
    });
  } catch (error) {
    // Two sign-ups with one address at once lose to the unique index like a taken address.
    if (isUniqueViolation(error, "members_email_key")) {
      return { ok: true, confirmed: false, memberId: null };
    }
    throw error;
  }
}

async function isInvitationTo(
  tx: Transaction,
  { token, email }: { token: string; email: string },
): Promise<boolean> {
  if (token.length > 200) return false;
  const [row] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, hashLinkToken(token)),
        eq(invitations.inviteeEmail, email),
        eq(invitations.status, "pending"),
        isNull(invitations.inviteeId),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Writes a confirmation link for `email` and its mail job (in the caller's transaction). */
export async function startEmailConfirmation(
  tx: Executor,
  { memberId, email, purpose }: { memberId: string; email: string; purpose: "sign_up" | "change" },
): Promise<void> {
  const id = randomUUID();
  const at = now();
  await tx.insert(emailConfirmations).values({
    id,
    tokenHash: hashLinkToken(linkToken("confirm-email", id)),
    memberId,
    email,
    purpose,
    createdAt: at,
    expiresAt: new Date(at.getTime() + CONFIRMATION_TTL_MS),
  });
  await enqueue(tx, "mail:confirm-email", { tokenId: id }, { key: `confirm-email:${id}` });
}

/** A fresh link for a member who has not confirmed yet (the banner's "send again"). */
export async function resendEmailConfirmation(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<{ ok: true } | { ok: false; reason: "already_confirmed" }> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ email: members.email, verifiedAt: members.emailVerifiedAt })
      .from(members)
      .where(eq(members.id, memberId))
      .for("update");
    if (!member || member.verifiedAt) return { ok: false, reason: "already_confirmed" } as const;
    await startEmailConfirmation(tx, { memberId, email: member.email, purpose: "sign_up" });
    return { ok: true } as const;
  });
}

export type ConfirmResult =
  | { ok: true; memberId: string; purpose: "sign_up" | "change" }
  | { ok: false; reason: "invalid_or_expired" | "email_taken" };

/**
 * Uses a confirmation link once: the conditional UPDATE lets only one of two uses win. A changed
 * address becomes the member's address only now, when it is confirmed.
 */
export async function confirmEmail(
  db: Executor,
  { token }: { token: string },
): Promise<ConfirmResult> {
  if (token.length > 200) return { ok: false, reason: "invalid_or_expired" };
  const at = now();
  try {
    return await db.transaction(async (tx) => {
      const [used] = await tx
        .update(emailConfirmations)
        .set({ usedAt: at })
        .where(
          and(
            eq(emailConfirmations.tokenHash, hashLinkToken(token)),
            isNull(emailConfirmations.usedAt),
            gt(emailConfirmations.expiresAt, at),
          ),
        )
        .returning({
          memberId: emailConfirmations.memberId,
          email: emailConfirmations.email,
          purpose: emailConfirmations.purpose,
        });
      if (!used) return { ok: false, reason: "invalid_or_expired" } as const;
      await tx
        .update(members)
        .set({ email: used.email, emailVerifiedAt: at })
        .where(eq(members.id, used.memberId));
      log.info({ memberId: used.memberId, purpose: used.purpose }, "email confirmed");
      return { ok: true, memberId: used.memberId, purpose: used.purpose } as const;
    });
  } catch (error) {
    // A changed address that someone else registered meanwhile.
    if (isUniqueViolation(error, "members_email_key")) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

/** Returns the member for a correct email + password, else null (same time either way). */
export async function verifyCredentials(
  db: Executor,
  { email, password }: { email: string; password: string },
): Promise<{ id: string; name: string; email: string } | null> {
  const found = await findCredentialsByEmail(db, { email });
  if (!found) {
    await verifyPassword(await decoyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(found.passwordHash, password))) return null;
  return { id: found.id, name: found.name, email: found.email };
}

/**
 * "Forgot password": only adds a job, whether or not the address has an account, so the answer
 * and its timing reveal nothing. The job looks the address up and mails a link if it belongs to
 * a member (lib/auth/account-mail.ts).
 */
export async function requestPasswordReset(
  db: Executor,
  { email }: { email: string },
): Promise<void> {
  const requestId = randomUUID();
  await enqueue(
    db,
    "mail:password-reset",
    { requestId, email: email.toLowerCase() },
    { key: `password-reset:${requestId}` },
  );
}

export type ResetResult =
  | { ok: true }
  | { ok: false; reason: "invalid_or_expired" | "common_password" };

/**
 * Uses a reset token once: the conditional UPDATE lets only one of two concurrent uses win. A new
 * password ends every session of the member, and every other outstanding link.
 */
export async function resetPassword(
  db: Executor,
  { token, password }: { token: string; password: string },
): Promise<ResetResult> {
  if (isCommonPassword(password)) return { ok: false, reason: "common_password" };
  if (token.length > 200) return { ok: false, reason: "invalid_or_expired" };
  const passwordHash = await hashPassword(password);
  const at = now();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashLinkToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, at),
        ),
      )
      .returning({ memberId: passwordResetTokens.memberId });
    if (!used) return { ok: false, reason: "invalid_or_expired" } as const;
    await tx.update(members).set({ passwordHash }).where(eq(members.id, used.memberId));
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(
        and(eq(passwordResetTokens.memberId, used.memberId), isNull(passwordResetTokens.usedAt)),
      );
    await revokeMemberSessions(tx, { memberId: used.memberId, exceptSessionId: null });
    log.info({ memberId: used.memberId }, "password reset");
    return { ok: true } as const;
  });
}

export async function isResetTokenUsable(
  db: Executor,
  { token }: { token: string },
): Promise<boolean> {
  if (token.length > 200) return false;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashLinkToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export type ChangePasswordResult =
  | { ok: true; sessionsEnded: number }
  | { ok: false; fieldErrors: Record<string, string> };

/** Settings → Security: needs the current password; ends every other session. */
export async function changePassword(
  db: Executor,
  {
    memberId,
    sessionId,
    currentPassword,
    newPassword,
  }: { memberId: string; sessionId: string | null; currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const [row] = await db
    .select({ passwordHash: members.passwordHash })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: "validation.currentPasswordWrong" } };
  }
  if (isCommonPassword(newPassword)) {
    return { ok: false, fieldErrors: { newPassword: "validation.passwordCommon" } };
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.update(members).set({ passwordHash }).where(eq(members.id, memberId));
    const sessionsEnded = await revokeMemberSessions(tx, { memberId, exceptSessionId: sessionId });
    log.info({ memberId, sessionsEnded }, "password changed");
    return { ok: true, sessionsEnded } as const;
  });
}

export type EmailChangeResult = { ok: true } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Settings → Account: asks to use another address. Nothing changes until the link mailed to the
 * new address is used (confirmEmail). The current password is asked for, so a session left open
 * cannot move the account. An address that already has an account gets the same answer and no
 * mail, so the form tells nobody who has an account.
 */
export async function requestEmailChange(
  db: Executor,
  {
    memberId,
    email,
    currentPassword,
  }: { memberId: string; email: string; currentPassword: string },
): Promise<EmailChangeResult> {
  const [row] = await db
    .select({ passwordHash: members.passwordHash, email: members.email })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: "validation.currentPasswordWrong" } };
  }
  const address = email.toLowerCase();
  if (address === row.email.toLowerCase()) {
    return { ok: false, fieldErrors: { email: "profileEdit.validation.emailUnchanged" } };
  }
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: members.id })
      .from(members)
      .where(eq(sql`lower(${members.email})`, address))
      .limit(1);
    // An earlier, unused request for another address is void: only the latest link works.
    await tx
      .update(emailConfirmations)
      .set({ usedAt: now() })
      .where(
        and(
          eq(emailConfirmations.memberId, memberId),
          eq(emailConfirmations.purpose, "change"),
          isNull(emailConfirmations.usedAt),
        ),
      );
    if (!taken) await startEmailConfirmation(tx, { memberId, email: address, purpose: "change" });
    log.info({ memberId, taken: Boolean(taken) }, "email change requested");
  });
  return { ok: true };
}
