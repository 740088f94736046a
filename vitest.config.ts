import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Everything a test run writes (captured mail, auth secret) goes to a temp dir of its own,
// never to the developer's .data/. Each test file takes a subdirectory (db/testing/setup.ts);
// the global teardown removes the whole tree.
const dataDir = mkdtempSync(path.join(tmpdir(), "inmail-test-"));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React server bundle; tests import server code directly.
      { find: /^server-only$/, replacement: path.join(root, "db/testing/empty.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**", "e2e/**", ".data/**"],
    globalSetup: ["db/testing/global-setup.ts"],
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
    // let Vite resolve it (the fuzz test drives the real credentials check).
    server: { deps: { inline: ["next-auth"] } },
    setupFiles: ["db/testing/setup.ts"],
    env: {
      NODE_ENV: "test",
      APP_ENV: "test",
      DATA_DIR: dataDir,
      INMAIL_TEST_DATA_ROOT: dataDir,
      DEMO_DATA: "off",
      // Workers never use DATABASE_URL directly: global setup makes a template database on that
      // server and hands each file its own copy (db/testing). Blank here so nothing else can.
      DATABASE_URL: "",
      SMTP_URL: "",
      APP_URL: "http://localhost:3000",
      LOG_LEVEL: "silent",
    },
    // Each file gets its own fresh database; a CREATE DATABASE plus a few
    // argon2 hashes take seconds on a busy 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
