// Runs after `next build` (npm run build): makes .next/standalone a complete server. Next.js
// traces the server's code and node_modules into it but leaves the browser files and public/
// to be copied — done here, so `npm start` (and a container image) can run it as it is.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const standalone = path.join(root, ".next", "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error("no .next/standalone/server.js: run `next build` first");
  process.exit(1);
}
for (const [from, to] of [
  [path.join(root, ".next", "static"), path.join(standalone, ".next", "static")],
  [path.join(root, "public"), path.join(standalone, "public")],
]) {
  if (!from || !to || !existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
console.log("standalone server ready: .next/standalone/server.js");
