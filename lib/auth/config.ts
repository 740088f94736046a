import type { NextAuthConfig } from "next-auth";

/** Paths a signed-out visitor may open; everything else sends them to sign in and back. */
const PUBLIC_PATHS = [
  /^\/sign-in$/,
  /^\/sign-up$/,
  /^\/forgot-password$/,
  /^\/reset-password\/[^/]+$/,
  /^\/api\/(auth|health)(\/|$)/,
  // Stripe calls it without a session; the signature on the raw body is its authentication.
  /^\/api\/webhooks\/stripe$/,
  /^\/dev\/(mail|clock)(\/|$)/,
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => p.test(pathname));
}

/** Database-free settings; providers live in lib/auth. The proxy (proxy.ts) does the redirects. */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
