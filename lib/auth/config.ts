import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_DAYS } from "./session-limits";

/** Paths a signed-out visitor may open; everything else sends them to sign in and back. */
const PUBLIC_PATHS = [
  /^\/sign-in$/,
  /^\/sign-up(\/check-inbox)?$/,
  /^\/forgot-password$/,
  /^\/reset-password\/[^/]+$/,
  /^\/confirm-email\/[^/]+$/,
  /^\/api\/(auth|health)(\/|$)/,
  // Stripe calls it without a session; the signature on the raw body is its authentication.
  /^\/api\/webhooks\/stripe$/,
  /^\/dev\/(mail|clock|jobs)(\/|$)/,
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => p.test(pathname));
}

declare module "next-auth" {
  interface Session {
    /** The server-side session (member_sessions.id) this cookie stands for. */
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Database-free settings; providers live in lib/auth. The proxy (proxy.ts) does the redirects. */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/sign-in" },
  // The cookie lives as long as the longest session; the database decides whether it still counts.
  session: { strategy: "jwt", maxAge: SESSION_MAX_DAYS * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.sid) session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
