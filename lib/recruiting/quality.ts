import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { RecruitingPolicy } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { addDays } from "@/lib/clock";

/**
 * The quality gate of campaigns, like LinkedIn Recruiter's: a sender of many InMails whose
 * response rate is low is warned first, and if it is still low at the next launch, cannot launch
 * campaigns for a while. Its numbers are data (recruiting_policy); the standing of each sender is
 * a row (recruiting_standing).
 */
export type QualityStanding =
  | { kind: "good" }
  /** Under the bar: told so; the next launch under it blocks. */
  | { kind: "warned"; sent: number; rate: number }
  | { kind: "blocked"; until: Date; sent: number; rate: number };

interface Stats {
  sent: number;
  answered: number;
}

async function recentStats(
  db: Executor,
  senderId: string,
  at: Date,
  policy: RecruitingPolicy,
): Promise<Stats> {
  const since = addDays(at, -policy.qualityWindowDays).toISOString();
  const [row] = await rowsOf<{ sent: number; answered: number }>(
    db,
    sql`select count(*)::int as sent, count(answered_at)::int as answered from inmails
        where sender_id = ${senderId} and sent_at > ${since}::timestamptz`,
  );
  return { sent: Number(row?.sent ?? 0), answered: Number(row?.answered ?? 0) };
}

function under(stats: Stats, policy: RecruitingPolicy): boolean {
  return (
    stats.sent >= policy.qualityMinInmails &&
    stats.answered * 100 < policy.qualityMinResponsePercent * stats.sent
  );
}

/** What the sender would meet at the gate now (the campaign page shows it before launch). */
export async function qualityStanding(
  db: Executor,
  { senderId, at, policy }: { senderId: string; at: Date; policy: RecruitingPolicy },
): Promise<QualityStanding> {
  const [standing, stats] = await Promise.all([
    rowsOf<{ blocked_until: Date | null }>(
      db,
      sql`select blocked_until from recruiting_standing where member_id = ${senderId}`,
    ),
    recentStats(db, senderId, at, policy),
  ]);
  const rate = stats.sent ? stats.answered / stats.sent : 0;
  const blockedUntil = standing[0]?.blocked_until ? new Date(standing[0].blocked_until) : null;
  if (blockedUntil && blockedUntil > at)
    return { kind: "blocked", until: blockedUntil, ...stats, rate };
  return under(stats, policy) ? { kind: "warned", sent: stats.sent, rate } : { kind: "good" };
}

/**
 * The gate itself, at launch, inside the launch's transaction (the owner's launches are
 * serialised): a block in force refuses; under the bar a first time warns and lets the launch
 * go; under the bar again, after a warning within the window, blocks and refuses. Back above
 * the bar, the warning is forgotten.
 */
export async function passQualityGate(
  tx: Executor,
  { senderId, at, policy }: { senderId: string; at: Date; policy: RecruitingPolicy },
): Promise<{ ok: true; warned: boolean } | { ok: false; until: Date }> {
  const [standing] = await rowsOf<{ warned_at: Date | null; blocked_until: Date | null }>(
    tx,
    sql`select warned_at, blocked_until from recruiting_standing where member_id = ${senderId}
        for update`,
  );
  const blockedUntil = standing?.blocked_until ? new Date(standing.blocked_until) : null;
  if (blockedUntil && blockedUntil > at) return { ok: false, until: blockedUntil };
  const stats = await recentStats(tx, senderId, at, policy);
  const when = at.toISOString();
  if (!under(stats, policy)) {
    if (standing?.warned_at) {
      await tx.execute(
        sql`update recruiting_standing set warned_at = null, updated_at = ${when}::timestamptz
            where member_id = ${senderId}`,
      );
    }
    return { ok: true, warned: false };
  }
  const warnedAt = standing?.warned_at ? new Date(standing.warned_at) : null;
  const warnedRecently = warnedAt && warnedAt > addDays(at, -policy.qualityWindowDays);
  if (!warnedRecently) {
    await tx.execute(
      sql`insert into recruiting_standing (member_id, warned_at, updated_at)
          values (${senderId}, ${when}::timestamptz, ${when}::timestamptz)
          on conflict (member_id) do update set warned_at = excluded.warned_at,
            blocked_until = null, updated_at = excluded.updated_at`,
    );
    return { ok: true, warned: true };
  }
  const until = addDays(at, policy.qualityBlockDays);
  await tx.execute(
    sql`update recruiting_standing set blocked_until = ${until.toISOString()}::timestamptz,
        warned_at = null, updated_at = ${when}::timestamptz where member_id = ${senderId}`,
  );
  return { ok: false, until };
}
