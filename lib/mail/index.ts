import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface CapturedMail extends OutgoingMail {
  id: string;
  from: string;
  sentAt: string;
  messageId: string;
}

const holder = globalThis as unknown as { __inmailSmtp?: { url: string; transport: Transporter } };

/** One pooled transport per process (and per URL: tests point it at a server of their own). */
function smtp(url: string): Transporter {
  if (holder.__inmailSmtp?.url !== url) {
    holder.__inmailSmtp?.transport.close();
    holder.__inmailSmtp = { url, transport: nodemailer.createTransport(url) };
  }
  return holder.__inmailSmtp.transport;
}

/**
 * Hands one mail to SMTP when SMTP_URL is set; otherwise writes it as a JSON file to .data/mail/
 * (listed at /dev/mail outside production): never silently dropped. Only the mail jobs call this
 * (lib/mail/deliver.ts), with a Message-ID derived from the job's key. It throws when the server
 * refuses, so the job is retried.
 */
export async function transportMail(mail: OutgoingMail & { messageId: string }): Promise<void> {
  if (env.SMTP_URL) {
    await smtp(env.SMTP_URL).sendMail({ from: env.MAIL_FROM, ...mail });
    log.info({ messageId: mail.messageId }, "mail sent");
    return;
  }
  const sentAt = new Date();
  const captured: CapturedMail = {
    id: `${sentAt.getTime()}-${randomUUID()}`,
    from: env.MAIL_FROM,
    sentAt: sentAt.toISOString(),
    ...mail,
  };
  await mkdir(env.mailDir, { recursive: true });
  await writeFile(path.join(env.mailDir, `${captured.id}.json`), JSON.stringify(captured, null, 2));
  log.info({ messageId: mail.messageId, id: captured.id }, "mail captured");
}

const MAIL_ID = /^[0-9]+-[0-9a-f-]{36}$/;

/** How many captured mails the listing reads at most (newest first). */
const CAPTURED_LIST_MAX = 500;

/** Captured mails, newest first (at most the newest 500 files are read). */
export async function listCapturedMail(options: { to?: string } = {}): Promise<CapturedMail[]> {
  let files: string[];
  try {
    files = await readdir(env.mailDir);
  } catch {
    return [];
  }
  const newest = files
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))
    .slice(0, CAPTURED_LIST_MAX);
  const mails = await Promise.all(
    newest.map(
      async (f) => JSON.parse(await readFile(path.join(env.mailDir, f), "utf8")) as CapturedMail,
    ),
  );
  const to = options.to?.toLowerCase();
  return mails
    .filter((m) => !to || m.to.toLowerCase() === to)
    .sort((a, b) => b.id.localeCompare(a.id, "en", { numeric: true }));
}

export async function getCapturedMail(id: string): Promise<CapturedMail | null> {
  if (!MAIL_ID.test(id)) return null;
  try {
    return JSON.parse(await readFile(path.join(env.mailDir, `${id}.json`), "utf8")) as CapturedMail;
  } catch {
    return null;
  }
}
