import { inject } from "vitest";
import type { DatabaseHandle } from "../client";
import type { TestDatabaseTemplate } from "./context";

// Shared by db/testing/setup.ts (which creates the file's database) and db/testing/index.ts
// (which tests import). Each test file has its own module registry, so this is per file.

export interface CurrentDatabase {
  handle: DatabaseHandle;
}

const state: { current?: CurrentDatabase; wanted: boolean } = { wanted: false };

export function testTemplate(): TestDatabaseTemplate {
  return inject("testDatabase");
}

/** Importing db/testing marks the file as a database test; pure unit tests skip the setup. */
export function markDatabaseWanted(): void {
  state.wanted = true;
}

export function isDatabaseWanted(): boolean {
  return state.wanted;
}

export function setCurrentTestDatabase(value: CurrentDatabase | undefined): void {
  state.current = value;
}

export function currentTestDatabase(): CurrentDatabase {
  if (!state.current) {
    throw new Error(
      "No test database yet: call testDb() inside a test or hook, not at import time",
    );
  }
  return state.current;
}
