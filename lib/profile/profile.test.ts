import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { searchMembers } from "@/db/queries/search";
import { emailConfirmations, members } from "@/db/schema";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { runJobs } from "@/db/testing/jobs";
import { confirmEmail, registerMember, requestEmailChange } from "@/lib/auth/accounts";
import { listCapturedMail } from "@/lib/mail";
import { profileSchema } from "@/lib/validation/profile";
import { finishOnboarding, getEditableProfile, updateProfile } from "./profile";

const PASSWORD = "violet-harbour-47";

const parsed = (input: Record<string, string>) => profileSchema.parse(input);

async function row(memberId: string) {
  const [found] = await testDb().select().from(members).where(eq(members.id, memberId));
  if (!found) throw new Error("member missing");
  return found;
}

describe("profileEdit", () => {
  it("stores a German city in its English form, its time zone, and ends the onboarding", async () => {
    const member = await createMember(testDb());
    await testDb().update(members).set({ onboardedAt: null }).where(eq(members.id, member.id));
    const saved = await updateProfile(testDb(), {
      memberId: member.id,
      ...parsed({
        title: "Data Engineer",
        company: "Quellwerk",
        country: "DE",
        city: "München",
        industry: "Software",
      }),
    });
    expect(saved).toEqual({ ok: true });
    const stored = await row(member.id);
    expect(stored.location).toBe("Munich, Germany");
    expect(stored.country).toBe("DE");
    expect(stored.timeZone).toBe("Europe/Berlin");
    expect(stored.industry).toBe("Software");
    // No headline written: it is the title and company, in the member's language.
    expect(stored.headline).toBe("Data Engineer at Quellwerk");
    expect(stored.onboardedAt).toBeInstanceOf(Date);
    expect((await getEditableProfile(testDb(), { memberId: member.id }))?.city).toBe("Munich");
  });

  it("keeps a chosen time zone, a place it does not know, and writes a German default headline", async () => {
    const member = await createMember(testDb(), { locale: "de" });
    await updateProfile(testDb(), {
      memberId: member.id,
      ...parsed({
        title: "Ingenieurin",
        company: "Bahnwerk",
        country: "US",
        city: "Portland",
        timeZone: "America/Los_Angeles",
      }),
    });
    const stored = await row(member.id);
    expect(stored.location).toBe("Portland, United States");
    expect(stored.timeZone).toBe("America/Los_Angeles");
    expect(stored.headline).toBe("Ingenieurin bei Bahnwerk");
  });

  it("refuses a city without its country, and unknown countries, industries and zones", async () => {
    const member = await createMember(testDb());
    const before = await row(member.id);
    expect(
      await updateProfile(testDb(), { memberId: member.id, ...parsed({ city: "Munich" }) }),
    ).toEqual({ ok: false, fieldErrors: { country: "profileEdit.validation.countryRequired" } });
    expect(await row(member.id)).toEqual(before);
    const refused = profileSchema.safeParse({
      country: "XX",
      industry: "Alchemy",
      timeZone: "Mars/Olympus",
      headline: "x".repeat(221),
    });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries(
      (refused.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
    );
    expect(messages).toEqual({
      country: "profileEdit.validation.countryUnknown",
      industry: "profileEdit.validation.industryUnknown",
      timeZone: "profileEdit.validation.timeZoneUnknown",
      headline: "profileEdit.validation.headlineTooLong",
    });
  });

  it("is found by search under its new words at once", async () => {
    const viewer = await createMember(testDb());
    const member = await createMember(testDb());
    const word = `zyx${randomBytes(3).toString("hex")}`;
    await updateProfile(testDb(), {
      memberId: member.id,
      ...parsed({ title: "Cartographer", company: `${word} Maps`, country: "IT", city: "Milano" }),
    });
    const found = await searchMembers(testDb(), { viewerId: viewer.id, q: word });
    expect(found.results.map((m) => m.id)).toEqual([member.id]);
    expect(found.results[0]?.location).toBe("Milan, Italy");
  });

  it("skipping the onboarding keeps a date already set", async () => {
    const member = await createMember(testDb());
    const at = new Date("2026-01-01T00:00:00Z");
    await testDb().update(members).set({ onboardedAt: at }).where(eq(members.id, member.id));
    await finishOnboarding(testDb(), { memberId: member.id });
    expect((await row(member.id)).onboardedAt).toEqual(at);
  });
});

describe("email change", () => {
  async function registered() {
    const email = `ada.${randomBytes(3).toString("hex")}@example.com`;
    const result = await registerMember(testDb(), { name: "Ada", email, password: PASSWORD });
    if (!result.ok || !result.memberId) throw new Error("registration failed");
    return { id: result.memberId, email };
  }

  it("changes the address only when the link mailed to the new one is used", async () => {
    const member = await registered();
    const next = `new.${randomBytes(3).toString("hex")}@example.com`;
    expect(
      await requestEmailChange(testDb(), {
        memberId: member.id,
        email: next,
        currentPassword: PASSWORD,
      }),
    ).toEqual({ ok: true });
    expect((await row(member.id)).email).toBe(member.email);
    await runJobs();
    const mails = await listCapturedMail({ to: next });
    expect(mails).toHaveLength(1);
    const token = mails[0]?.text.match(/\/confirm-email\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(await confirmEmail(testDb(), { token: token as string })).toMatchObject({
      ok: true,
      purpose: "change",
    });
    expect((await row(member.id)).email).toBe(next);
    // Single use.
    expect(await confirmEmail(testDb(), { token: token as string })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
  });

  it("asks for the right password and a different address", async () => {
    const member = await registered();
    expect(
      await requestEmailChange(testDb(), {
        memberId: member.id,
        email: "other@example.com",
        currentPassword: "wrong-password-1",
      }),
    ).toEqual({ ok: false, fieldErrors: { currentPassword: "validation.currentPasswordWrong" } });
    expect(
      await requestEmailChange(testDb(), {
        memberId: member.id,
        email: member.email.toUpperCase(),
        currentPassword: PASSWORD,
      }),
    ).toEqual({ ok: false, fieldErrors: { email: "profileEdit.validation.emailUnchanged" } });
  });

  it("answers the same for an address that has an account, and mails nothing to it", async () => {
    const member = await registered();
    const other = await registered();
    await runJobs();
    const before = (await listCapturedMail({ to: other.email })).length;
    expect(
      await requestEmailChange(testDb(), {
        memberId: member.id,
        email: other.email,
        currentPassword: PASSWORD,
      }),
    ).toEqual({ ok: true });
    await runJobs();
    expect(await listCapturedMail({ to: other.email })).toHaveLength(before);
    const pending = await testDb()
      .select()
      .from(emailConfirmations)
      .where(eq(emailConfirmations.memberId, member.id));
    expect(pending.filter((p) => p.purpose === "change")).toHaveLength(0);
  });

  it("voids an earlier request: only the latest link works", async () => {
    const member = await registered();
    const first = `first.${randomBytes(3).toString("hex")}@example.com`;
    const second = `second.${randomBytes(3).toString("hex")}@example.com`;
    for (const email of [first, second]) {
      await requestEmailChange(testDb(), { memberId: member.id, email, currentPassword: PASSWORD });
    }
    await runJobs();
    const tokenOf = async (to: string) =>
      (await listCapturedMail({ to }))[0]?.text.match(/\/confirm-email\/([A-Za-z0-9_-]+)/)?.[1] ??
      "";
    expect(await confirmEmail(testDb(), { token: await tokenOf(first) })).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
    expect(await confirmEmail(testDb(), { token: await tokenOf(second) })).toMatchObject({
      ok: true,
    });
    expect((await row(member.id)).email).toBe(second);
  });
});
