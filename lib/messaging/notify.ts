import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communicationSettings, inmails, members, messages, threads } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { env } from "@/lib/env";
import { localizedFor, translatorFor } from "@/lib/i18n/translator";
import type { OutgoingMail } from "@/lib/mail";

// The messaging mails, built by the mail jobs (lib/jobs/tasks.ts) when they run: in the
// recipient's language, and only if they still want mail.

const threadLink = (threadId: string) => `${env.APP_URL}/messaging/${threadId}`;

/** The mail to the recipient of a new InMail, or null if they turned such mail off. */
export async function inmailReceivedMail(
  db: Executor,
  { inmailId }: { inmailId: string },
): Promise<OutgoingMail | null> {
  const [row] = await db
    .select({
      threadId: inmails.threadId,
      category: inmails.category,
      subject: threads.subject,
      senderName: sql<string>`(select name from members s where s.id = ${inmails.senderId})`,
      senderHeadline: sql<string>`(select headline from members s where s.id = ${inmails.senderId})`,
      recipientEmail: members.email,
      recipientName: members.name,
      recipientLocale: members.locale,
      wantsMail: communicationSettings.emailNotifications,
    })
    .from(inmails)
    .innerJoin(threads, eq(threads.id, inmails.threadId))
    .innerJoin(members, eq(members.id, inmails.recipientId))
    .leftJoin(communicationSettings, eq(communicationSettings.memberId, inmails.recipientId))
    .where(eq(inmails.id, inmailId))
    .limit(1);
  if (!row || row.wantsMail === false) return null;
  const { t } = translatorFor(row.recipientLocale);
  return {
    to: row.recipientEmail,
    subject: t("mail.inmailReceived.subject", { sender: row.senderName, subject: row.subject }),
    text: t("mail.inmailReceived.text", {
      name: row.recipientName,
      sender: row.senderName,
      headline: row.senderHeadline || "—",
      subject: row.subject,
      category: t(`categories.${row.category}`),
      link: threadLink(row.threadId),
    }),
  };
}

/** One mail per other participant of the thread who wants mail, about a new message. */
export async function replyReceivedMails(
  db: Executor,
  { messageId }: { messageId: string },
): Promise<{ recipientId: string; mail: OutgoingMail }[]> {
  const [message] = await db
    .select({
      threadId: messages.threadId,
      senderId: messages.senderId,
      kind: messages.kind,
      subject: threads.subject,
      laterFrom: inmails.laterFrom,
    })
    .from(messages)
    .innerJoin(threads, eq(threads.id, messages.threadId))
    .leftJoin(inmails, eq(inmails.threadId, messages.threadId))
    .where(eq(messages.id, messageId))
    .limit(1);
  if (!message) return [];
  const recipients = await rowsOf<{
    id: string;
    email: string;
    name: string;
    locale: string;
    sender_name: string;
  }>(
    db,
    sql`select m.id, m.email, m.name, m.locale,
          (select name from members s where s.id = ${message.senderId}) as sender_name
        from thread_participants p
        join members m on m.id = p.member_id
        left join communication_settings c on c.member_id = m.id
        where p.thread_id = ${message.threadId} and p.member_id <> ${message.senderId}
          and coalesce(c.email_notifications, true)`,
  );
  return recipients.map((recipient) => {
    const { t, format } = localizedFor(recipient.locale);
    const what =
      message.kind === "interested"
        ? t("mail.replyReceived.interested")
        : message.kind === "not_interested"
          ? t("mail.replyReceived.notInterested")
          : message.kind === "later" && message.laterFrom
            ? t("mail.replyReceived.later", {
                date: format.dateTime(message.laterFrom, { dateStyle: "long" }),
              })
            : t("mail.replyReceived.replied");
    return {
      recipientId: recipient.id,
      mail: {
        to: recipient.email,
        subject: t("mail.replyReceived.subject", { sender: recipient.sender_name }),
        text: t("mail.replyReceived.text", {
          name: recipient.name,
          sender: recipient.sender_name,
          what,
          subject: message.subject || "—",
          link: threadLink(message.threadId),
        }),
      },
    };
  });
}

/** The one reminder to the recipient of an InMail still unanswered after the reminder delay. */
export async function inmailReminderMail(
  db: Executor,
  { inmailId, afterDays }: { inmailId: string; afterDays: number },
): Promise<OutgoingMail | null> {
  const [row] = await db
    .select({
      threadId: inmails.threadId,
      answeredAt: inmails.answeredAt,
      email: members.email,
      name: members.name,
      locale: members.locale,
      wantsMail: communicationSettings.emailNotifications,
      subject: threads.subject,
      sender: sql<string>`(select name from members s where s.id = ${inmails.senderId})`,
    })
    .from(inmails)
    .innerJoin(members, eq(members.id, inmails.recipientId))
    .leftJoin(communicationSettings, eq(communicationSettings.memberId, inmails.recipientId))
    .innerJoin(threads, eq(threads.id, inmails.threadId))
    .where(eq(inmails.id, inmailId))
    .limit(1);
  // Answered while the job waited: no reminder.
  if (!row || row.answeredAt || row.wantsMail === false) return null;
  const { t } = translatorFor(row.locale);
  return {
    to: row.email,
    subject: t("mail.reminder.subject", { sender: row.sender }),
    text: t("mail.reminder.text", {
      name: row.name,
      sender: row.sender,
      subject: row.subject,
      days: afterDays,
      link: threadLink(row.threadId),
    }),
  };
}
