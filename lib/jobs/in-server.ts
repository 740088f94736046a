import type { DatabaseHandle } from "@/db/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { type StartedWorker, startWorker } from "./worker";

const holder = globalThis as unknown as { __inmailWorker?: Promise<StartedWorker> };

/** The server's own worker: started once per process, however often Next loads this module. */
export function startWorkerOnce(handle: DatabaseHandle): Promise<StartedWorker> {
  holder.__inmailWorker ??= startWorker({
    db: handle.db,
    connectionString: handle.url,
    concurrency: env.WORKER_CONCURRENCY,
  }).catch((error) => {
    holder.__inmailWorker = undefined;
    log.error({ err: error }, "job worker failed to start");
    throw error;
  });
  return holder.__inmailWorker;
}
