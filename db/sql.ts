import type { SQL } from "drizzle-orm";
import type { Executor } from "./client";

/** Runs raw SQL and returns its rows as plain objects of the given shape. */
export async function rowsOf<T extends Record<string, unknown>>(
  executor: Executor,
  query: SQL,
): Promise<T[]> {
  return (await executor.execute(query)) as unknown as T[];
}
