// npm run bench:live -- [--streams 2000] [--messages 200]
//
// Opens N event streams against one production server (`npm run build` first: it runs the
// standalone server of .next/standalone) and prints the
// server's memory per open stream, and the delay from a committed message to its arrival on the
// recipient's stream (p50/p99) — next to the ceiling measured in the same run: a bare
// LISTEN/NOTIFY round trip through the same PostgreSQL, which no delivery can beat. Loopback
// only, bounded in time. Data: an embedded PostgreSQL of its own in .data/bench-live (or the
// empty database named by DATABASE_URL), members and sessions written directly.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { connectPostgres } from "@/db/client";
import { databaseUrlForTool } from "@/db/embedded/connect";
import { migrateDatabase } from "@/db/migrate";
import { communicationSettings, connections, members } from "@/db/schema";
import { createSession } from "@/lib/auth/sessions";
import { sendMessage } from "@/lib/messaging/send-message";

const { values: args } = parseArgs({
  options: {
    streams: { type: "string", default: "2000" },
    messages: { type: "string", default: "200" },
  },
});
const STREAMS = Number(args.streams);
const MESSAGES = Number(args.messages);
const PER_MEMBER = 10;
const SECRET = randomBytes(33).toString("base64");
const COOKIE = "authjs.session-token";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The memory ceiling: the same number of SSE connections on a bare Node HTTP server. */
const BARE_SSE_SERVER = `
const http = require("node:http");
http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  res.write(": connected\\n\\n");
  const beat = setInterval(() => res.write(": ping\\n\\n"), 20000);
  req.on("close", () => clearInterval(beat));
}).listen(Number(process.argv[1]), "127.0.0.1", () => console.log("ready"));
`;

