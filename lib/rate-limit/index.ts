import type postgres from "postgres";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "@/db/client";
import { rateLimitRules } from "@/db/schema";

/**
 * Rate limits shared by every instance: counts live in PostgreSQL (rate-limiter-flexible's store,
 * one atomic INSERT … ON CONFLICT DO UPDATE per consume; the table comes from a migration), the
 * numbers in the rate_limit_rules table. Keys are "<rule>:<who>", who being a member id, an
 * address or a client address.
 */
export type RateLimitRule =
  | "sign_in_failures_account"
  | "sign_in_failures_address"
  | "sign_up_address"
  | "password_reset_address"
  | "password_reset_account"
  | "account_exists_mail"
  | "confirmation_resend"
  | "public_action_address"
  | "member_action_minute"
  | "inmail_hour"
  | "inmail_week"
  | "message_hour"
  | "message_week"
  | "invitation_hour"
  | "invitation_week"
  | "email_invitation_day"
  | "photo_upload_hour"
  | "email_change_day"
  | "sponsored_audience_count";

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Rule {
  points: number;
  durationSeconds: number;
}

const RULES_TTL_MS = 60_000;
/** Used when a rule row is missing: generous, so a missing row never locks anyone out. */
const FALLBACK: Rule = { points: 1_000, durationSeconds: 60 };

/** Per database pool: the rules read at most once a minute, and one limiter per rule. */
interface Cache {
  rules?: { at: number; byName: Map<string, Rule> };
  limiters: Map<string, RateLimiterPostgres>;
}
const caches = new WeakMap<object, Cache>();

function cacheFor(db: Database): Cache {
  let cache = caches.get(db.$client);
  if (!cache) {
    cache = { limiters: new Map() };
    caches.set(db.$client, cache);
  }
  return cache;
}

async function ruleFor(db: Database, name: RateLimitRule): Promise<Rule> {
  const cache = cacheFor(db);
  if (!cache.rules || Date.now() - cache.rules.at >= RULES_TTL_MS) {
    const rows = await db.select().from(rateLimitRules);
    cache.rules = { at: Date.now(), byName: new Map(rows.map((r) => [r.name, r])) };
  }
  return cache.rules.byName.get(name) ?? FALLBACK;
}

/** Tests change rule rows and want them used at once. */
export function forgetRateLimitRules(db: Database): void {
  caches.delete(db.$client);
}

/**
 * rate-limiter-flexible speaks node-postgres; this hands its queries to our postgres.js pool,
 * prepared: their texts are a few fixed ones (the values are parameters), and every member
 * action runs one to three of them.
 */
function storeClientFor(client: postgres.Sql) {
  return {
    async query(query: { text: string; values?: unknown[] }) {
      const rows = await client.unsafe(
        query.text,
        (query.values ?? []) as postgres.ParameterOrJSON<never>[],
        { prepare: true },
      );
      return { rows: [...rows], rowCount: rows.count ?? rows.length };
    },
  };
}

async function limiterFor(db: Database, name: RateLimitRule): Promise<RateLimiterPostgres> {
  const rule = await ruleFor(db, name);
  const cache = cacheFor(db);
  // A changed rule gets a new limiter; at most one per rule and version, so this stays small.
  const id = `${name}:${rule.points}:${rule.durationSeconds}`;
  let limiter = cache.limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: storeClientFor(db.$client),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points: rule.points,
      duration: rule.durationSeconds,
    });
    for (const key of cache.limiters.keys())
      if (key.startsWith(`${name}:`)) cache.limiters.delete(key);
    cache.limiters.set(id, limiter);
  }
  return limiter;
}

function refused(res: RateLimiterRes): RateLimitOutcome {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/** Takes one point; refused once the window's points are spent. */
export async function consume(
  db: Database,
  rule: RateLimitRule,
  who: string,
): Promise<RateLimitOutcome> {
  const limiter = await limiterFor(db, rule);
  try {
    await limiter.consume(who);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return refused(error);
    throw error;
  }
}

/** Gives a point back (an attempt that turned out not to count, e.g. refused by a rule). */
export async function refund(db: Database, rule: RateLimitRule, who: string): Promise<void> {
  const limiter = await limiterFor(db, rule);
  await limiter.reward(who, 1);
}

/** Refused already, without taking a point (checks before an expensive step). */
export async function check(
  db: Database,
  rule: RateLimitRule,
  who: string,
): Promise<RateLimitOutcome> {
  const limiter = await limiterFor(db, rule);
  const res = await limiter.get(who);
  if (res && res.consumedPoints >= limiter.points) return refused(res);
  return { ok: true };
}

export async function reset(db: Database, rule: RateLimitRule, who: string): Promise<void> {
  const limiter = await limiterFor(db, rule);
  await limiter.delete(who);
}

/**
 * Consumes one point on every rule, all at once (one statement each, side by side); if any
 * refuses, the points the others took are given back and the first refusal is the answer.
 */
export async function consumeAll(
  db: Database,
  rules: readonly RateLimitRule[],
  who: string,
): Promise<RateLimitOutcome> {
  const outcomes = await Promise.all(rules.map((rule) => consume(db, rule, who)));
  const refused = outcomes.find((outcome) => !outcome.ok);
  if (!refused) return { ok: true };
  await Promise.all(rules.filter((_, i) => outcomes[i]?.ok).map((rule) => refund(db, rule, who)));
  return refused;
}

export async function refundAll(
  db: Database,
  rules: readonly RateLimitRule[],
  who: string,
): Promise<void> {
  await Promise.all(rules.map((rule) => refund(db, rule, who)));
}
