import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** Runs raw SQL and returns its rows as plain objects of the given shape. */
export async function rowsOf<T extends Record<string, unknown>>(
  executor: Executor,
  query: SQL,
): Promise<T[]> {
  return (await executor.execute(query)) as unknown as T[];
}

/** What drizzle's PgDatabase and PgTransaction hold (public fields, undocumented). */
interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      isResponseInArrayMode: boolean,
    ): { execute(): Promise<unknown> };
  };
}

/**
 * `rowsOf` as a prepared statement, for the few statements on a hot path (the send): each
 * connection parses it once, and PostgreSQL switches to one generic plan after five executions
 * when that plan costs no more — no planning per call. The statement's text must not vary with
 * its values (it never does when values are parameters). Needs a driver that keeps prepared
 * statements per connection: postgres.js does; behind PgBouncer that needs its session mode or
 * `max_prepared_statements`.
 */
export async function preparedRowsOf<T extends Record<string, unknown>>(
  executor: Executor,
  name: string,
  query: SQL,
): Promise<T[]> {
  const { dialect, session } = executor as unknown as DrizzleInternals;
  return (await session
    .prepareQuery(dialect.sqlToQuery(query), undefined, name, false)
    .execute()) as T[];
}
