import path from "node:path";
import { acquireEmbeddedPostgres } from "./server";

/**
 * For the project's own command-line tools (seed, migrate, jobs, worker, benchmarks): the
 * database named by DATABASE_URL, or else the embedded server under DATA_DIR, joined for as long
 * as the tool runs. `release()` is a no-op for an external server.
 */
export async function databaseUrlForTool(
  options: { dataDir?: string } = {},
): Promise<{ url: string; release(): Promise<void> }> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) return { url: external, release: async () => {} };
  const embedded = await acquireEmbeddedPostgres(
    path.resolve(options.dataDir ?? (process.env.DATA_DIR?.trim() || ".data")),
  );
  return { url: embedded.url, release: embedded.release };
}
