import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import { communicationSettings, memberSessions, members } from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { runJobs } from "@/db/testing/jobs";
import { fixedClock, HOUR, MINUTE, setClock } from "@/lib/clock";
import { env } from "@/lib/env";
import { listCapturedMail } from "@/lib/mail";
import {
  changePassword,
  confirmEmail,
  isResetTokenUsable,
  registerMember,
  requestPasswordReset,
  resetPassword,
  verifyCredentials,
} from "./accounts";
import { createSession, listSessions } from "./sessions";

const PASSWORD = "violet-harbour-47";
const NEW_PASSWORD = "amber-lantern-93";
const RIVAL_PASSWORD = "rival-password-61";

/** A fresh address per test: the captured mail of this file is shared by its tests. */
function uniqueEmail(name = "member"): string {
  return `${name}.${randomBytes(3).toString("hex")}@example.com`;
}

async function registered(name = "Ada Lovelace", email = uniqueEmail()) {
  const result = await registerMember(testDb(), { name, email, password: PASSWORD });
  if (!result.ok || !result.memberId) {
    throw new Error(`registration failed: ${JSON.stringify(result)}`);
  }
  const [member] = await testDb().select().from(members).where(eq(members.id, result.memberId));
  if (!member) throw new Error("registered member not found");
  return member;
}

