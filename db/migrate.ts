import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { migrateJobQueue } from "@/lib/jobs/worker";

export const migrationsFolder = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "db",
  "migrations",
);

// Several instances starting at once queue on this lock instead of racing the migrator.
const MIGRATION_LOCK = 4_711_001;

/**
 * Applies the committed drizzle-kit migrations, then the job queue's own schema. One dedicated connection holds a session-level
 * advisory lock for the whole run, so it is safe when several app instances start together.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migrate(db, { migrationsFolder });
    // The job queue's tables: the app's transactions add jobs (graphile_worker.add_job).
    await migrateJobQueue(url);
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await client.end({ timeout: 5 });
  }
}
