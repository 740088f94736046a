// What db/testing/global-setup.ts hands to every test file (vitest provide/inject).

export type TestDatabaseTemplate =
  | { kind: "pglite"; tarball: string }
  | { kind: "postgres"; serverUrl: string; template: string; runId: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTemplate;
  }
}
