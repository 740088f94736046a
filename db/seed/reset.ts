import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";

/**
 * Empties every table of the public schema (migrations live in the `drizzle` schema and stay),
 * including tables added after this was written. Returns how many tables it emptied.
 */
export async function emptyAllTables(db: Executor): Promise<number> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length > 0) {
    await db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(", ")} cascade`));
  }
  return tables.length;
}
