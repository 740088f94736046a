import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * The jobs and their payloads. Payloads carry ids only: the task reads the rows it needs when it
 * runs, so a job never acts on a stale copy and never holds a secret.
 */
export interface JobPayloads {
  "mail:inmail-received": { inmailId: string };
  "mail:reply-received": { messageId: string };
  "mail:inmail-reminder": { inmailId: string };
  "mail:invitation": { invitationId: string };
  "mail:email-invitation": { invitationId: string };
  "mail:password-reset": { requestId: string; email: string };
  "mail:confirm-email": { tokenId: string };
  "mail:account-exists": { requestId: string; email: string; locale: string };
  /** Objects of replaced or removed profile photos, in the photo bucket. */
  "photo:delete-objects": { keys: string[] };
  /** A run of a campaign's deliveries (lib/recruiting/campaigns.ts). */
  "campaign:send": { campaignId: string };
  /** The member bought credits: their campaigns waiting for credits go on. */
  "campaign:resume-after-credits": { memberId: string };
  /** The member came online: their next sponsored message, if any (lib/sponsored/delivery.ts). */
  "sponsored:deliver": { memberId: string };
  /** A sponsored campaign started or went on: offered to its audience online now. */
  "sponsored:launch": { campaignId: string };
  sweep: Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface EnqueueOptions {
  /** Deduplicates: a second job with this key while the first waits replaces it. */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
  priority?: number;
}

/**
 * Adds a job in the caller's transaction — the outbox: if the transaction rolls back there is no
 * job; once it commits, the job runs even if this process dies right after.
 */
export async function enqueue<N extends JobName>(
  tx: Executor,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<void> {
  await tx.execute(sql`select graphile_worker.add_job(
    identifier => ${name},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.key ?? null}::text,
    priority => ${options.priority ?? null}::int
  )`);
}
