import { sql } from "drizzle-orm";
import { runDueJobs } from "@/lib/jobs/worker";
import { testDatabaseUrl, testDb } from "./index";

/**
 * Runs the real job worker over this file's database until no job is due: what the server's
 * worker would have done a moment after the request. Jobs waiting for a retry (backoff) stay.
 */
export async function runJobs(): Promise<void> {
  await runDueJobs({ db: testDb(), connectionString: testDatabaseUrl() });
}

/** Makes retried jobs due now, as if their backoff had passed. */
export async function skipJobBackoff(): Promise<void> {
  await testDb().execute(
    sql`update graphile_worker._private_jobs set run_at = now() where locked_at is null and run_at > now()`,
  );
}

export interface QueuedJob {
  task: string;
  key: string | null;
  attempts: number;
  lastError: string | null;
}

/** The jobs still in the queue (waiting, retrying or failed for good). */
export async function queuedJobs(): Promise<QueuedJob[]> {
  const rows = await testDb().execute(
    sql`select task_identifier as task, key, attempts, last_error as "lastError"
        from graphile_worker.jobs order by id`,
  );
  return rows as unknown as QueuedJob[];
}
