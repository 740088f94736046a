// What db/testing/global-setup.ts hands to every test file (vitest provide/inject).

export interface TestDatabaseTemplate {
  /** A PostgreSQL server (embedded, or DATABASE_URL's), database `postgres` or DATABASE_URL's. */
  serverUrl: string;
  /** The migrated template database every file's database is cloned from. */
  template: string;
  runId: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTemplate;
  }
}
