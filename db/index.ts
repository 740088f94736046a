import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { connectPostgres, type Database, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemoDataIfWanted } from "./seed/on-start";

export type { Database, Executor, Transaction } from "./client";

/** One pool per process, kept on globalThis: Next.js loads this module in several layers. */
const holder = globalThis as unknown as { __inmailDb?: Promise<DatabaseHandle> };

async function open(): Promise<DatabaseHandle> {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. `npm run dev` and `npm start` start the embedded PostgreSQL and " +
        "set it for the server; to run the server any other way, point DATABASE_URL at PostgreSQL.",
    );
  }
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: env.DATABASE_POOL_SIZE });
  log.info({ database: "postgres", embedded: env.EMBEDDED_POSTGRES === "1" }, "database ready");
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
