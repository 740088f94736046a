import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { SponsoredCampaignInput } from "@/lib/validation/sponsored";
import type { Executor } from "../client";
import {
  blocks,
  communicationSettings,
  connections,
  creditGrants,
  creditLedgerEntries,
  members,
  type NewCommunicationSettings,
} from "../schema";

/** Small builders for database tests: rows as a member would have them, nothing mocked. */

export async function createMember(
  db: Executor,
  overrides: {
    name?: string;
    locale?: string;
    settings?: Partial<NewCommunicationSettings>;
    /** A member who has not confirmed their address yet (may not send). */
    unconfirmed?: boolean;
  } = {},
) {
  const suffix = randomBytes(4).toString("hex");
  const name = overrides.name ?? `Member ${suffix}`;
  const [member] = await db
    .insert(members)
    .values({
      name,
      email: `m.${suffix}@example.com`,
      handle: `member-${suffix}`,
      passwordHash: "not-a-real-hash",
      headline: `Engineer at Firm ${suffix}`,
      locale: overrides.locale ?? "en",
      emailVerifiedAt: overrides.unconfirmed ? null : new Date(),
    })
    .returning();
  if (!member) throw new Error("member insert failed");
  await db.insert(communicationSettings).values({ memberId: member.id, ...overrides.settings });
  return member;
}

export async function connect(db: Executor, a: string, b: string): Promise<void> {
  await db.insert(connections).values([
    { memberId: a, connectedMemberId: b },
    { memberId: b, connectedMemberId: a },
  ]);
}

export async function block(db: Executor, blockerId: string, blockedId: string): Promise<void> {
  await db.insert(blocks).values({ blockerId, blockedId });
}

/** A grant and its ledger entry, as the credits service writes them. */
export async function grantCredits(
  db: Executor,
  memberId: string,
  amount: number,
  { grantedAt = new Date(), expiresAt }: { grantedAt?: Date; expiresAt?: Date } = {},
) {
  const key = `test:${randomBytes(6).toString("hex")}`;
  const [grant] = await db
    .insert(creditGrants)
    .values({
      memberId,
      source: "adjustment",
      amount,
      remaining: amount,
      grantedAt,
      expiresAt: expiresAt ?? new Date(grantedAt.getTime() + 90 * 86_400_000),
      idempotencyKey: key,
    })
    .returning();
  if (!grant) throw new Error("grant insert failed");
  await db.insert(creditLedgerEntries).values({
    memberId,
    kind: "grant",
    delta: amount,
    grantId: grant.id,
    reason: "test_grant",
    occurredAt: grantedAt,
    idempotencyKey: `ledger:${key}`,
  });
  return grant;
}

/** Sum of the member's ledger: what they own, expired or not. */
export async function ledgerBalance(db: Executor, memberId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${creditLedgerEntries.delta}), 0)::int` })
    .from(creditLedgerEntries)
    .where(eq(creditLedgerEntries.memberId, memberId));
  return Number(row?.n ?? 0);
}

export async function remainingOnGrants(db: Executor, memberId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${creditGrants.remaining}), 0)::int` })
    .from(creditGrants)
    .where(and(eq(creditGrants.memberId, memberId)));
  return Number(row?.n ?? 0);
}

/** A sponsored campaign's message and audience (lib/sponsored/campaigns.ts), with `overrides`. */
export function sponsoredInput(
  overrides: Partial<SponsoredCampaignInput> = {},
): SponsoredCampaignInput {
  return {
    name: "Launch",
    subjectTemplate: "Hello",
    bodyTemplate: "Body",
    ctaLabel: "Go",
    ctaUrl: "https://example.com/",
    countries: [],
    industries: [],
    languages: [],
    titleTerms: [],
    companies: [],
    ...overrides,
  };
}
