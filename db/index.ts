import { mkdirSync } from "node:fs";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { connectPostgres, type Database, type DatabaseHandle, openPglite } from "./client";
import { migratePgliteDatabase, migratePostgresDatabase } from "./migrate";
import { seedDemoDataIfWanted } from "./seed/on-start";

export type { Database, Executor, Transaction } from "./client";

/**
 * One database per process, kept on globalThis: Next.js loads this module in several layers and
 * a second PGlite on the same data directory would corrupt it.
 */
const holder = globalThis as unknown as { __inmailDb?: Promise<DatabaseHandle> };

async function open(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await migratePostgresDatabase(env.DATABASE_URL);
    const handle = connectPostgres(env.DATABASE_URL);
    log.info({ database: "postgres" }, "database ready");
    await seedDemoDataIfWanted(handle);
    return handle;
  }
  mkdirSync(env.pgliteDir, { recursive: true });
  const handle = await openPglite({ dataDir: env.pgliteDir });
  await migratePgliteDatabase(handle);
  log.info({ database: "pglite", dir: env.pgliteDir }, "database ready");
  await seedDemoDataIfWanted(handle);
  return handle;
}

/** The app's database: connected, migrated and (in development) seeded on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!holder.__inmailDb) {
    holder.__inmailDb = open().catch((error) => {
      holder.__inmailDb = undefined;
      log.error({ err: error }, "database failed to open");
      throw error;
    });
  }
  return holder.__inmailDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Tests point the app at their own fresh database. */
export function setAppDatabase(handle: DatabaseHandle | null): void {
  holder.__inmailDb = handle ? Promise.resolve(handle) : undefined;
}
