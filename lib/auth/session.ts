import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { refreshTestClock } from "@/lib/clock/test-clock";
import { auth } from "./index";
import { readSessionHeader, SESSION_HEADER } from "./session-header";
import { isSessionId, readLiveSession } from "./sessions";

/**
 * The signed-in member and their server-side session, read once per request: the cookie's JWT
 * names a session row, and one statement (by its primary key, joined to the member, sliding its
 * lastSeenAt at most once a minute) says whether it still counts — signed out, revoked, idle or
 * past its lifetime, it does not.
 */
export const getCurrentSession = cache(async () => {
  const { memberId, sessionId } = await sessionOfRequest();
  if (!memberId || !isSessionId(sessionId)) return null;
  const db = await getDb();
  // Outside production the shared test clock may be ahead: every request starts from it.
  await refreshTestClock(db);
  const live = await readLiveSession(db, { sessionId, memberId });
  return live ? { ...live, sessionId } : null;
});

/** The cookie's session as the proxy decoded it, or (a request it did not see) as Auth.js does. */
async function sessionOfRequest(): Promise<{
  memberId?: string | null;
  sessionId?: string | null;
}> {
  const fromProxy = readSessionHeader((await headers()).get(SESSION_HEADER));
  if (fromProxy) return fromProxy;
  const session = await auth();
  return { memberId: session?.user?.id, sessionId: session?.sessionId };
}

export const getCurrentMember = cache(async () => (await getCurrentSession())?.member ?? null);

export type CurrentMember = NonNullable<Awaited<ReturnType<typeof getCurrentMember>>>;

/** The badges and live-stream start of the signed-in shell, read with the session. */
export async function requireShell() {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  return session;
}

/** For pages of the signed-in shell: the member, or a trip to sign-in. */
export async function requireMember(): Promise<CurrentMember> {
  return (await requireShell()).member;
}
