// Opens (and on first start migrates and seeds) the database when the server boots, so the
// first visitor does not wait for it and a broken database fails the start loudly. Then starts
// the sweeper that applies refunds, grants, expiries and reminders for everyone (SWEEPER=off to skip).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabaseHandle } = await import("@/db");
  const { env } = await import("@/lib/env");
  const handle = await getDatabaseHandle();
  if (env.SWEEPER === "on") {
    const { startSweeper } = await import("@/lib/jobs/schedule");
    startSweeper(handle);
  }
}
