import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * The proxy decodes the session cookie (a JWT) once per request and hands the result to the
 * page, action or route handler in this header, so nothing decodes it a second time. It is
 * signed with a key only the server has: a client that sends this header itself (or a request
 * the proxy did not see) gets nothing from it. The proxy sets or deletes it on every request.
 */
export const SESSION_HEADER = "x-inmail-session";

let key: Buffer | undefined;

function headerKey(): Buffer {
  key ??= createHmac("sha256", authSecret()).update("inmail:session-header:v1").digest();
  return key;
}

function signature(value: string): string {
  return createHmac("sha256", headerKey()).update(value).digest("base64url");
}

/** A member's session, or (both null) "the proxy looked: no session". */
export interface ProxiedSession {
  memberId: string | null;
  sessionId: string | null;
}

export function sessionHeaderValue({ memberId, sessionId }: ProxiedSession): string {
  const value = `${memberId ?? "-"}.${sessionId ?? "-"}`;
  return `${value}.${signature(value)}`;
}

/** The proxy's verdict, or null when the header is missing or not the proxy's. */
export function readSessionHeader(header: string | null): ProxiedSession | null {
  if (!header || header.length > 300) return null;
  const [memberId, sessionId, mac] = header.split(".");
  if (!memberId || !sessionId || !mac) return null;
  const expected = Buffer.from(signature(`${memberId}.${sessionId}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return {
    memberId: memberId === "-" ? null : memberId,
    sessionId: sessionId === "-" ? null : sessionId,
  };
}
