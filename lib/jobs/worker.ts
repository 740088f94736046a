import { EventEmitter } from "node:events";
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import {
  type LogFunctionFactory,
  type Logger,
  type Runner,
  run,
  runMigrations,
  runOnce,
  Logger as WorkerLogger,
} from "graphile-worker";
import { Pool } from "pg";
import type { Database } from "@/db/client";
import { log } from "@/lib/log";
import { CRONTAB, taskListFor } from "./tasks";

// The queue's own chatter (a line per job, with its payload) is debug; warnings and errors stay.
const logFactory: LogFunctionFactory = (scope) => (level, message, meta) => {
  const fields = { ...scope, ...(meta?.job ? {} : meta), component: "jobs" };
  if (level === "error") log.error(fields, message);
  else if (level === "warning") log.warn(fields, message);
  else log.debug(fields, message);
};

export const workerLogger: Logger = new WorkerLogger(logFactory);

type WorkerEvents = NonNullable<Parameters<typeof run>[0]["events"]>;

/** Installs or upgrades the queue's own schema (graphile_worker); part of every migration run. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger });
}

const HEARTBEAT_MS = 30_000;

export interface StartedWorker {
  stop(): Promise<void>;
}

/**
 * Runs the job worker in this process until stopped: `concurrency` jobs at a time, the minutely
 * sweep, and a heartbeat per worker so jobs left locked by a dead process are handed back
 * (lib/jobs/maintenance.ts). Any number of processes may run one against the same database.
 */
export async function startWorker({
  db,
  connectionString,
  concurrency = 2,
  handleSignals = false,
}: {
  db: Database;
  connectionString: string;
  concurrency?: number;
  handleSignals?: boolean;
}): Promise<StartedWorker> {
  // Jobs are locked by a pool's id or a worker's: the heartbeat names both.
  const lockHolders = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  events.on("pool:create", ({ workerPool }) => {
    lockHolders.add(workerPool.id);
    void beat();
  });
  events.on("pool:release", ({ workerPool }) => {
    lockHolders.delete(workerPool.id);
  });
  events.on("worker:create", ({ worker }) => {
    lockHolders.add(worker.workerId);
    // At once, not at the next beat: a worker killed before its first beat would otherwise leave
    // the jobs it locked to graphile-worker's four-hour timeout.
    void beat();
  });
  events.on("worker:stop", ({ worker }) => {
    lockHolders.delete(worker.workerId);
  });
  const runner: Runner = await run({
    events,
    connectionString,
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: 2_000,
    noHandleSignals: !handleSignals,
    logger: workerLogger,
    taskList: taskListFor(db),
    crontab: CRONTAB,
  });
  async function beat() {
    if (lockHolders.size === 0) return;
    try {
      for (const workerId of lockHolders) {
        await db.execute(sql`insert into worker_heartbeats (worker_id, host, pid)
          values (${workerId}, ${hostname()}, ${process.pid})
          on conflict (worker_id) do update set seen_at = now()`);
      }
    } catch (error) {
      log.warn({ err: error }, "worker heartbeat failed");
    }
  }
  const timer = setInterval(beat, HEARTBEAT_MS);
  timer.unref();
  log.info({ concurrency }, "job worker started");
  return {
    async stop() {
      clearInterval(timer);
      await runner.stop();
      const ids = [...lockHolders];
      if (ids.length) {
        await db
          .execute(
            sql`delete from worker_heartbeats where worker_id = any(${sql.param(ids)}::text[])`,
          )
          .catch(() => {});
      }
    },
  };
}

/**
 * Runs every job that is due now, then returns (tests, and `npm run jobs`). The pool is ours, not
 * the queue's: the queue ends its own pools without waiting and drops their error handlers, so a
 * connection closed by the server a moment later (a test database dropped after its file) would
 * surface as an unhandled error. Ours keeps its handler and is ended before this returns.
 */
export async function runDueJobs({
  db,
  connectionString,
}: {
  db: Database;
  connectionString: string;
}): Promise<void> {
  const pgPool = new Pool({ connectionString, max: 4 });
  pgPool.on("error", (error) => log.warn({ err: error }, "job queue connection closed"));
  try {
    await runOnce({ pgPool, logger: workerLogger, taskList: taskListFor(db) });
  } finally {
    await pgPool.end();
  }
}
