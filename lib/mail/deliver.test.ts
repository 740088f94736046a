import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sentMails } from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { createMember, grantCredits } from "@/db/testing/factories";
import { queuedJobs, runJobs, skipJobBackoff } from "@/db/testing/jobs";
import { env } from "@/lib/env";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { enqueue } from "@/lib/jobs/queue";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { deliverMailOnce, messageIdFor } from "./deliver";

// Mail through a real SMTP server (nodemailer's smtp-server, in this process): refusals and
// retries, duplicates, crashes and two workers — each mail arrives, and arrives once.

interface Received {
  to: string;
  messageId: string;
  subject: string;
}

const received: Received[] = [];
let refuseNext = 0;
/** The next message is received but never answered (the sender hangs until killed). */
let hangNext = false;
let hung: () => void = () => {};
let server: SMTPServer;
let previousSmtpUrl: string | undefined;

function header(raw: string, name: string): string {
  return raw.match(new RegExp(`^${name}:\\s*(.*)$`, "im"))?.[1]?.trim() ?? "";
}

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    closeTimeout: 500,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        if (hangNext) {
          hangNext = false;
          hung();
          return;
        }
        if (refuseNext > 0) {
          refuseNext--;
          const error = new Error("Try again later") as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        received.push({
          to: session.envelope.rcptTo[0]?.address ?? "",
          messageId: header(raw, "Message-ID"),
          subject: header(raw, "Subject"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  previousSmtpUrl = env.SMTP_URL;
  env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  env.SMTP_URL = previousSmtpUrl;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  refuseNext = 0;
  hangNext = false;
});

async function sendOneInmail() {
  const db = testDb();
  const [sender, recipient] = [await createMember(db), await createMember(db)];
  await grantCredits(db, sender.id, 1);
  const sent = await sendInmail(db, {
    senderId: sender.id,
    recipientId: recipient.id,
    idempotencyKey: randomUUID(),
    subject: "Hello",
    body: "A role you may like.",
    category: "career_opportunity",
    contactEmail: "",
    contactPhone: "",
  });
  if (!sent.ok) throw new Error(sent.reason);
  return { recipient, inmailId: sent.inmailId };
}

describe("mail jobs over SMTP", () => {
  it("retry while the SMTP server refuses, then deliver exactly once", async () => {
    const { recipient, inmailId } = await sendOneInmail();
    refuseNext = 2;
    await runJobs(); // refused (451): the job fails and waits for its retry
    expect(received).toEqual([]);
    const [waiting] = await queuedJobs();
    expect(waiting).toMatchObject({ task: "mail:inmail-received", attempts: 1 });
    expect(waiting?.lastError).toMatch(/451/);
    await skipJobBackoff();
    await runJobs(); // refused again
    await skipJobBackoff();
    await runJobs(); // accepted
    await skipJobBackoff();
    await runJobs(); // nothing left
    expect(received).toEqual([
      expect.objectContaining({
        to: recipient.email,
        messageId: messageIdFor(`inmail-received:${inmailId}`),
      }),
    ]);
    expect(await queuedJobs()).toEqual([]);
  });

  it("send a mail enqueued twice with one key, or run again after it was sent, once", async () => {
    const { inmailId } = await sendOneInmail();
    // A double enqueue (a retry of the whole request, a second instance): same key, one job.
    await enqueue(
      testDb(),
      "mail:inmail-received",
      { inmailId },
      {
        key: `inmail-received:${inmailId}`,
      },
    );
    await runJobs();
    // And after it went out, the same job once more (a worker that lost its lock).
    await enqueue(
      testDb(),
      "mail:inmail-received",
      { inmailId },
      {
        key: `inmail-received:${inmailId}`,
      },
    );
    await runJobs();
    expect(received).toHaveLength(1);
  });

  it("a crash after SMTP accepted the mail resends it with the same Message-ID, never a new one", async () => {
    const key = `test-crash:${randomUUID()}`;
    const mail = { to: "crash@example.com", subject: "Crash", text: "Hi" };
    // The first sender got the mail out but died before recording it: its claim lapses.
    await deliverMailOnce(testDb(), key, async () => mail);
    await testDb()
      .update(sentMails)
      .set({ status: "sending", claimedUntil: sql`now() - interval '1 second'` })
      .where(sql`${sentMails.key} = ${key}`);
    await deliverMailOnce(testDb(), key, async () => mail);
    expect(received.map((r) => r.messageId)).toEqual([messageIdFor(key), messageIdFor(key)]);
    // Recorded as sent now: a third try sends nothing.
    expect(await deliverMailOnce(testDb(), key, async () => mail)).toBe("already_sent");
    expect(received).toHaveLength(2);
  });

  it("a process that dies between the commit and the send still gets the mail out", async () => {
    // The request committed (the job is in the queue) and its process died before any worker
    // ran: a worker started afterwards, in another process, sends the mail.
    const { recipient } = await sendOneInmail();
    expect(received).toEqual([]);
    const code = await runWorkerProcessOnce();
    expect(code).toBe(0);
    expect(received.filter((r) => r.to === recipient.email)).toHaveLength(1);
  });

  it("a worker killed in the middle of a job: its job is handed back and the mail goes out", async () => {
    const { recipient } = await sendOneInmail();
    hangNext = true;
    const sending = new Promise<void>((resolve) => {
      hung = resolve;
    });
    // A worker process (npm run worker) takes the job, and dies mid-send (kill -9).
    const worker = spawn(
      process.execPath,
      // One process (tsx as a loader): tsx's own CLI would run the worker in a child that a
      // kill -9 of the parent leaves running.
      ["--import", "tsx", "lib/jobs/worker-cli.ts"],
      {
        cwd: process.cwd(),
        env: {
          ...process.env,
          DATABASE_URL: testDatabaseUrl(),
          SMTP_URL: env.SMTP_URL ?? "",
          LOG_LEVEL: "silent",
        },
        stdio: "ignore",
      },
    );
    await sending;
    worker.kill("SIGKILL");
    await new Promise((resolve) => worker.on("exit", resolve));
    const [locked] = await testDb().execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker._private_jobs where locked_by is not null`,
    );
    expect(locked?.n).toBe(1);
    // Two minutes without its heartbeat, and past the send's claim: the sweep's housekeeping
    // hands the job back, and a live worker sends the mail (with the same Message-ID).
    await testDb().execute(
      sql`update worker_heartbeats set seen_at = now() - interval '3 minutes'`,
    );
    await testDb().execute(sql`update sent_mails set claimed_until = now() - interval '1 second'`);
    await runMaintenance(testDb());
    await runJobs();
    expect(received.filter((r) => r.to === recipient.email)).toHaveLength(1);
    expect(await queuedJobs()).toEqual([]);
  });

  it("two workers at once run each job once", async () => {
    const recipients = [];
    for (let i = 0; i < 8; i++) recipients.push((await sendOneInmail()).recipient.email);
    const codes = await Promise.all([runWorkerProcessOnce(), runWorkerProcessOnce()]);
    expect(codes).toEqual([0, 0]);
    expect(received.map((r) => r.to).sort()).toEqual(recipients.sort());
  });
});

/** `npm run jobs`-like: a separate OS process that runs every due job against this database. */
function runWorkerProcessOnce(): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "lib/jobs/cli.ts", "--jobs-only"],
      {
        cwd: process.cwd(),
        env: {
          ...process.env,
          DATABASE_URL: testDatabaseUrl(),
          SMTP_URL: env.SMTP_URL ?? "",
          DATA_DIR: process.env.DATA_DIR,
          LOG_LEVEL: "silent",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) console.error(out);
      resolve(code);
    });
  });
}
