// `tsx db/embedded/run.ts <command…>`: runs a command (next dev, next start, …) against the
// embedded PostgreSQL server, which it starts or joins first and releases when the command ends.
// With DATABASE_URL set it only runs the command: the app then uses that server.
import { spawn } from "node:child_process";
import path from "node:path";
import { acquireEmbeddedPostgres } from "./server";

const [command, ...args] = process.argv.slice(2).filter((a, i) => !(i === 0 && a === "--"));
if (!command) {
  console.error("usage: tsx db/embedded/run.ts <command> [args…]");
  process.exit(2);
}

const external = process.env.DATABASE_URL?.trim();
const dataDir = path.resolve(process.env.DATA_DIR?.trim() || ".data");
const embedded = external ? null : await acquireEmbeddedPostgres(dataDir);
if (embedded) {
  console.log(`embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${dataDir}/postgres)`);
}

const child = spawn(command, args, {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {
    ...process.env,
    ...(embedded ? { DATABASE_URL: embedded.url, EMBEDDED_POSTGRES: "1" } : {}),
  },
});

// The terminal's Ctrl-C reaches the child directly (same process group); a SIGTERM from a
// supervisor (Playwright, systemd) reaches only us, so pass it on.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}

const code = await new Promise<number>((resolve) =>
  child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + 1 : 1))),
);
await embedded?.release();
process.exit(code);
