import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { isPublicPath } from "@/lib/auth/config";
import { authSecret } from "@/lib/env";

/**
 * Redirects only: signed-out visitors go to /sign-in and come back after. Every page and action
 * still checks the session and the member's rights itself.
 *
 * The proxy only READS the session cookie. Auth.js's own proxy wrapper re-issues the cookie on
 * every request; a prefetch still in flight when the member signs out would then put the session
 * cookie back after sign-out deleted it.
 */
export default async function proxy(request: NextRequest) {
  const secureCookie =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const token = await getToken({ req: request, secret: authSecret(), secureCookie });
  const signedIn = Boolean(token?.sub);
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) {
    if (signedIn && (pathname === "/sign-in" || pathname === "/sign-up")) {
      return NextResponse.redirect(new URL("/", request.nextUrl));
    }
    return NextResponse.next();
  }
  if (signedIn) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
