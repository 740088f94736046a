// npm run fuzz -- [--url http://localhost:3000] [--requests 10000] [--concurrency 8]
//
// Replays every server action of a RUNNING server over HTTP with hostile bodies, the way a
// browser would send them (React's own encodeReply) and some the way no browser would (broken
// payloads, oversized bodies), signed out and signed in as a demo member. Prints requests sent,
// answers by status, 5xx (framework-level answers to malformed payloads counted apart) and the
// slowest responses. Loopback only; bounded in requests and time. Build first (`npm run build`):
// the action ids come from .next/server/server-reference-manifest.json.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { ACTION_FIELDS } from "./inventory";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:3000" },
    requests: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "8" },
    "max-seconds": { type: "string", default: "600" },
    email: { type: "string", default: "premium@demo.inmail.test" },
    password: { type: "string", default: "inmail-demo-2026" },
  },
});
const base = new URL(args.url);
if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(base.hostname)) {
  console.error(`refusing ${base.origin}: the fuzzer only talks to loopback`);
  process.exit(2);
}
const total = Number(args.requests);
const concurrency = Number(args.concurrency);
const deadline = Date.now() + Number(args["max-seconds"]) * 1000;

interface ActionEntry {
  id: string;
  name: string;
  path: string;
  fields: string[];
}

/** The action ids of this build, each with a page where it is registered. */
function actionsOfBuild(): ActionEntry[] {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; filename: string; exportedName: string }
    >;
  };
  const entries: ActionEntry[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const fields = ACTION_FIELDS[entry.filename]?.[entry.exportedName];
    const worker = Object.keys(entry.workers)[0];
    if (!fields || !worker) continue;
    // app/(app)/in/[handle]/page → /in/x: route groups dropped, dynamic segments filled in.
    const path = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((segment) => segment && !segment.startsWith("("))
      .map((segment) => (segment.startsWith("[") ? randomUUID() : segment))
      .join("/");
    entries.push({ id, name: entry.exportedName, path: `/${path}`, fields });
  }
  return entries;
}

const HOSTILE = [
  "",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\u202e\u202d",
  "\u001b[2J",
  `a${"\u0301".repeat(20_000)}`,
  "x".repeat(200_000),
  "😀".repeat(30_000),
  "1e308",
  "-1",
  "NaN",
  "__proto__",
  "<img src=x onerror=alert(1)>",
  "' or 1=1 --",
  randomUUID(),
];

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

function hostileValue(): string {
  if (Math.random() < 0.6) return pick(HOSTILE);
  return randomBytes(Math.floor(Math.random() * 64)).toString(
    Math.random() < 0.5 ? "latin1" : "utf8",
  );
}

type Kind = "action" | "malformed" | "oversized";

/** next.config.ts: serverActions.bodySizeLimit. */
const BODY_LIMIT_BYTES = 256 * 1024;

const ENDS_SESSION = new Set([
  "signOutAction",
  "signOutOtherSessionsAction",
  "signOutSessionAction",
]);

async function body(action: ActionEntry): Promise<{ kind: Kind; body: BodyInit; type?: string }> {
  const roll = Math.random();
  if (roll < 0.05) {
    // Over the server's body limit: must be refused before it is parsed.
    return { kind: "oversized", body: "x".repeat(600_000), type: "text/plain;charset=UTF-8" };
  }
  if (roll < 0.12) {
    const broken = pick([
      '[null,"$K1"',
      "{}",
      '["$@999"]',
      randomBytes(256).toString("latin1"),
      '[null,"$Q0"]',
    ]);
    return { kind: "malformed", body: broken, type: "text/plain;charset=UTF-8" };
  }
  const form = new FormData();
  for (const field of action.fields) if (Math.random() < 0.85) form.append(field, hostileValue());
  if (Math.random() < 0.2) form.append(pick(["__proto__", "constructor", "x"]), hostileValue());
  const encoded = await encodeReply([null, form]);
  // Hostile values can add up past the body limit: then it is an oversized request, not a call.
  const size = [...(encoded as FormData).entries()].reduce(
    (n, [key, value]) => n + Buffer.byteLength(key) + Buffer.byteLength(String(value)),
    0,
  );
  return { kind: size > BODY_LIMIT_BYTES ? "oversized" : "action", body: encoded as BodyInit };
}

/** Signs in through the sign-in action, as the browser does; returns the session cookie. */
async function signIn(actions: ActionEntry[]): Promise<string> {
  const action = actions.find((a) => a.name === "signInAction");
  if (!action) throw new Error("no sign-in action in this build");
  const form = new FormData();
  form.append("email", args.email);
  form.append("password", args.password);
  const response = await fetch(new URL(action.path, base), {
    method: "POST",
    headers: { "Next-Action": action.id, Accept: "text/x-component" },
    body: (await encodeReply([null, form])) as BodyInit,
    redirect: "manual",
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  const session = cookies.find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status}); is the demo data there?`);
  return cookies.join("; ");
}

interface Sample {
  action: string;
  kind: Kind;
  signedIn: boolean;
  status: number;
  ms: number;
}

async function main() {
  const actions = actionsOfBuild();
  if (actions.length === 0) throw new Error("no server actions found: run `npm run build` first");
  const cookie = await signIn(actions);
  console.log(
    `${actions.length} actions of this build; ${total} requests, ${concurrency} at a time`,
  );
  const samples: Sample[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent < total && Date.now() < deadline) {
      sent++;
      const action = pick(actions);
      // Ending the fuzzer's own session would leave the rest signed out: those go signed out.
      const signedIn = Math.random() < 0.7 && !ENDS_SESSION.has(action.name);
      const { kind, body: payload, type } = await body(action);
      const started = performance.now();
      let status = 0;
      try {
        const response = await fetch(new URL(action.path, base), {
          method: "POST",
          headers: {
            "Next-Action": action.id,
            Accept: "text/x-component",
            ...(type ? { "Content-Type": type } : {}),
            ...(signedIn ? { Cookie: cookie } : {}),
          },
          body: payload,
          redirect: "manual",
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = -1; // no answer in 30 s, or the connection dropped
      }
      samples.push({
        action: action.name,
        kind,
        signedIn,
        status,
        ms: performance.now() - started,
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report(samples);
}

function report(samples: Sample[]) {
  const byStatus = new Map<string, number>();
  for (const s of samples) {
    const key = `${s.kind} ${s.status}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const serverErrors = samples.filter(
    (s) => s.kind === "action" && (s.status >= 500 || s.status < 0),
  );
  const frameworkErrors = samples.filter(
    (s) => s.kind !== "action" && (s.status >= 500 || s.status < 0),
  );
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.ms ?? 0;
  console.log(`\nrequests sent: ${samples.length}`);
  for (const [key, n] of [...byStatus].sort()) console.log(`  ${key.padEnd(16)} ${n}`);
  console.log(`5xx (or no answer) to well-formed action calls: ${serverErrors.length}`);
  console.log(
    `5xx to malformed or oversized payloads (framework level): ${frameworkErrors.length}`,
  );
  console.log(`latency p50 ${at(0.5).toFixed(1)} ms · p99 ${at(0.99).toFixed(1)} ms`);
  console.log("slowest:");
  for (const s of sorted.slice(-5).reverse()) {
    console.log(
      `  ${s.ms.toFixed(0).padStart(6)} ms  ${s.action} (${s.kind}, ${s.signedIn ? "signed in" : "signed out"}) → ${s.status}`,
    );
  }
  for (const s of serverErrors.slice(0, 10)) console.log(`  5xx: ${s.action} ${s.status}`);
  process.exitCode = serverErrors.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
