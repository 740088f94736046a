import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rowsOf } from "@/db/sql";
import { log } from "@/lib/log";

/** A worker that has not written its heartbeat for this long is taken for dead. */
export const WORKER_DEAD_AFTER_SECONDS = 120;

/**
 * Housekeeping that rides on the minutely sweep: jobs held by a dead worker are handed back
 * (graphile-worker itself waits four hours), and rows that only exist to expire are dropped in
 * bounded batches.
 */
export async function runMaintenance(db: Database): Promise<void> {
  const dead = await rowsOf<{ worker_id: string }>(
    db,
    sql`delete from worker_heartbeats
        where seen_at < now() - make_interval(secs => ${WORKER_DEAD_AFTER_SECONDS})
        returning worker_id`,
  );
  if (dead.length) {
    const ids = dead.map((d) => d.worker_id);
    await db.execute(sql`select graphile_worker.force_unlock_workers(${sql.param(ids)}::text[])`);
    log.warn({ workers: ids }, "unlocked the jobs of workers that stopped");
  }
  await db.execute(sql`delete from rate_limits where key in (
    select key from rate_limits where expire < (extract(epoch from now()) * 1000)::bigint - 3600000
    limit 10000)`);
  // The live inbox replays at most a day back; older events only take room.
  await db.execute(sql`delete from member_events where id in (
    select id from member_events where created_at < now() - interval '1 day' limit 10000)`);
  await db.execute(sql`delete from sent_mails where key in (
    select key from sent_mails where status = 'sent' and created_at < now() - interval '30 days'
    limit 10000)`);
}
