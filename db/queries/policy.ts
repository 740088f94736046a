import type { Executor } from "../client";
import { type InmailPolicy, inmailPolicy } from "../schema";

// The rule numbers are read on every compose and send, and change perhaps once a year: each
// process keeps them, and drops its copy when the row changes (a trigger NOTIFYs, every
// instance's live hub listens — lib/live/hub.ts) or after a minute at the latest.
const TTL_MS = 60_000;
const holder = globalThis as unknown as {
  __inmailPolicy?: { value: InmailPolicy; at: number };
};

/** The InMail rule numbers; the migration guarantees the row exists. */
export async function getInmailPolicy(db: Executor): Promise<InmailPolicy> {
  const cached = holder.__inmailPolicy;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const [row] = await db.select().from(inmailPolicy).limit(1);
  if (!row) throw new Error("inmail_policy row is missing: migrations not applied?");
  holder.__inmailPolicy = { value: row, at: Date.now() };
  return row;
}

/** The policy row changed (a NOTIFY said so): read it again next time. */
export function forgetInmailPolicy(): void {
  holder.__inmailPolicy = undefined;
}

/** What the browser needs to count exactly like the server. */
export type CompositionLimits = Pick<
  InmailPolicy,
  | "subjectMaxCharacters"
  | "bodyMaxCharacters"
  | "messageMaxCharacters"
  | "quickReplyNoteMaxCharacters"
>;

export function compositionLimits(policy: InmailPolicy): CompositionLimits {
  return {
    subjectMaxCharacters: policy.subjectMaxCharacters,
    bodyMaxCharacters: policy.bodyMaxCharacters,
    messageMaxCharacters: policy.messageMaxCharacters,
    quickReplyNoteMaxCharacters: policy.quickReplyNoteMaxCharacters,
  };
}
