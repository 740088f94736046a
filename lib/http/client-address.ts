import type { IncomingMessage } from "node:http";
import http from "node:http";
import { isIP } from "node:net";

/**
 * Who is calling, for per-address rate limits. Next.js offers handlers no socket address, and it
 * keeps an X-Forwarded-For that the client sent itself, so neither can be trusted as is:
 *
 * - Behind N trusted proxies (TRUSTED_PROXY_HOPS=N), the client is the address the outermost of
 *   them appended to X-Forwarded-For: the N-th entry from the right. Entries to its left were
 *   written by the client and are ignored.
 * - Otherwise the address is the TCP peer, which the hook below copies into a header of ours
 *   before Next.js sees the request (overwriting whatever a client sent under that name).
 */
export const PEER_ADDRESS_HEADER = "x-inmail-peer-address";

const holder = globalThis as unknown as { __inmailPeerHook?: boolean };

/** Installed once per server process, from instrumentation.ts. */
export function installPeerAddressHook(): void {
  if (holder.__inmailPeerHook) return;
  holder.__inmailPeerHook = true;
  const emit = http.Server.prototype.emit as (this: http.Server, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function patchedEmit(this: http.Server, ...args: unknown[]) {
    if (args[0] === "request") {
      const request = args[1] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, args);
  } as typeof http.Server.prototype.emit;
}

function normalise(address: string | undefined | null): string | null {
  if (!address) return null;
  let a = address.trim();
  // "[::1]:1234", "1.2.3.4:5678" (some proxies add the port), "::ffff:1.2.3.4" (IPv4 in IPv6).
  const bracketed = a.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed?.[1]) a = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (a.startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

/** The caller's address from a request's headers, or "unknown". */
export function clientAddressFrom(headers: Headers, trustedProxyHops: number): string {
  if (trustedProxyHops > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .slice(0, 2_000)
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const fromProxy = normalise(hops[hops.length - trustedProxyHops]);
    if (fromProxy) return fromProxy;
  }
  return normalise(headers.get(PEER_ADDRESS_HEADER)) ?? "unknown";
}
