import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";

/**
 * The limits themselves are data: how many points per window for each rule. The migration
 * inserts the defaults; operators change rows, not code. Read through lib/rate-limit.
 */
export const rateLimitRules = pgTable(
  "rate_limit_rules",
  {
    name: text().primaryKey(),
    points: integer().notNull(),
    durationSeconds: integer().notNull(),
    description: text().notNull().default(""),
  },
  (t) => [check("rate_limit_rules_positive", sql`${t.points} > 0 and ${t.durationSeconds} > 0`)],
);

/**
 * rate-limiter-flexible's PostgreSQL store (its own column names), created here by migration
 * instead of at run time. One atomic INSERT … ON CONFLICT DO UPDATE per consume, so all
 * instances share the counts. `expire` is epoch milliseconds.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: "number" }),
});

export type RateLimitRule = typeof rateLimitRules.$inferSelect;
