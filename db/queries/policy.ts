import type { Executor } from "../client";
import { type InmailPolicy, inmailPolicy } from "../schema";

/** The InMail rule numbers; the migration guarantees the row exists. */
export async function getInmailPolicy(db: Executor): Promise<InmailPolicy> {
  const [row] = await db.select().from(inmailPolicy).limit(1);
  if (!row) throw new Error("inmail_policy row is missing: migrations not applied?");
  return row;
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