/** The link of the one mail of `kind` sent to `to` (after the jobs ran). */
async function linkFromMail(to: string, path: string): Promise<string> {
  await runJobs();
  const mails = (await listCapturedMail({ to })).filter((m) => m.text.includes(`/${path}/`));
  expect(mails).toHaveLength(1);
  const match = mails[0]?.text.match(new RegExp(`/${path}/([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail: ${mails[0]?.text}`);
  return match[1];
}

/**
 * Two separate PostgreSQL connections, already open: a connection's first query pays for the
 * handshake, which would let one contender finish before the other even starts.
 */
async function twoConnections() {
  const connections = [
    connectPostgres(testDatabaseUrl(), { max: 1 }),
    connectPostgres(testDatabaseUrl(), { max: 1 }),
  ] as const;
  await Promise.all(connections.map((c) => c.db.execute(sql`select 1`)));
  return connections;
}

async function resetTokenFromMail(to: string): Promise<string> {
  return linkFromMail(to, "reset-password");
}

describe("registerMember", () => {
  it("creates the member and their settings, unconfirmed, and mails a confirmation link", async () => {
    const email = uniqueEmail("ada");
    const member = await registered("Ada Lovelace", email);
    expect(member).toMatchObject({ name: "Ada Lovelace", email, locale: "en" });
    expect(member.emailVerifiedAt).toBeNull();
    expect(member.passwordHash).not.toContain(PASSWORD);
    expect(member.handle).toMatch(/^ada-lovelace-[0-9a-f]{6}$/);
    const settings = await testDb()
      .select()
      .from(communicationSettings)
      .where(eq(communicationSettings.memberId, member.id));
    expect(settings).toEqual([expect.objectContaining({ acceptsInmail: true })]);
    const token = await linkFromMail(email, "confirm-email");
    expect(await confirmEmail(testDb(), { token })).toEqual({
      ok: true,
      memberId: member.id,
      purpose: "sign_up",
    });
    const [after] = await testDb().select().from(members).where(eq(members.id, member.id));
    expect(after?.emailVerifiedAt).toBeInstanceOf(Date);
    // Single use.
    expect(await confirmEmail(testDb(), { token })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
  });

  it("leaves no member and no mail job behind when the settings row cannot be written", async () => {
    const db = testDb();
    await db.execute(sql`
      create function refuse_settings() returns trigger language plpgsql as $$
      begin raise exception 'settings refused by test'; end $$`);
    await db.execute(sql`
      create trigger refuse_settings before insert on communication_settings
      for each row execute function refuse_settings()`);
    const email = uniqueEmail("half");
    try {
      await expect(
        registerMember(db, { name: "Half Done", email, password: PASSWORD }),
      ).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger refuse_settings on communication_settings`);
      await db.execute(sql`drop function refuse_settings()`);
    }
    expect(await db.select().from(members).where(eq(members.email, email))).toEqual([]);
    await runJobs();
    expect(await listCapturedMail({ to: email })).toEqual([]);
  });

  it("answers a taken address exactly like a new one, and mails its owner instead", async () => {
    const email = uniqueEmail("grace");
    const owner = await registered("Grace Hopper", email);
    await runJobs();
    const before = (await listCapturedMail({ to: email })).length;
    const again = await registerMember(testDb(), {
      name: "Grace Again",
      email: email.toUpperCase(),
      password: RIVAL_PASSWORD,
    });
    // The same shape a new address gets (minus the id nobody is shown).
    expect(again).toEqual({ ok: true, confirmed: false, memberId: null });
    const rows = await testDb()
      .select()
      .from(members)
      .where(sql`lower(${members.email}) = ${email}`);
    expect(rows).toEqual([expect.objectContaining({ id: owner.id, name: "Grace Hopper" })]);
    // The owner's password is untouched; the owner hears about it by mail.
    expect(await verifyCredentials(testDb(), { email, password: PASSWORD })).not.toBeNull();
    await runJobs();
    const mails = await listCapturedMail({ to: email });
    expect(mails).toHaveLength(before + 1);
    expect(mails[0]?.subject).toBe("You already have an InMail account");
    expect(mails[0]?.text).toContain("/forgot-password");
  });

  it("refuses a common password, for any address", async () => {
    const email = uniqueEmail();
    const result = await registerMember(testDb(), { name: "Weak", email, password: "iloveyou" });
    expect(result).toEqual({ ok: false, fieldErrors: { password: "validation.passwordCommon" } });
    expect(await testDb().select().from(members).where(eq(members.email, email))).toEqual([]);
  });

  it("lets only one of two simultaneous sign-ups with one email win", async () => {
    const [first, second] = await twoConnections();
    const email = uniqueEmail("twin");
    try {
      const results = await Promise.all([
        registerMember(first.db, { name: "Twin One", email, password: PASSWORD }),
        registerMember(second.db, { name: "Twin Two", email, password: PASSWORD }),
      ]);
      // Both answer alike; exactly one account exists.
      expect(results.every((r) => r.ok)).toBe(true);
      expect(results.filter((r) => r.ok && r.memberId)).toHaveLength(1);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
    expect(await testDb().select().from(members).where(eq(members.email, email))).toHaveLength(1);
  });
});

describe("verifyCredentials", () => {
  it("returns the member for the right password, whatever the email's letter case", async () => {
    const email = uniqueEmail("alan");
    const member = await registered("Alan Turing", email);
    const found = await verifyCredentials(testDb(), {
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expect(found).toEqual({ id: member.id, name: "Alan Turing", email });
    expect(member.email).toBe(email);
  });

  it("returns null for a wrong password and for an unknown email", async () => {
    const email = uniqueEmail();
    await registered("Someone", email);
    expect(await verifyCredentials(testDb(), { email, password: `${PASSWORD}x` })).toBeNull();
    expect(
      await verifyCredentials(testDb(), { email: uniqueEmail("nobody"), password: PASSWORD }),
    ).toBeNull();
  });
});

describe("password reset", () => {
  it("mails exactly one reset link to the member's address", async () => {
    const email = uniqueEmail("katherine");
    await registered("Katherine Johnson", email);

    await requestPasswordReset(testDb(), { email });
    await runJobs();
    // A second run of the jobs (a retry, another worker) sends nothing more.
    await runJobs();

    const mails = (await listCapturedMail({ to: email })).filter((m) =>
      m.text.includes("/reset-password/"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(email);
    expect(mails[0]?.subject).not.toBe("");
    expect(mails[0]?.text).toContain("Katherine Johnson");
    expect(mails[0]?.text).toContain(`${env.APP_URL}/reset-password/`);
    expect(await resetTokenFromMail(email)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it("sets the new password with the token, once", async () => {
    const email = uniqueEmail();
    await registered("Dorothy Vaughan", email);
    await requestPasswordReset(testDb(), { email });
    const token = await resetTokenFromMail(email);
    expect(await isResetTokenUsable(testDb(), { token })).toBe(true);

    expect(await resetPassword(testDb(), { token, password: NEW_PASSWORD })).toEqual({ ok: true });

    expect(await verifyCredentials(testDb(), { email, password: NEW_PASSWORD })).not.toBeNull();
    expect(await verifyCredentials(testDb(), { email, password: PASSWORD })).toBeNull();
    expect(await isResetTokenUsable(testDb(), { token })).toBe(false);
    expect(await resetPassword(testDb(), { token, password: "third-password-55" })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
    expect(await verifyCredentials(testDb(), { email, password: NEW_PASSWORD })).not.toBeNull();
  });

  it("refuses a token after its hour has passed", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    setClock(clock);
    const email = uniqueEmail();
    await registered("Mary Jackson", email);
    await requestPasswordReset(testDb(), { email });
    const token = await resetTokenFromMail(email);

    clock.advance(59 * MINUTE);
    expect(await isResetTokenUsable(testDb(), { token })).toBe(true);

    clock.advance(HOUR);
    expect(await isResetTokenUsable(testDb(), { token })).toBe(false);
    expect(await resetPassword(testDb(), { token, password: NEW_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
    expect(await verifyCredentials(testDb(), { email, password: PASSWORD })).not.toBeNull();
  });

  it("stops older links from working once one of them was used", async () => {
    const email = uniqueEmail();
    await registered("Annie Easley", email);
    await requestPasswordReset(testDb(), { email });
    const older = await resetTokenFromMail(email);
    await requestPasswordReset(testDb(), { email });
    await runJobs();
    const newer = (await listCapturedMail({ to: email }))
      .map((m) => m.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1])
      .find((t) => t && t !== older);
    if (!newer) throw new Error("second reset mail has no new token");

    expect(await resetPassword(testDb(), { token: newer, password: NEW_PASSWORD })).toEqual({
      ok: true,
    });
    expect(await resetPassword(testDb(), { token: older, password: "another-pass-77" })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
  });

  it("sends nothing and reports nothing for an unknown email", async () => {
    await runJobs();
    const before = await listCapturedMail();
    await expect(
      requestPasswordReset(testDb(), { email: uniqueEmail("stranger") }),
    ).resolves.toBeUndefined();
    await runJobs();
    expect(await listCapturedMail()).toHaveLength(before.length);
  });

  it("ends every session of the member", async () => {
    const email = uniqueEmail();
    const member = await registered("Session Holder", email);
    await createSession(testDb(), { memberId: member.id, userAgent: "Firefox" });
    await createSession(testDb(), { memberId: member.id, userAgent: "Safari" });
    expect(await listSessions(testDb(), { memberId: member.id })).toHaveLength(2);
    await requestPasswordReset(testDb(), { email });
    const token = await resetTokenFromMail(email);
    expect(await resetPassword(testDb(), { token, password: NEW_PASSWORD })).toEqual({ ok: true });
    expect(await listSessions(testDb(), { memberId: member.id })).toEqual([]);
  });

  it("lets only one of two simultaneous uses of a token succeed", async () => {
    const [first, second] = await twoConnections();
    try {
      // Several rounds: a read-then-write implementation loses a single round only sometimes.
      for (let round = 0; round < 5; round++) {
        const email = uniqueEmail("race");
        await registered("Race Condition", email);
        await requestPasswordReset(testDb(), { email });
        const token = await resetTokenFromMail(email);

        const results = await Promise.all([
          resetPassword(first.db, { token, password: NEW_PASSWORD }),
          resetPassword(second.db, { token, password: RIVAL_PASSWORD }),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalid_or_expired" }]);
        // The password that works is the winner's, and only that one.
        const [winner, loser] = results[0]?.ok
          ? [NEW_PASSWORD, RIVAL_PASSWORD]
          : [RIVAL_PASSWORD, NEW_PASSWORD];
        expect(await verifyCredentials(testDb(), { email, password: winner })).not.toBeNull();
        expect(await verifyCredentials(testDb(), { email, password: loser })).toBeNull();
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe("changePassword", () => {
  it("needs the current password and ends every other session, not this one", async () => {
    const email = uniqueEmail();
    const member = await registered("Changing Member", email);
    const here = await createSession(testDb(), { memberId: member.id, userAgent: "here" });
    await createSession(testDb(), { memberId: member.id, userAgent: "elsewhere" });
    const wrong = await changePassword(testDb(), {
      memberId: member.id,
      sessionId: here,
      currentPassword: "not-the-password-1",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "validation.currentPasswordWrong" },
    });
    expect(await listSessions(testDb(), { memberId: member.id })).toHaveLength(2);
    const changed = await changePassword(testDb(), {
      memberId: member.id,
      sessionId: here,
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed).toEqual({ ok: true, sessionsEnded: 1 });
    expect((await listSessions(testDb(), { memberId: member.id })).map((s) => s.id)).toEqual([
      here,
    ]);
    expect(await verifyCredentials(testDb(), { email, password: NEW_PASSWORD })).not.toBeNull();
    const revoked = await testDb()
      .select({ id: memberSessions.id })
      .from(memberSessions)
      .where(eq(memberSessions.memberId, member.id));
    expect(revoked).toHaveLength(2);
  });
});
