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

describe("migrations", () => {
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
