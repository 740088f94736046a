import { createHash, createHmac } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * Tokens of the links we mail (password reset, email confirmation, invitations to join). The
 * token is derived from the row's id with a key only the servers know, so the job that writes
 * the mail can rebuild it from the id in its payload — no secret ever sits in the job table —
 * and a retried job mails the same link. The database keeps only the token's SHA-256.
 */
export type LinkPurpose = "password-reset" | "confirm-email" | "invite";

let key: Buffer | undefined;

function linkKey(): Buffer {
  key ??= createHmac("sha256", authSecret()).update("inmail:link-tokens:v1").digest();
  return key;
}

export function linkToken(purpose: LinkPurpose, id: string): string {
  return createHmac("sha256", linkKey()).update(`${purpose}:${id}`).digest("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
