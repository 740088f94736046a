import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import { setClock, setClockOffset } from "@/lib/clock";
import { connectPostgres, type Database, type DatabaseHandle } from "../client";
import {
  adminSql,
  createDatabaseFromTemplate,
  databaseUrl,
  dropDatabase,
  testDatabasePrefix,
} from "./postgres";
import { isDatabaseWanted, setCurrentTestDatabase, testTemplate } from "./state";

// Runs before every test file: the file gets its own copy of the migrated template database and
// its own data directory (captured mail). Nothing here imports lib/env, which reads DATA_DIR once:
// the test file's imports come after this module and see the per-file directory.
const runDataDir = process.env.INMAIL_TEST_DATA_ROOT;
if (!runDataDir) throw new Error("INMAIL_TEST_DATA_ROOT must be set by vitest.config.ts");
process.env.DATA_DIR = path.join(runDataDir, `file-${randomBytes(4).toString("hex")}`);

let handle: DatabaseHandle | undefined;
let dropFileDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  // Imported here, not at the top: db/index pulls in lib/env, which must see the DATA_DIR above.
  const { setAppDatabase: pointAppAt } = await import("@/db/index");
  if (!isDatabaseWanted()) {
    // A unit test that reaches getDb() anyway should say so, not open a database of its own.
    pointAppAt(noDatabase());
    return;
  }
  handle = await createFileDatabase();
  pointAppAt(handle);
});

afterEach(() => {
  setClock(null);
  setClockOffset(0);
});

afterAll(async () => {
  const { setAppDatabase: pointAppAt } = await import("@/db/index");
  pointAppAt(null);
  setCurrentTestDatabase(undefined);
  await handle?.close();
  await dropFileDatabase?.();
});

async function createFileDatabase(): Promise<DatabaseHandle> {
  const template = testTemplate();
  const name = `${testDatabasePrefix(template.runId)}${randomBytes(4).toString("hex")}`;
  const admin = adminSql(template.serverUrl);
  try {
    await createDatabaseFromTemplate(admin, name, template.template);
  } catch (error) {
    await admin.end({ timeout: 5 });
    throw error;
  }
  dropFileDatabase = async () => {
    try {
      await dropDatabase(admin, name);
    } finally {
      await admin.end({ timeout: 5 });
    }
  };
  const url = databaseUrl(template.serverUrl, name);
  const postgres = connectPostgres(url);
  setCurrentTestDatabase({ handle: postgres });
  return postgres;
}

function noDatabase(): DatabaseHandle {
  const refuse = () => {
    throw new Error(
      "This test file reached the database without asking for one: import from '@/db/testing' " +
        "(e.g. testDb) so it gets its own fresh database.",
    );
  };
  return {
    db: new Proxy({}, { get: refuse }) as Database,
    client: new Proxy({}, { get: refuse }) as DatabaseHandle["client"],
    url: "",
    close: async () => {},
  };
}
