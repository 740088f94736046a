import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { communicationSettings, creditLedgerEntries, inmails } from "@/db/schema";
import { upsertPlans } from "@/db/seed/plans";
import { testDb } from "@/db/testing";
import { createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { addDays, fixedClock, setClock } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";
import { cancelSubscription, subscribe } from "@/lib/credits/subscriptions";
import { setOpenProfile } from "@/lib/settings/open-profile";
import { loadComposeContext } from "./compose-context";
import { hasOpenProfile } from "./open-profile";
import { sendInmail } from "./send-inmail";

const at = new Date("2026-06-01T08:00:00Z");

function draft(recipientId: string) {
  return {
    recipientId,
    idempotencyKey: randomUUID(),
    subject: "Quick question",
    body: "I read your post on data platforms. Could we talk?",
    category: "expertise_request" as const,
    contactEmail: "",
    contactPhone: "",
  };
}

async function spendEntries(memberId: string) {
  const [row] = await testDb()
    .select({ n: count() })
    .from(creditLedgerEntries)
    .where(and(eq(creditLedgerEntries.memberId, memberId), eq(creditLedgerEntries.kind, "spend")));
  return row?.n ?? 0;
}

/** A Premium member who turned Open Profile on through the settings service. */
async function openProfileMember() {
  const db = testDb();
  const member = await createMember(db);
  expect(await subscribe(db, { memberId: member.id, planId: "premium_career" })).toMatchObject({
    ok: true,
  });
  expect(await setOpenProfile(db, { memberId: member.id, openProfile: true })).toEqual({
    ok: true,
    openProfile: true,
  });
  return member;
}

beforeAll(() => upsertPlans(testDb()));

describe("Open Profile", () => {
  it("lets a Basic member without credits send a free InMail: no credit, no spend entry", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const recipient = await openProfileMember();
    const sender = await createMember(db);

    const context = await loadComposeContext(db, { senderId: sender.id, handle: recipient.handle });
    expect(context).toMatchObject({ mode: "inmail", free: true, credits: 0 });

    const sent = await sendInmail(db, { ...draft(recipient.id), senderId: sender.id });
    expect(sent).toMatchObject({ ok: true, replayed: false });
    if (!sent.ok) return;
    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, sent.inmailId));
    expect(inmail).toMatchObject({ free: true, status: "awaiting_answer" });
    expect(await spendEntries(sender.id)).toBe(0);
    expect(await ledgerBalance(db, sender.id)).toBe(0);

    // No refund later either: nothing was spent.
    setClock(fixedClock(addDays(at, 8)));
    await settleMemberNow(db, sender.id);
    expect(await ledgerBalance(db, sender.id)).toBe(0);
    const [after] = await db.select().from(inmails).where(eq(inmails.id, sent.inmailId));
    expect(after?.status).toBe("awaiting_answer");
  });

  it("keeps a sender's credits untouched when writing to an Open Profile", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const recipient = await openProfileMember();
    const sender = await createMember(db);
    await grantCredits(db, sender.id, 2, { grantedAt: at });
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toMatchObject({
      ok: true,
    });
    expect(await ledgerBalance(db, sender.id)).toBe(2);
    expect(await spendEntries(sender.id)).toBe(0);
  });

  it("ignores the flag of a member who is not Premium: the InMail costs a credit", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    // The stored flag alone (as a stale row would have it) does not make a profile open.
    const recipient = await createMember(db, { settings: { openProfile: true } });
    expect(await hasOpenProfile(db, { memberId: recipient.id })).toBe(false);
    const broke = await createMember(db);
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: broke.id })).toEqual({
      ok: false,
      reason: "no_credits",
    });
    const sender = await createMember(db);
    await grantCredits(db, sender.id, 1, { grantedAt: at });
    const sent = await sendInmail(db, { ...draft(recipient.id), senderId: sender.id });
    expect(sent).toMatchObject({ ok: true });
    expect(await ledgerBalance(db, sender.id)).toBe(0);
    expect(await spendEntries(sender.id)).toBe(1);
  });

  it("a Basic member cannot turn it on", async () => {
    const db = testDb();
    const member = await createMember(db);
    expect(await setOpenProfile(db, { memberId: member.id, openProfile: true })).toEqual({
      ok: false,
      reason: "not_premium",
    });
    const [row] = await db
      .select({ openProfile: communicationSettings.openProfile })
      .from(communicationSettings)
      .where(eq(communicationSettings.memberId, member.id));
    expect(row?.openProfile).toBe(false);
    // Turning it off is always allowed.
    expect(await setOpenProfile(db, { memberId: member.id, openProfile: false })).toEqual({
      ok: true,
      openProfile: false,
    });
  });

  it("stops applying when the member cancels Premium", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const recipient = await openProfileMember();
    expect(await hasOpenProfile(db, { memberId: recipient.id })).toBe(true);
    await cancelSubscription(db, { memberId: recipient.id });
    expect(await hasOpenProfile(db, { memberId: recipient.id })).toBe(false);
    const sender = await createMember(db);
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toEqual({
      ok: false,
      reason: "no_credits",
    });
  });

  it("does not override an InMail opt-out, and keeps 'one at a time'", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const recipient = await openProfileMember();
    const sender = await createMember(db);
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toMatchObject({
      ok: true,
    });
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toEqual({
      ok: false,
      reason: "awaiting_answer",
    });
    await db
      .update(communicationSettings)
      .set({ acceptsInmail: false })
      .where(eq(communicationSettings.memberId, recipient.id));
    const other = await createMember(db);
    expect(await sendInmail(db, { ...draft(recipient.id), senderId: other.id })).toEqual({
      ok: false,
      reason: "opted_out",
    });
  });
});
