import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { sentMails } from "@/db/schema";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { type OutgoingMail, transportMail } from "./index";

/** How long a job holds its claim on a mail; a crashed sender's claim lapses after this. */
const CLAIM_SECONDS = 300;

/** The same key always gives the same Message-ID, so a resent duplicate is recognisable. */
export function messageIdFor(key: string): string {
  const domain = new URL(env.APP_URL).hostname || "inmail.local";
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 40)}@${domain}>`;
}

export type DeliveryOutcome = "sent" | "already_sent" | "nothing_to_send";

/** Another job holds the claim right now; the queue retries this one later. */
export class MailInProgress extends Error {
  constructor(key: string) {
    super(`mail ${key} is being sent by another job`);
  }
}

/**
 * Sends the mail that `build` returns at most once per key (at least once, given retries):
 * claims the key, hands the mail to the transport, then records it as sent. `build` runs only
 * for the claim holder and may return null when there is nothing to send (the member turned mail
 * off, the invitation was withdrawn); that is recorded as done too.
 */
export async function deliverMailOnce(
  db: Executor,
  key: string,
  build: () => Promise<OutgoingMail | null>,
): Promise<DeliveryOutcome> {
  const messageId = messageIdFor(key);
  const [claim] = await db
    .insert(sentMails)
    .values({
      key,
      status: "sending",
      messageId,
      claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`,
    })
    .onConflictDoUpdate({
      target: sentMails.key,
      set: {
        claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`,
        attempts: sql`${sentMails.attempts} + 1`,
      },
      // Take over only a claim that lapsed (its holder crashed or gave up).
      setWhere: sql`${sentMails.status} = 'sending' and ${sentMails.claimedUntil} < now()`,
    })
    .returning({ key: sentMails.key });
  if (!claim) {
    const [row] = await db
      .select({ status: sentMails.status })
      .from(sentMails)
      .where(eq(sentMails.key, key));
    if (row?.status === "sent") return "already_sent";
    throw new MailInProgress(key);
  }
  try {
    const mail = await build();
    if (mail) await transportMail({ ...mail, messageId });
    await db
      .update(sentMails)
      .set({
        status: "sent",
        sentAt: sql`now()`,
        toAddress: mail?.to ?? "",
        subject: mail?.subject ?? "",
      })
      .where(eq(sentMails.key, key));
    return mail ? "sent" : "nothing_to_send";
  } catch (error) {
    // Give the claim back at once, so the retry does not wait for it to lapse.
    await db
      .update(sentMails)
      .set({ claimedUntil: sql`now()` })
      .where(eq(sentMails.key, key))
      .catch((releaseError) => log.warn({ err: releaseError, key }, "mail claim not released"));
    throw error;
  }
}
