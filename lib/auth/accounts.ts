import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { findCredentialsByEmail, findMemberByEmail } from "@/db/queries/members";
import { communicationSettings, members, passwordResetTokens } from "@/db/schema";
import { HOUR, now } from "@/lib/clock";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { claimEmailInvitations } from "@/lib/network/claim-invitations";
import type { SignUpInput } from "@/lib/validation/auth";
import { makeHandle } from "./handle";
import { decoyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from "./password";

export const RESET_TOKEN_TTL_MS = HOUR;

type FieldErrors = Partial<Record<string, string>>;
export type RegisterResult =
  | { ok: true; member: { id: string; name: string; email: string; handle: string } }
  | { ok: false; fieldErrors: FieldErrors };

/**
 * Creates a member with default communication settings, in one transaction; email invitations
 * to their address (or the one whose link they followed: inviteToken) become theirs in it too.
 */
export async function registerMember(
  db: Executor,
  input: SignUpInput & { locale?: string; inviteToken?: string | null },
): Promise<RegisterResult> {
  if (isCommonPassword(input.password)) {
    return { ok: false, fieldErrors: { password: "validation.passwordCommon" } };
  }
  if (await findMemberByEmail(db, { email: input.email })) {
    return { ok: false, fieldErrors: { email: "validation.emailTaken" } };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const member = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(members)
        .values({
          email: input.email.toLowerCase(),
          name: input.name,
          handle: makeHandle(input.name),
          passwordHash,
          locale: input.locale ?? "en",
          createdAt: now(),
        })
        .returning({
          id: members.id,
          name: members.name,
          email: members.email,
          handle: members.handle,
        });
      if (!created) throw new Error("member insert returned nothing");
      await tx.insert(communicationSettings).values({ memberId: created.id });
      await claimEmailInvitations(tx, {
        memberId: created.id,
        email: created.email,
        token: input.inviteToken,
      });
      return created;
    });
    log.info({ memberId: member.id }, "member registered");
    return { ok: true, member };
  } catch (error) {
    // Two sign-ups with one email at once: the unique index decides, the loser gets a field error.
    if (isUniqueViolation(error, "members_email_key")) {
      return { ok: false, fieldErrors: { email: "validation.emailTaken" } };
    }
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

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Mails a single-use reset link if the email belongs to a member. The caller shows the same
 * answer either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
  db: Executor,
  { email }: { email: string },
): Promise<void> {
  const member = await findMemberByEmail(db, { email });
  if (!member) {
    log.info("password reset requested for an unknown email");
    return;
  }
  const token = randomBytes(32).toString("base64url");
  const issuedAt = now();
  await db.insert(passwordResetTokens).values({
    tokenHash: hashToken(token),
    memberId: member.id,
    createdAt: issuedAt,
    expiresAt: new Date(issuedAt.getTime() + RESET_TOKEN_TTL_MS),
  });
  const { t } = translatorFor(member.locale);
  const link = `${env.APP_URL}/reset-password/${token}`;
  await sendMail({
    to: member.email,
    subject: t("mail.passwordReset.subject"),
    text: t("mail.passwordReset.text", {
      name: member.name,
      link,
      minutes: RESET_TOKEN_TTL_MS / 60_000,
    }),
  });
}

export type ResetResult =
  | { ok: true }
  | { ok: false; reason: "invalid_or_expired" | "common_password" };

/** Uses a reset token once: the conditional UPDATE lets only one of two concurrent uses win. */
export async function resetPassword(
  db: Executor,
  { token, password }: { token: string; password: string },
): Promise<ResetResult> {
  if (isCommonPassword(password)) return { ok: false, reason: "common_password" };
  const passwordHash = await hashPassword(password);
  const at = now();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, at),
        ),
      )
      .returning({ memberId: passwordResetTokens.memberId });
    if (!used) return { ok: false, reason: "invalid_or_expired" } as const;
    await tx.update(members).set({ passwordHash }).where(eq(members.id, used.memberId));
    // Any other outstanding link for this member stops working too.
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: at })
      .where(
        and(eq(passwordResetTokens.memberId, used.memberId), isNull(passwordResetTokens.usedAt)),
      );
    log.info({ memberId: used.memberId }, "password reset");
    return { ok: true } as const;
  });
}

export async function isResetTokenUsable(
  db: Executor,
  { token }: { token: string },
): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now()),
      ),
    )
    .limit(1);
  return Boolean(row);
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // postgres.js surfaces SQLSTATE as `code`; drizzle may wrap it in `cause`.
  for (
    let e = error as
      | { code?: string; constraint_name?: string; constraint?: string; cause?: unknown }
      | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23505") {
      const name = e.constraint_name ?? e.constraint;
      return !constraint || !name || name === constraint;
    }
  }
  return false;
}
