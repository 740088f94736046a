import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { handlers } from "@/lib/auth";
import { env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { check } from "@/lib/rate-limit";

export const { GET } = handlers;

/**
 * Auth.js's own endpoints. A client that posts credentials here directly (not through the
 * sign-in form) meets the same per-address limit, answered as HTTP does: 429 with Retry-After.
 * The per-account limit is checked inside the credentials check itself (lib/auth).
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const address = clientAddressFrom(request.headers, env.TRUSTED_PROXY_HOPS);
    const allowed = await check(await getDb(), "sign_in_failures_address", address);
    if (!allowed.ok) {
      return new Response("Too many failed sign-ins from this address. Try again later.", {
        status: 429,
        headers: { "Retry-After": String(allowed.retryAfterSeconds) },
      });
    }
  }
  return handlers.POST(request);
}
