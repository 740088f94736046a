import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getInmailPolicy } from "@/db/queries/policy";
import { communicationSettings, inmails, members, threads } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { addDays, now } from "@/lib/clock";
import { refreshTestClock } from "@/lib/clock/test-clock";
import { settleMemberCredits } from "@/lib/credits/settle";
import { lockMemberCredits } from "@/lib/credits/spend";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";

export interface SweepReport {
  membersSettled: number;
  eventsApplied: number;
  remindersSent: number;
}

/**
 * Applies the time-based rules for everyone — members who never log in still get their refunds,
 * grants and expiries — and sends the 3-day reminders. Safe to run twice and on several
 * instances at once: each member is settled under their lock with keyed writes, and each
 * reminder is claimed by a conditional UPDATE before its mail goes out.
 */
export async function sweep(db: Executor, options: { limit?: number } = {}): Promise<SweepReport> {
  await refreshTestClock(db);
  const at = now();
  const policy = await getInmailPolicy(db);
  const limit = options.limit ?? 5_000;
  // Monthly anniversaries are UTC calendar months (lib/credits/anniversary.ts); month arithmetic
  // on a timestamptz would follow the session's time zone (an hour off across DST elsewhere).
  const due = await rowsOf<{ member_id: string }>(
    db,
    sql`select member_id from subscriptions
          where status = 'active'
            and ((started_at at time zone 'UTC') + make_interval(months => settled_periods)) at time zone 'UTC' <= ${at.toISOString()}::timestamptz
        union
        select member_id from credit_grants where remaining > 0 and expires_at <= ${at.toISOString()}::timestamptz
        union
        select sender_id from inmails
          where status = 'awaiting_answer' and answered_at is null and not free and refund_due_at <= ${at.toISOString()}::timestamptz
        limit ${limit}`,
  );
  let eventsApplied = 0;
  for (const { member_id: memberId } of due) {
    eventsApplied += await db.transaction(async (tx) => {
      if (!(await lockMemberCredits(tx, memberId))) return 0;
      return settleMemberCredits(tx, { memberId, at, policy });
    });
  }
  const remindersSent = await sendReminders(db, { at, afterDays: policy.reminderAfterDays });
  const report = { membersSettled: due.length, eventsApplied, remindersSent };
  if (eventsApplied || remindersSent) log.info(report, "sweep applied time-based rules");
  return report;
}

/**
 * One reminder per unanswered InMail, `afterDays` after it was sent. A refunded InMail that is
 * still unanswered gets it too: when no sweep ran between day 3 and day 7, settling refunds it
 * first, and the recipient (who can still answer) must not lose the reminder.
 */
async function sendReminders(
  db: Executor,
  { at, afterDays }: { at: Date; afterDays: number },
): Promise<number> {
  const cutoff = addDays(at, -afterDays);
  const candidates = await db
    .select({ id: inmails.id })
    .from(inmails)
    .where(
      and(
        inArray(inmails.status, ["awaiting_answer", "refunded"]),
        isNull(inmails.answeredAt),
        isNull(inmails.reminderSentAt),
        lte(inmails.sentAt, cutoff),
      ),
    )
    .limit(1_000);
  let sent = 0;
  for (const { id } of candidates) {
    const [claimed] = await db
      .update(inmails)
      .set({ reminderSentAt: at })
      .where(and(eq(inmails.id, id), isNull(inmails.reminderSentAt), isNull(inmails.answeredAt)))
      .returning({
        threadId: inmails.threadId,
        recipientId: inmails.recipientId,
        senderId: inmails.senderId,
        refundDueAt: inmails.refundDueAt,
      });
    if (!claimed) continue; // another sweeper took it
    sent++;
    await mailReminder(db, { ...claimed, afterDays }).catch((error) =>
      log.error({ err: error, inmailId: id }, "reminder mail failed"),
    );
  }
  return sent;
}

async function mailReminder(
  db: Executor,
  inmail: { threadId: string; recipientId: string; senderId: string; afterDays: number },
) {
  const [row] = await db
    .select({
      email: members.email,
      name: members.name,
      locale: members.locale,
      wantsMail: communicationSettings.emailNotifications,
      subject: threads.subject,
      sender: sql<string>`(select name from members s where s.id = ${inmail.senderId})`,
    })
    .from(members)
    .leftJoin(communicationSettings, eq(communicationSettings.memberId, members.id))
    .innerJoin(threads, eq(threads.id, inmail.threadId))
    .where(eq(members.id, inmail.recipientId))
    .limit(1);
  if (!row || row.wantsMail === false) return;
  const { t } = translatorFor(row.locale);
  await sendMail({
    to: row.email,
    subject: t("mail.reminder.subject", { sender: row.sender }),
    text: t("mail.reminder.text", {
      name: row.name,
      sender: row.sender,
      subject: row.subject,
      days: inmail.afterDays,
      link: `${env.APP_URL}/messaging/${inmail.threadId}`,
    }),
  });
}
