import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getCommunicationSettings } from "@/db/queries/members";
import { invitations, members } from "@/db/schema";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail";

/** Mails the invitee of a member invitation, in their language, unless they turned mail off. */
export async function notifyInvitation(
  db: Executor,
  { invitationId }: { invitationId: string },
): Promise<void> {
  const [row] = await db
    .select({
      inviterId: invitations.inviterId,
      inviteeId: invitations.inviteeId,
      note: invitations.note,
      email: members.email,
      name: members.name,
      locale: members.locale,
    })
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.inviteeId))
    .where(eq(invitations.id, invitationId))
    .limit(1);
  if (!row?.inviteeId) return;
  const settings = await getCommunicationSettings(db, { memberId: row.inviteeId });
  if (settings && !settings.emailNotifications) return;
  const [inviter] = await db
    .select({ name: members.name, headline: members.headline })
    .from(members)
    .where(eq(members.id, row.inviterId))
    .limit(1);
  const { t } = translatorFor(row.locale);
  const inviterName = inviter?.name ?? "";
  await sendMail({
    to: row.email,
    subject: t("invitations.mail.member.subject", { inviter: inviterName }),
    text: [
      t("invitations.mail.member.text", {
        name: row.name,
        inviter: inviterName,
        headline: inviter?.headline || "—",
        link: `${env.APP_URL}/network`,
      }),
      row.note ? `\n${t("invitations.mail.note", { note: row.note })}` : "",
    ].join(""),
  });
}

/** The invitation to join, for an address that has no account (in the inviter's language). */
export async function mailEmailInvitation({
  to,
  token,
  inviterName,
  locale,
  note,
}: {
  to: string;
  token: string;
  inviterName: string;
  locale: string;
  note: string;
}): Promise<void> {
  const { t } = translatorFor(locale);
  await sendMail({
    to,
    subject: t("invitations.mail.email.subject", { inviter: inviterName }),
    text: [
      t("invitations.mail.email.text", {
        inviter: inviterName,
        link: `${env.APP_URL}/sign-up?invite=${token}`,
      }),
      note ? `\n${t("invitations.mail.note", { note })}` : "",
    ].join(""),
  });
}