async function bareStreamCost(count: number): Promise<number> {
  const port = await freePort();
  const bare = spawn(process.execPath, ["-e", BARE_SSE_SERVER, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => bare.stdout?.once("data", resolve));
  const controllers: AbortController[] = [];
  const open = async (n: number) => {
    for (let i = 0; i < n; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, n - i) }, async () => {
          const controller = new AbortController();
          controllers.push(controller);
          const response = await fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
          void response.body?.getReader().read();
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  };
  const half = Math.floor(count / 2);
  await open(half);
  const atHalf = rssKb(bare.pid ?? 0);
  await open(count - half);
  const after = rssKb(bare.pid ?? 0);
  for (const c of controllers) c.abort();
  bare.kill();
  return (after - atHalf) / Math.max(count - half, 1);
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
}

async function main() {
  const { url, release } = await databaseUrlForTool({ dataDir: ".data/bench-live" });
  await migrateDatabase(url);
  const handle = connectPostgres(url, { max: 4 });
  const db = handle.db;
  const memberCount = Math.ceil(STREAMS / PER_MEMBER);
  console.log(`preparing ${memberCount} members (${PER_MEMBER} streams each) and their sessions…`);
  const runId = randomBytes(3).toString("hex");
  const created = await db
    .insert(members)
    .values(
      Array.from({ length: memberCount + 1 }, (_, i) => ({
        handle: `bench-live-${runId}-${i}`,
        email: `bench-live-${runId}-${i}@example.com`,
        passwordHash: "not-a-real-hash",
        name: `Bench Member ${i}`,
        emailVerifiedAt: new Date(),
      })),
    )
    .returning({ id: members.id });
  await db.insert(communicationSettings).values(created.map((m) => ({ memberId: m.id })));
  const sender = created[0];
  if (!sender) throw new Error("no members");
  const receivers = created.slice(1);
  await db.insert(connections).values(
    receivers.flatMap((r) => [
      { memberId: sender.id, connectedMemberId: r.id },
      { memberId: r.id, connectedMemberId: sender.id },
    ]),
  );
  const cookies: { memberId: string; cookie: string }[] = [];
  for (const r of receivers) {
    const sessionId = await createSession(db, { memberId: r.id, userAgent: "bench" });
    const token = await encode({
      token: { sub: r.id, sid: sessionId },
      secret: SECRET,
      salt: COOKIE,
    });
    cookies.push({ memberId: r.id, cookie: `${COOKIE}=${token}` });
  }

  const cookieFor = (n: number) => {
    const cookie = cookies[n % cookies.length];
    if (!cookie) throw new Error("no sessions");
    return cookie;
  };

  // The ceiling: a bare NOTIFY → LISTEN round trip on the same server.
  const listener = postgres(url, { max: 1, onnotice: () => {} });
  const notifier = postgres(url, { max: 1, onnotice: () => {} });
  const waiting = new Map<string, (at: number) => void>();
  await listener.listen("bench_ceiling", (payload) => waiting.get(payload)?.(performance.now()));
  const ceiling: number[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const id = randomUUID();
    const arrived = new Promise<number>((resolve) => waiting.set(id, resolve));
    const start = performance.now();
    await notifier`select pg_notify('bench_ceiling', ${id})`;
    ceiling.push((await arrived) - start);
    waiting.delete(id);
  }
  await listener.end();
  await notifier.end();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`starting the production server on ${base}…`);
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUTH_SECRET: SECRET,
        APP_URL: base,
        AUTH_URL: base,
        DEMO_DATA: "off",
        APP_ENV: "test",
        LOG_LEVEL: "warn",
        WORKER: "off",
        NODE_OPTIONS: "--max-http-header-size=16384",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        if (i > 240) throw new Error("the server did not start");
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const pid = server.pid ?? 0;
    const before = rssKb(pid);

    // Open the streams; each resolves its waiters when a "live" frame for it arrives.
    const arrivals = new Map<string, Array<(at: number) => void>>();
    const controllers: AbortController[] = [];
    let open = 0;
    const openStream = async ({ memberId, cookie }: { memberId: string; cookie: string }) => {
      const controller = new AbortController();
      controllers.push(controller);
      const response = await fetch(`${base}/api/events?after=0`, {
        headers: { Cookie: cookie },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream refused: ${response.status}`);
      open++;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      void (async () => {
        for (;;) {
          const { value, done } = await reader
            .read()
            .catch(() => ({ value: undefined, done: true }));
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (frame.includes("event: live")) {
              const at = performance.now();
              for (const resolve of arrivals.get(memberId)?.splice(0) ?? []) resolve(at);
            }
            end = buffer.indexOf("\n\n");
          }
        }
      })();
    };
    const batch = 100;
    const openRange = async (from: number, to: number) => {
      for (let i = from; i < to; i += batch) {
        await Promise.all(
          Array.from({ length: Math.min(batch, to - i) }, (_, k) =>
            openStream(cookieFor(Math.floor((i + k) / PER_MEMBER))),
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    };
    // Half, then all: the second half's growth is what one more stream costs (the first
    // half also pays for warming up the server's code paths and pools).
    const half = Math.floor(STREAMS / 2);
    await openRange(0, half);
    const atHalf = rssKb(pid);
    await openRange(half, STREAMS);
    const after = rssKb(pid);

    // Messages: commit, then wait for the first of the recipient's streams to have it.
    const delays: number[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const target = cookieFor(i);
      const arrived = new Promise<number>((resolve) => {
        const list = arrivals.get(target.memberId) ?? [];
        list.push(resolve);
        arrivals.set(target.memberId, list);
      });
      const result = await sendMessage(db, {
        senderId: sender.id,
        recipientId: target.memberId,
        body: `bench ${i}`,
        idempotencyKey: randomUUID(),
      });
      const committed = performance.now();
      if (!result.ok) throw new Error(result.reason);
      const at = await Promise.race([
        arrived,
        new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 10_000)),
      ]);
      delays.push(at - committed);
    }
    for (const c of controllers) c.abort();
    const bareKb = await bareStreamCost(STREAMS);
    const perStream = (after - atHalf) / Math.max(open - half, 1);

    const d = delays.filter(Number.isFinite).sort((a, b) => a - b);
    const c = ceiling.sort((a, b) => a - b);
    const lost = delays.length - d.length;
    console.log(`\nopen streams: ${open} of ${STREAMS}`);
    console.log(
      `server memory: ${(before / 1024).toFixed(0)} MB idle → ${(atHalf / 1024).toFixed(0)} MB with ${half} streams → ${(after / 1024).toFixed(0)} MB with ${open}: ${perStream.toFixed(1)} KB per additional stream`,
    );
    console.log(
      `ceiling, a bare Node SSE connection: ${bareKb.toFixed(1)} KB — ratio ${(perStream / bareKb).toFixed(1)}×`,
    );
    console.log(
      `delivery, commit → recipient's stream: p50 ${percentile(d, 0.5).toFixed(1)} ms, p99 ${percentile(d, 0.99).toFixed(1)} ms (${lost} not delivered in 10 s)`,
    );
    console.log(
      `ceiling, bare NOTIFY → LISTEN round trip: p50 ${percentile(c, 0.5).toFixed(2)} ms, p99 ${percentile(c, 0.99).toFixed(2)} ms`,
    );
    console.log(
      `ratio delivery / ceiling: p50 ${(percentile(d, 0.5) / percentile(c, 0.5)).toFixed(1)}×, p99 ${(percentile(d, 0.99) / percentile(c, 0.99)).toFixed(1)}×`,
    );
  } finally {
    server.kill("SIGTERM");
    const forced = setTimeout(() => server.kill("SIGKILL"), 10_000);
    await new Promise((resolve) => server.on("exit", resolve));
    clearTimeout(forced);
    await db.execute(sql`delete from members where handle like ${`bench-live-${runId}-%`}`);
    await handle.close();
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
