/**
 * Why messaging said no: ONE vocabulary for the reach rule, the send services (InMail, free
 * message, reply, quick answer), the compose page and the actions — and one mapping to sentences,
 * the `refusals` namespace of the catalogue (`refusals.<code>`, each may name the other member
 * as {name}). Services return these codes as values; inside a transaction they throw a
 * `Refusal` to roll it back and turn it into the value at its edge.
 */
export const MESSAGING_REFUSALS = [
  /** The member is not there (or left), or the id was never one. */
  "recipient_not_found",
  /** The conversation is not there, or not the caller's (the same answer). */
  "not_found",
  "self",
  /** A block on either side (never said which). */
  "blocked",
  /** The recipient refuses InMail (invite them instead). */
  "opted_out",
  /** One unanswered InMail at a time: wait for the answer. */
  "awaiting_answer",
  /** A connection: a free message, not an InMail. */
  "connected",
  /** Not a connection: an InMail, not a free message. */
  "not_connected",
  "no_credits",
  /** The text breaks the limits (the service checks them itself, whoever calls it). */
  "invalid_message",
  /** A second quick answer to the same InMail. */
  "already_answered",
] as const;

export type MessagingRefusal = (typeof MESSAGING_REFUSALS)[number];

/** The sentence's key in the catalogue. */
export function refusalKey(code: MessagingRefusal): `refusals.${MessagingRefusal}` {
  return `refusals.${code}`;
}

/** Thrown inside a transaction to roll it back; the service returns `{ ok: false, reason }`. */
export class Refusal<C extends MessagingRefusal = MessagingRefusal> extends Error {
  constructor(readonly code: C) {
    super(code);
    this.name = "Refusal";
  }
}
