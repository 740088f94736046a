import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { getMemberById } from "@/db/queries/members";
import { refreshTestClock } from "@/lib/clock/test-clock";
import { auth } from "./index";

/** The signed-in member, read once per request; null when signed out or the account is gone. */
export const getCurrentMember = cache(async () => {
  const session = await auth();
  const memberId = session?.user?.id;
  if (!memberId) return null;
  const db = await getDb();
  // Outside production the shared test clock may be ahead: every request starts from it.
  await refreshTestClock(db);
  return getMemberById(db, { memberId });
});

export type CurrentMember = NonNullable<Awaited<ReturnType<typeof getCurrentMember>>>;

/** For pages of the signed-in shell: the member, or a trip to sign-in. */
export async function requireMember(): Promise<CurrentMember> {
  const member = await getCurrentMember();
  if (!member) redirect("/sign-in");
  return member;
}
