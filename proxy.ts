import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPath } from "@/lib/auth/config";
import { SESSION_HEADER, sessionHeaderValue } from "@/lib/auth/session-header";
import { authSecret, env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Two jobs, both cheap (no database): the Content-Security-Policy with a fresh nonce for every
 * page, and redirects — signed-out visitors go to /sign-in and come back after. Every page and
 * action still checks the session (in the database) and the member's rights itself.
 *
 * The proxy only READS the session cookie. Auth.js's own proxy wrapper re-issues the cookie on
 * every request; a prefetch still in flight when the member signs out would then put the session
 * cookie back after sign-out deleted it.
 */
/** next.config.ts: serverActions.bodySizeLimit; refused here, before the body is read. */
const ACTION_BODY_LIMIT = 256 * 1024;

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT
  ) {
    return new NextResponse("Request body too large", { status: 413 });
  }
  const secureCookie =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const token = await getToken({ req: request, secret: authSecret(), secureCookie });
  const signedIn = Boolean(token?.sub);

  // A cookie is no proof of a live session (that needs the database): the sign-in and sign-up
  // pages send members who are really signed in on to Home themselves.
  if (!isPublicPath(pathname) && !signedIn) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const headers = new Headers(request.headers);
  // The decoded session, for the rest of this request (lib/auth/session-header.ts); whatever a
  // client sent under this name is dropped.
  headers.set(
    SESSION_HEADER,
    sessionHeaderValue({
      memberId: token?.sub ?? null,
      sessionId: typeof token?.sid === "string" ? token.sid : null,
    }),
  );
  // Prefetches carry no HTML that needs a nonce.
  if (
    request.headers.has("next-router-prefetch") ||
    request.headers.get("purpose") === "prefetch"
  ) {
    return NextResponse.next({ request: { headers } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    extraFormActions: env.stripeEnabled ? ["https://checkout.stripe.com"] : [],
  });
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // Served over HTTPS (APP_URL says so): browsers must never come back over plain HTTP.
  if (env.APP_URL.startsWith("https:")) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Every request but static files: the session header must be set or dropped on all of them.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt).*)",
  ],
};
