import { connectPostgres } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { startWorker } from "./worker";

// `npm run worker`: a job worker as its own process (scale-out). Run any number of them, beside
// servers started with WORKER=off or not; each job runs once. Stops cleanly on SIGINT/SIGTERM.
const { url, release } = await databaseUrlForTool();
await migrateDatabase(url);
const handle = connectPostgres(url, { max: env.WORKER_CONCURRENCY + 2 });
const worker = await startWorker({
  db: handle.db,
  connectionString: url,
  concurrency: env.WORKER_CONCURRENCY,
});
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "job worker stopping");
  await worker.stop();
  await handle.close();
  await release();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
