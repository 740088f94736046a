import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { acquireEmbeddedPostgres } from "../embedded/server";
import { migrateDatabase } from "../migrate";
import { adminSql, databaseUrl, dropDatabase, testDatabasePrefix } from "./postgres";

/**
 * Runs once per `vitest run`, in the main process. It migrates ONE template database; every
 * test file then starts from a copy of it (db/testing/setup.ts), which is much cheaper than
 * migrating a database per file and keeps files from seeing each other's rows.
 *
 * The server: DATABASE_URL's if set (its own database is only used to connect; nothing is
 * written to it), else the embedded PostgreSQL in .data/test/ (started, or joined if another
 * run already has it, and stopped after the last run lets go of it).
 */
export default async function setup(project: TestProject) {
  const dataDir = project.config.env.INMAIL_TEST_DATA_ROOT;
  const teardowns: Array<() => Promise<void>> = [];
  if (dataDir) teardowns.push(() => rm(dataDir, { recursive: true, force: true }));
  try {
    let serverUrl = process.env.DATABASE_URL?.trim();
    if (!serverUrl) {
      const embedded = await acquireEmbeddedPostgres(path.join(project.config.root, ".data/test"));
      teardowns.push(() => embedded.release());
      serverUrl = embedded.serverUrl;
    }
    await prepareTemplate(project, serverUrl, teardowns);
  } catch (error) {
    await runTeardowns(teardowns);
    throw error;
  }
  return () => runTeardowns(teardowns);
}

async function runTeardowns(teardowns: Array<() => Promise<void>>): Promise<void> {
  for (const teardown of teardowns.reverse()) await teardown();
}

async function prepareTemplate(
  project: TestProject,
  serverUrl: string,
  teardowns: Array<() => Promise<void>>,
): Promise<void> {
  const runId = randomBytes(4).toString("hex");
  const template = `inmail_tpl_${runId}`;
  const admin = adminSql(serverUrl);
  try {
    await admin.unsafe(`create database "${template}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  teardowns.push(async () => {
    const cleanup = adminSql(serverUrl);
    try {
      // Files drop their own database; a crashed or interrupted worker may leave one behind.
      const leftovers = await cleanup<{ datname: string }[]>`
        select datname from pg_database where datname like ${`${testDatabasePrefix(runId)}%`}`;
      for (const { datname } of leftovers) await dropDatabase(cleanup, datname);
      await dropDatabase(cleanup, template);
    } finally {
      await cleanup.end({ timeout: 5 });
    }
  });
  await migrateDatabase(databaseUrl(serverUrl, template));
  project.provide("testDatabase", { serverUrl, template, runId });
}
