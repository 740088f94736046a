// The journeys' second app instance (playwright.config.ts): it waits until the first one is up
// — so the embedded database exists — and then starts another `next start` against the same
// database (`npm start`: db/embedded/run.ts joins the running server instead of starting one).
import { spawn } from "node:child_process";

const [firstUrl, port] = process.argv.slice(2);
for (;;) {
  try {
    if ((await fetch(`${firstUrl}/api/health`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const child = spawn("npm", ["start"], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
