import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { authSecret, env } from "@/lib/env";
import { clientAddressFrom } from "@/lib/http/client-address";
import { log } from "@/lib/log";
import { check, consume, reset } from "@/lib/rate-limit";
import { signInSchema } from "@/lib/validation/auth";
import { verifyCredentials } from "./accounts";
import { authConfig } from "./config";
import { createSession, revokeSession } from "./sessions";

/** Too many failed attempts: the sign-in action turns the code into "try again in N minutes". */
export class SignInRateLimited extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

/**
 * Checks email and password for the credentials provider — every way into a session goes through
 * here (our sign-in action, or a POST to /api/auth/callback/credentials). Failures count per
 * account and per client address; a correct password clears the account's count. A success
 * opens a server-side session whose id the JWT carries.
 */
export async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const db = await getDb();
  const email = parsed.data.email.toLowerCase();
  const address = clientAddressFrom(request.headers, env.TRUSTED_PROXY_HOPS);
  for (const [rule, who] of [
    ["sign_in_failures_account", email],
    ["sign_in_failures_address", address],
  ] as const) {
    const allowed = await check(db, rule, who);
    if (!allowed.ok) {
      log.info({ rule }, "sign-in refused: too many failed attempts");
      throw new SignInRateLimited(allowed.retryAfterSeconds);
    }
  }
  const member = await verifyCredentials(db, parsed.data);
  if (!member) {
    await consume(db, "sign_in_failures_account", email);
    await consume(db, "sign_in_failures_address", address);
    log.info("sign-in refused: wrong email or password");
    return null;
  }
  await reset(db, "sign_in_failures_account", email);
  const sessionId = await createSession(db, {
    memberId: member.id,
    userAgent: request.headers.get("user-agent") ?? "",
  });
  log.info({ memberId: member.id }, "signed in");
  return { id: member.id, name: member.name, email: member.email, sessionId };
}

// Lazy: the configuration (and the secret) is read per request, so `next build` needs no secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: authorizeCredentials,
    }),
  ],
  // Auth.js logs to the console by default, a wrong password as a red error with a stack: here
  // an expected refusal is one info line, and nothing personal (no email) is logged.
  logger: {
    error(error: Error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") log.info({ type }, "sign-in refused");
      else log.error({ type, err: error.message }, "auth error");
    },
    warn(code: string) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // Signing out ends the session on the server too: a replayed cookie opens nothing.
    async signOut(message) {
      const sessionId = "token" in message ? message.token?.sid : undefined;
      if (typeof sessionId === "string") {
        await revokeSession(await getDb(), { sessionId });
      }
    },
  },
}));
