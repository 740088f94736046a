import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communicationSettings, invitations, members } from "@/db/schema";
import { linkToken } from "@/lib/auth/link-tokens";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import type { OutgoingMail } from "@/lib/mail";

// Invitation mails, built by the mail jobs when they run (lib/jobs/tasks.ts).

/** To the invitee of a member invitation, in their language, unless they turned mail off. */
export async function invitationMail(
  db: Executor,
  { invitationId }: { invitationId: string },
): Promise<OutgoingMail | null> {
  const [row] = await db
    .select({
      note: invitations.note,
      status: invitations.status,
      email: members.email,
      name: members.name,
      locale: members.locale,
      wantsMail: communicationSettings.emailNotifications,
      inviterName: sql<string>`(select name from members i where i.id = ${invitations.inviterId})`,
      inviterHeadline: sql<string>`(select headline from members i where i.id = ${invitations.inviterId})`,
    })
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.inviteeId))
    .leftJoin(communicationSettings, eq(communicationSettings.memberId, invitations.inviteeId))
    .where(eq(invitations.id, invitationId))
    .limit(1);
  // Withdrawn (or answered) before the job ran: nothing to tell.
  if (row?.status !== "pending" || row.wantsMail === false) return null;
  const { t } = translatorFor(row.locale);
  return {
    to: row.email,
    subject: t("invitations.mail.member.subject", { inviter: row.inviterName }),
    text: [
      t("invitations.mail.member.text", {
        name: row.name,
        inviter: row.inviterName,
        headline: row.inviterHeadline || "—",
        link: `${env.APP_URL}/network`,
      }),
      row.note ? `\n${t("invitations.mail.note", { note: row.note })}` : "",
    ].join(""),
  };
}

/** The invitation to join, for an address that has no account (in the inviter's language). */
export async function emailInvitationMail(
  db: Executor,
  { invitationId }: { invitationId: string },
): Promise<OutgoingMail | null> {
  const [row] = await db
    .select({
      to: invitations.inviteeEmail,
      note: invitations.note,
      inviterName: members.name,
      locale: members.locale,
    })
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.inviterId))
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.status, "pending"),
        isNull(invitations.inviteeId),
      ),
    )
    .limit(1);
  if (!row?.to) return null;
  const { t } = translatorFor(row.locale);
  const token = linkToken("invite", invitationId);
  return {
    to: row.to,
    subject: t("invitations.mail.email.subject", { inviter: row.inviterName }),
    text: [
      t("invitations.mail.email.text", {
        inviter: row.inviterName,
        link: `${env.APP_URL}/sign-up?invite=${token}`,
      }),
      row.note ? `\n${t("invitations.mail.note", { note: row.note })}` : "",
    ].join(""),
  };
}
