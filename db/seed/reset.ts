import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";

/**
 * Configuration the migrations write (the InMail rule numbers, the rate-limit rules): a reset
 * keeps it, or compose and send would find no policy and sign-in no limits.
 */
export const CONFIGURATION_TABLES = [
  "inmail_policy",
  "rate_limit_rules",
  "recruiting_policy",
  "sponsored_policy",
] as const;

/**
 * Empties every table of the public schema except the configuration above (migrations live in
 * the `drizzle` schema and stay), including tables added after this was written. Returns how
 * many tables it emptied.
 */
export async function emptyAllTables(db: Executor): Promise<number> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select quote_ident(tablename) as name from pg_tables
        where schemaname = 'public' and tablename <> all(${sql.param([...CONFIGURATION_TABLES])}::text[])`,
  );
  if (tables.length > 0) {
    await db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(", ")} cascade`));
  }
  return tables.length;
}
