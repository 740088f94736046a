import { randomBytes } from "node:crypto";
import type { Database, DatabaseHandle } from "../client";
import {
  adminSql,
  createEmptyDatabase,
  databaseUrl,
  dropDatabase,
  testDatabasePrefix,
} from "./postgres";
import { currentTestDatabase, markDatabaseWanted, testTemplate } from "./state";

// The fresh database of the current test file, created by db/testing/setup.ts in beforeAll.
// The app's getDb() points at the same database (setAppDatabase), so services under test and the
// assertions see the same rows. Importing this module is what asks for that database: files
// that do not import it are unit tests and get none (getDb() then fails loudly).
markDatabaseWanted();

/** This file's own database. */
export function testDb(): Database {
  return currentTestDatabase().handle.db;
}

export function testDbHandle(): DatabaseHandle {
  return currentTestDatabase().handle;
}

/** The URL of this file's database, to open extra connections (races, a second "instance"). */
export function testDatabaseUrl(): string {
  return currentTestDatabase().handle.url;
}

/**
 * A new, EMPTY database (no migrations), for tests of the migrator itself.
 * Dropped by `drop()`, or by the global teardown if the test dies first.
 */
export async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const template = testTemplate();
  const name = `${testDatabasePrefix(template.runId)}${randomBytes(4).toString("hex")}_empty`;
  const admin = adminSql(template.serverUrl);
  try {
    await createEmptyDatabase(admin, name);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return {
    url: databaseUrl(template.serverUrl, name),
    async drop() {
      const dropper = adminSql(template.serverUrl);
      try {
        await dropDatabase(dropper, name);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
