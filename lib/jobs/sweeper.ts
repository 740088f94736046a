import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { getInmailPolicy } from "@/db/queries/policy";
import { rowsOf } from "@/db/sql";
import { addDays, now } from "@/lib/clock";
import { refreshTestClock } from "@/lib/clock/test-clock";
import { settleMemberCredits } from "@/lib/credits/settle";
import { lockMemberCredits } from "@/lib/credits/spend";
import { log } from "@/lib/log";

export interface SweepReport {
  membersSettled: number;
  eventsApplied: number;
  remindersSent: number;
}

/**
 * Applies the time-based rules for everyone — members who never log in still get their refunds,
 * grants and expiries — and sends the 3-day reminders. Safe to run twice and on several
 * instances at once: each member is settled under their lock with keyed writes, and each
 * reminder is claimed by a conditional UPDATE together with its mail job.
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
 *
 * One statement claims the reminders (a conditional UPDATE: a second sweeper finds them taken)
 * and adds their mail jobs, so a claim and its job commit together or not at all.
 */
async function sendReminders(
  db: Executor,
  { at, afterDays }: { at: Date; afterDays: number },
): Promise<number> {
  const cutoff = addDays(at, -afterDays).toISOString();
  const claimed = await rowsOf<{ id: string }>(
    db,
    sql`with due as (
          select id from inmails
          where status in ('awaiting_answer', 'refunded') and answered_at is null
            and reminder_sent_at is null and sent_at <= ${cutoff}::timestamptz
          order by sent_at
          limit 1000
          for update skip locked
        ), claimed as (
          update inmails set reminder_sent_at = ${at.toISOString()}::timestamptz
          from due where inmails.id = due.id and inmails.reminder_sent_at is null
          returning inmails.id
        )
        select claimed.id, graphile_worker.add_job(
          identifier => 'mail:inmail-reminder',
          payload => json_build_object('inmailId', claimed.id),
          job_key => 'inmail-reminder:' || claimed.id
        ) is not null as queued
        from claimed`,
  );
  return claimed.length;
}
