import { desc, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { sentMails } from "../schema";
import { rowsOf } from "../sql";

export interface QueueRow {
  id: string;
  task: string;
  key: string | null;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedAt: Date | null;
  lastError: string | null;
}

/** The job queue as it stands (waiting, running, retrying, failed for good), soonest first. */
export async function listQueuedJobs(db: Executor, { limit = 100 } = {}): Promise<QueueRow[]> {
  return rowsOf<QueueRow & Record<string, unknown>>(
    db,
    sql`select id::text, task_identifier as task, key, attempts, max_attempts as "maxAttempts",
          run_at as "runAt", locked_at as "lockedAt", left(last_error, 500) as "lastError"
        from graphile_worker.jobs
        order by (attempts >= max_attempts), run_at
        limit ${limit}`,
  );
}

/** The mails the jobs sent (or are sending), newest first. */
export function listSentMails(db: Executor, { limit = 50 } = {}) {
  return db
    .select({
      key: sentMails.key,
      status: sentMails.status,
      toAddress: sentMails.toAddress,
      subject: sentMails.subject,
      attempts: sentMails.attempts,
      createdAt: sentMails.createdAt,
      sentAt: sentMails.sentAt,
    })
    .from(sentMails)
    .orderBy(desc(sentMails.createdAt))
    .limit(limit);
}
