import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { communicationSettings, members } from "../schema";

/** Public profile fields: everything but the password hash. */
export const publicMemberColumns = {
  id: members.id,
  handle: members.handle,
  name: members.name,
  headline: members.headline,
  company: members.company,
  title: members.title,
  location: members.location,
  country: members.country,
  industry: members.industry,
  timeZone: members.timeZone,
  photoId: members.photoId,
  about: members.about,
  locale: members.locale,
  createdAt: members.createdAt,
};

export async function findMemberByEmail(db: Executor, { email }: { email: string }) {
  const [row] = await db
    .select({ ...publicMemberColumns, email: members.email })
    .from(members)
    .where(eq(sql`lower(${members.email})`, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** Auth only: the one query that reads a password hash. */
export async function findCredentialsByEmail(db: Executor, { email }: { email: string }) {
  const [row] = await db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      passwordHash: members.passwordHash,
    })
    .from(members)
    .where(eq(sql`lower(${members.email})`, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getMemberById(db: Executor, { memberId }: { memberId: string }) {
  const [row] = await db
    .select({ ...publicMemberColumns, email: members.email })
    .from(members)
    .where(eq(members.id, memberId))
    .limit(1);
  return row ?? null;
}

export async function getMemberByHandle(db: Executor, { handle }: { handle: string }) {
  const [row] = await db
    .select(publicMemberColumns)
    .from(members)
    .where(eq(members.handle, handle))
    .limit(1);
  return row ?? null;
}

export async function getCommunicationSettings(db: Executor, { memberId }: { memberId: string }) {
  // Every InMail and message sent reads it (the signature): prepared, its text never varies.
  const [row] = await db
    .select()
    .from(communicationSettings)
    .where(eq(communicationSettings.memberId, memberId))
    .limit(1)
    .prepare("communication_settings")
    .execute();
  return row ?? null;
}
