import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communicationSettings, inmails, members, messages, threads } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail";

const threadLink = (threadId: string) => `${env.APP_URL}/messaging/${threadId}`;

async function wantsMail(db: Executor, memberId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: communicationSettings.emailNotifications })
    .from(communicationSettings)
    .where(eq(communicationSettings.memberId, memberId))
    .limit(1);
  return row?.on ?? true;
}

/** Mails the recipient of a new InMail, in their language, unless they turned such mail off. */
export async function notifyNewInmail(
  db: Executor,
  { inmailId }: { inmailId: string },
): Promise<void> {
  const [row] = await db
    .select({
      threadId: inmails.threadId,
      category: inmails.category,
      recipientId: inmails.recipientId,
      subject: threads.subject,
      senderName: sql<string>`(select name from members s where s.id = ${inmails.senderId})`,
      senderHeadline: sql<string>`(select headline from members s where s.id = ${inmails.senderId})`,
      recipientEmail: members.email,
      recipientName: members.name,
      recipientLocale: members.locale,
    })
    .from(inmails)
    .innerJoin(threads, eq(threads.id, inmails.threadId))
    .innerJoin(members, eq(members.id, inmails.recipientId))
    .where(eq(inmails.id, inmailId))
    .limit(1);
  if (!row || !(await wantsMail(db, row.recipientId))) return;
  const { t } = translatorFor(row.recipientLocale);
  await sendMail({
    to: row.recipientEmail,
    subject: t("mail.inmailReceived.subject", { sender: row.senderName, subject: row.subject }),
    text: t("mail.inmailReceived.text", {
      name: row.recipientName,
      sender: row.senderName,
      headline: row.senderHeadline,
      subject: row.subject,
      category: t(`categories.${row.category}`),
      link: threadLink(row.threadId),
    }),
  });
}

/** Mails the other participant(s) of a thread about a new reply. */
export async function notifyReply(
  db: Executor,
  { messageId }: { messageId: string },
): Promise<void> {
  const [message] = await db
    .select({
      threadId: messages.threadId,
      senderId: messages.senderId,
      kind: messages.kind,
      subject: threads.subject,
    })
    .from(messages)
    .innerJoin(threads, eq(threads.id, messages.threadId))
    .where(eq(messages.id, messageId))
    .limit(1);
  if (!message) return;
  const recipients = await rowsOf<{
    id: string;
    email: string;
    name: string;
    locale: string;
    sender_name: string;
  }>(
    db,
    sql`select m.id, m.email, m.name, m.locale, (select name from members s where s.id = ${message.senderId}) as sender_name
      from thread_participants p join members m on m.id = p.member_id
      where p.thread_id = ${message.threadId} and p.member_id <> ${message.senderId}`,
  );
  for (const recipient of recipients) {
    if (!(await wantsMail(db, recipient.id))) continue;
    const { t } = translatorFor(recipient.locale);
    const what =
      message.kind === "interested"
        ? t("mail.replyReceived.interested")
        : message.kind === "not_interested"
          ? t("mail.replyReceived.notInterested")
          : t("mail.replyReceived.replied");
    await sendMail({
      to: recipient.email,
      subject: t("mail.replyReceived.subject", { sender: recipient.sender_name }),
      text: t("mail.replyReceived.text", {
        name: recipient.name,
        sender: recipient.sender_name,
        what,
        subject: message.subject || "—",
        link: threadLink(message.threadId),
      }),
    });
  }
}
