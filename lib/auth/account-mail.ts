import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { findMemberByEmail } from "@/db/queries/members";
import { emailConfirmations, members, passwordResetTokens } from "@/db/schema";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { log } from "@/lib/log";
import type { OutgoingMail } from "@/lib/mail";
import { CONFIRMATION_TTL_MS, RESET_TOKEN_TTL_MS } from "./accounts";
import { hashLinkToken, linkToken } from "./link-tokens";

// Account mails, built by the mail jobs when they run (lib/jobs/tasks.ts).

/**
 * The reset link, if the address belongs to a member; null (nothing sent) otherwise. The token
 * comes from the request's id, so a retried job writes the same token row and mails the same link.
 */
export async function passwordResetMail(
  db: Executor,
  { requestId, email }: { requestId: string; email: string },
): Promise<OutgoingMail | null> {
  const member = await findMemberByEmail(db, { email });
  if (!member) {
    log.info("password reset requested for an unknown address: nothing sent");
    return null;
  }
  const token = linkToken("password-reset", requestId);
  const issuedAt = now();
  await db
    .insert(passwordResetTokens)
    .values({
      tokenHash: hashLinkToken(token),
      memberId: member.id,
      createdAt: issuedAt,
      expiresAt: new Date(issuedAt.getTime() + RESET_TOKEN_TTL_MS),
    })
    .onConflictDoNothing();
  const { t } = translatorFor(member.locale);
  return {
    to: member.email,
    subject: t("mail.passwordReset.subject"),
    text: t("mail.passwordReset.text", {
      name: member.name,
      link: `${env.APP_URL}/reset-password/${token}`,
      minutes: RESET_TOKEN_TTL_MS / 60_000,
    }),
  };
}

/** The link that confirms a new member's address, or a changed one. */
export async function confirmEmailMail(
  db: Executor,
  { tokenId }: { tokenId: string },
): Promise<OutgoingMail | null> {
  const [row] = await db
    .select({
      email: emailConfirmations.email,
      purpose: emailConfirmations.purpose,
      usedAt: emailConfirmations.usedAt,
      name: members.name,
      locale: members.locale,
    })
    .from(emailConfirmations)
    .innerJoin(members, eq(members.id, emailConfirmations.memberId))
    .where(eq(emailConfirmations.id, tokenId))
    .limit(1);
  if (!row || row.usedAt) return null;
  const { t } = translatorFor(row.locale);
  const link = `${env.APP_URL}/confirm-email/${linkToken("confirm-email", tokenId)}`;
  const kind = row.purpose === "change" ? "confirmChange" : "confirmSignUp";
  return {
    to: row.email,
    subject: t(`mail.${kind}.subject`),
    text: t(`mail.${kind}.text`, { name: row.name, link, hours: CONFIRMATION_TTL_MS / 3_600_000 }),
  };
}

/** To the owner of an address someone tried to sign up with again. */
export async function accountExistsMail(
  db: Executor,
  { email, locale }: { email: string; locale: string },
): Promise<OutgoingMail | null> {
  const member = await findMemberByEmail(db, { email });
  if (!member) return null;
  const { t } = translatorFor(member.locale || locale);
  return {
    to: member.email,
    subject: t("mail.accountExists.subject"),
    text: t("mail.accountExists.text", {
      name: member.name,
      signIn: `${env.APP_URL}/sign-in`,
      reset: `${env.APP_URL}/forgot-password`,
    }),
  };
}
