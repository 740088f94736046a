import postgres from "postgres";

// Admin helpers for the per-file PostgreSQL databases of the test suite. Database names are
// generated here from hex, never taken from input, so quoting them as identifiers is safe.

const DATABASE_NAME = /^[a-z0-9_]+$/;

export type AdminSql = postgres.Sql;

export function adminSql(serverUrl: string): AdminSql {
  return postgres(serverUrl, { max: 1, onnotice: () => {} });
}

/** The server URL with its database replaced by `name`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every per-file database of one run starts with this, so teardown can find leftovers. */
export function testDatabasePrefix(runId: string): string {
  return `inmail_t_${runId}_`;
}

function quoted(name: string): string {
  if (!DATABASE_NAME.test(name)) throw new Error(`unexpected test database name: ${name}`);
  return `"${name}"`;
}

/**
 * CREATE DATABASE … TEMPLATE fails with 55006 while another session is connected to the
 * template (e.g. two files cloning at the same instant on some versions); retry briefly.
 */
export async function createDatabaseFromTemplate(
  admin: AdminSql,
  name: string,
  template: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`create database ${quoted(name)} template ${quoted(template)}`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "55006" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** An empty database (from template0), for tests of the migrations themselves. */
export async function createEmptyDatabase(admin: AdminSql, name: string): Promise<void> {
  await admin.unsafe(`create database ${quoted(name)} template template0`);
}

export async function dropDatabase(admin: AdminSql, name: string): Promise<void> {
  await admin.unsafe(`drop database if exists ${quoted(name)} with (force)`);
}
