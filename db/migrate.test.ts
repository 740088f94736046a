import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres, type Executor } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { members } from "./schema";
import { rowsOf } from "./sql";
import { createEmptyPostgresDatabase, testDatabaseUrl, testDb } from "./testing";

const journal = JSON.parse(
  readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
) as { entries: unknown[] };

async function appliedMigrations(db: Executor): Promise<number> {
  const [row] = await rowsOf<{ count: number }>(
    db,
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  return row?.count ?? 0;
}

async function migrateAgain(): Promise<void> {
  await migrateDatabase(testDatabaseUrl());
}

/**
 * Foreign keys that need no index of their own: the app never deletes (or re-keys) the rows they
 * point at, so PostgreSQL never has to look for the rows that point there. Any other foreign
 * key must lead an index, or each delete of a referenced row scans the referencing table.
 */
const NEVER_DELETED_REFERENCES = new Set([
  "subscriptions.plan_id", // plans are a catalogue, never deleted
  "credit_grants.subscription_id", // subscriptions are history: cancelled, never deleted
  "credit_ledger_entries.grant_id", // the ledger and its grants are append-only
  "credit_orders.sponsored_campaign_id", // sponsored campaigns end, they are not deleted
  "member_events.thread_id", // conversations are archived or hidden, never deleted
  "campaign_recipients.member_id", // the app deletes no member (an operator's delete cascades)
  "sponsored_stops.advertiser_id", // likewise
]);

describe("migrations", () => {
  it("index every foreign key whose referenced rows the app deletes", async () => {
    const unindexed = await rowsOf<{ fk: string }>(
      testDb(),
      sql`select c.conrelid::regclass::text || '.' || a.attname as fk
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
          where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            and not exists (select 1 from pg_index i
              where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
          order by 1`,
    );
    expect(unindexed.map((r) => r.fk).filter((fk) => !NEVER_DELETED_REFERENCES.has(fk))).toEqual(
      [],
    );
  });

  it("are all recorded in the migrated test database", async () => {
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(await appliedMigrations(testDb())).toBe(journal.entries.length);
  });

  it("leave an already-migrated database and its rows as they are", async () => {
    await testDb().insert(members).values({
      email: "kept@example.com",
      name: "Kept Member",
      handle: "kept-member-000001",
      passwordHash: "not-a-real-hash",
    });

    await migrateAgain();
    await migrateAgain();

    expect(await appliedMigrations(testDb())).toBe(journal.entries.length);
    const kept = await testDb().select({ email: members.email }).from(members);
    expect(kept).toContainEqual({ email: "kept@example.com" });
  });

  it("bring a fresh database up to date from two instances at once", async () => {
    const fresh = await createEmptyPostgresDatabase();
    try {
      await Promise.all([migrateDatabase(fresh.url), migrateDatabase(fresh.url)]);
      await migrateDatabase(fresh.url);
      const handle = connectPostgres(fresh.url, { max: 1 });
      try {
        expect(await appliedMigrations(handle.db)).toBe(journal.entries.length);
        expect(await handle.db.select().from(members)).toEqual([]);
      } finally {
        await handle.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
