import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/**
 * Both drivers expose the same Drizzle query API; we type them as one. `db.execute` returns
 * driver-specific shapes, so raw SQL goes through `rowsOf` (db/sql.ts).
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Queries take an optional transaction; inside a transaction use `tx`, never `db`. */
export type Executor = Database | Transaction;

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const drizzleOptions = { schema, casing: "snake_case" } as const;

export function connectPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    // Transactions that lose a serialization race are retried by the services, not here.
    connection: { application_name: "inmail" },
  });
  const db = drizzlePostgres(client, drizzleOptions);
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<DatabaseHandle & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(pglite, drizzleOptions) as unknown as Database;
  return { db, kind: "pglite", pglite, close: () => pglite.close() };
}

export { schema };
