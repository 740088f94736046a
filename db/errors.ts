/** True for PostgreSQL's unique_violation (23505), optionally on one constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  // postgres.js surfaces SQLSTATE as `code`; drizzle may wrap it in `cause`.
  for (
    let e = error as
      | { code?: string; constraint_name?: string; constraint?: string; cause?: unknown }
      | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23505") {
      const name = e.constraint_name ?? e.constraint;
      return !constraint || !name || name === constraint;
    }
  }
  return false;
}
