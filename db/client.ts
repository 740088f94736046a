import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Queries take an optional transaction; inside a transaction use `tx`, never `db`. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  /** The postgres.js client underneath (LISTEN, raw SQL for benchmarks). */
  client: postgres.Sql;
  url: string;
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
  const db = drizzle(client, drizzleOptions);
  return { db, client, url, close: () => client.end({ timeout: 5 }) };
}

export { schema };
