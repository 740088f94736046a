import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../client";
import { migratePgliteDatabase, migratePostgresDatabase } from "../migrate";
import { adminSql, databaseUrl, dropDatabase, testDatabasePrefix } from "./postgres";

/**
 * Runs once per `vitest run`, in the main process. It migrates ONE template database; every
 * test file then starts from a copy of it (db/testing/setup.ts), which is much cheaper than
 * migrating a database per file and keeps files from seeing each other's rows.
 *
 * - DATABASE_URL set: a template database `inmail_tpl_<random>` on that server; files get
 *   `CREATE DATABASE inmail_t_<same random>_<random> TEMPLATE inmail_tpl_<random>`.
 *   The database named in DATABASE_URL is only used to connect; nothing is written to it.
 * - otherwise: an in-memory PGlite, migrated and dumped to a tarball that each file loads.
 */
export default async function setup(project: TestProject) {
  const dataDir = project.config.env.INMAIL_TEST_DATA_ROOT;
  const serverUrl = process.env.DATABASE_URL?.trim();
  const teardowns: Array<() => Promise<void>> = [];
  if (dataDir) teardowns.push(() => rm(dataDir, { recursive: true, force: true }));

  try {
    if (serverUrl) {
      await prepareServerTemplate(project, serverUrl, teardowns);
    } else {
      await preparePgliteTemplate(project, teardowns);
    }
  } catch (error) {
    await runTeardowns(teardowns);
    throw error;
  }
  return () => runTeardowns(teardowns);
}

async function runTeardowns(teardowns: Array<() => Promise<void>>): Promise<void> {
  for (const teardown of teardowns.reverse()) await teardown();
}

async function prepareServerTemplate(
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
  await migratePostgresDatabase(databaseUrl(serverUrl, template));
  project.provide("testDatabase", { kind: "postgres", serverUrl, template, runId });
}

async function preparePgliteTemplate(
  project: TestProject,
  teardowns: Array<() => Promise<void>>,
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "inmail-pglite-tpl-"));
  teardowns.push(() => rm(dir, { recursive: true, force: true }));
  const handle = await openPglite();
  try {
    await migratePgliteDatabase(handle);
    // Uncompressed: loading a tarball is faster than gunzipping it in every file.
    const dump = await handle.pglite.dumpDataDir("none");
    const tarball = path.join(dir, "template.tar");
    await writeFile(tarball, Buffer.from(await dump.arrayBuffer()));
    project.provide("testDatabase", { kind: "pglite", tarball });
  } finally {
    await handle.close();
  }
}
