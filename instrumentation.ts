// Opens (and on first start migrates and seeds) the database when the server boots, so the
// first visitor does not wait for it and a broken database fails the start loudly. Then starts
// the job worker inside the server (mail, the minutely sweep); WORKER=off leaves that to
// separate `npm run worker` processes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before the first request: the TCP peer's address, for per-address rate limits.
  const { installPeerAddressHook } = await import("@/lib/http/client-address");
  installPeerAddressHook();
  const { getDatabaseHandle } = await import("@/db");
  const { env } = await import("@/lib/env");
  const handle = await getDatabaseHandle();
  // This instance's one LISTEN connection: live events, and cache invalidation.
  const { liveHub } = await import("@/lib/live/hub");
  await liveHub(handle.db, handle.url);
  if (env.WORKER === "on") {
    const { startWorkerOnce } = await import("@/lib/jobs/in-server");
    await startWorkerOnce(handle);
  }
}
