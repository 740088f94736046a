import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertPlans } from "@/db/seed/plans";
import { testDb } from "@/db/testing";
import { block, connect, createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { fixedClock, setClock } from "@/lib/clock";
import { subscribe } from "@/lib/credits/subscriptions";
import { setOpenProfile } from "@/lib/settings/open-profile";
import { loadComposeContext } from "./compose-context";
import { decideReach, type Reach, type ReachFacts, reachOf, reachOne } from "./reach";
import { sendInmail } from "./send-inmail";

const at = new Date("2026-06-01T08:00:00Z");

const nobody: Omit<ReachFacts, "recipientId"> = {
  exists: true,
  blocked: false,
  connected: false,
  acceptsInmail: true,
  awaitingAnswer: false,
  openProfile: false,
};

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

beforeAll(() => upsertPlans(testDb()));

describe("decideReach (the rule itself)", () => {
  const me = randomUUID();
  const them = randomUUID();
  const decide = (facts: Partial<ReachFacts>) =>
    decideReach(me, { ...nobody, recipientId: them, ...facts });

  it.each<[string, Partial<ReachFacts>, Reach]>([
    ["anyone who accepts InMail: an InMail for a credit", {}, { kind: "inmail", free: false }],
    ["an Open Profile: a free InMail", { openProfile: true }, { kind: "inmail", free: true }],
    ["a connection: a free message", { connected: true }, { kind: "message" }],
    [
      "a connection who refuses InMail: still a free message",
      { connected: true, acceptsInmail: false },
      { kind: "message" },
    ],
    [
      "refusing InMail wins over an Open Profile",
      { acceptsInmail: false, openProfile: true },
      { kind: "refused", reason: "opted_out" },
    ],
    [
      "a block wins over a connection",
      { blocked: true, connected: true },
      { kind: "refused", reason: "blocked" },
    ],
    [
      "an unanswered InMail: no second one",
      { awaitingAnswer: true, openProfile: true },
      { kind: "refused", reason: "awaiting_answer" },
    ],
    [
      "a member who is not there",
      { exists: false },
      { kind: "refused", reason: "recipient_not_found" },
    ],
  ])("%s", (_name, facts, reach) => {
    expect(decide(facts)).toEqual(reach);
  });

  it("refuses oneself before anything else", () => {
    expect(decideReach(me, { ...nobody, recipientId: me, connected: true })).toEqual({
      kind: "refused",
      reason: "self",
    });
  });
});

describe("reachOf on PostgreSQL: what profile, search and compose show is what the send does", () => {
  it("answers every kind of recipient in one call, and the send service agrees with each", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const sender = await createMember(db);
    await grantCredits(db, sender.id, 5, { grantedAt: at });

    const stranger = await createMember(db);
    const friend = await createMember(db);
    await connect(db, sender.id, friend.id);
    const refuser = await createMember(db, { settings: { acceptsInmail: false } });
    const blocker = await createMember(db);
    await block(db, blocker.id, sender.id);
    const open = await createMember(db);
    expect(await subscribe(db, { memberId: open.id, planId: "premium_career" })).toMatchObject({
      ok: true,
    });
    await setOpenProfile(db, { memberId: open.id, openProfile: true });
    // A stored flag without Premium is no Open Profile.
    const staleOpen = await createMember(db, { settings: { openProfile: true } });
    const waiting = await createMember(db);
    expect(await sendInmail(db, { ...draft(waiting.id), senderId: sender.id })).toMatchObject({
      ok: true,
    });
    const missing = randomUUID();

    const reach = await reachOf(db, {
      senderId: sender.id,
      recipientIds: [
        stranger.id,
        friend.id,
        refuser.id,
        blocker.id,
        open.id,
        staleOpen.id,
        waiting.id,
        missing,
        sender.id,
      ],
    });
    expect(Object.fromEntries(reach)).toEqual({
      [stranger.id]: { kind: "inmail", free: false },
      [friend.id]: { kind: "message" },
      [refuser.id]: { kind: "refused", reason: "opted_out" },
      [blocker.id]: { kind: "refused", reason: "blocked" },
      [open.id]: { kind: "inmail", free: true },
      [staleOpen.id]: { kind: "inmail", free: false },
      [waiting.id]: { kind: "refused", reason: "awaiting_answer" },
      [missing]: { kind: "refused", reason: "recipient_not_found" },
      [sender.id]: { kind: "refused", reason: "self" },
    });

    // The compose page reads the same answer for one recipient…
    for (const member of [stranger, friend, refuser, open, waiting]) {
      expect(await reachOne(db, { senderId: sender.id, recipientId: member.id })).toEqual(
        reach.get(member.id),
      );
    }
    const composeRefuser = await loadComposeContext(db, {
      senderId: sender.id,
      handle: refuser.handle,
    });
    expect(composeRefuser).toMatchObject({ reason: "opted_out" });

    // …and the send transaction, which reads the facts under its own lock, decides alike.
    const before = await ledgerBalance(db, sender.id);
    for (const [member, outcome] of [
      [refuser, { ok: false, reason: "opted_out" }],
      [blocker, { ok: false, reason: "blocked" }],
      [waiting, { ok: false, reason: "awaiting_answer" }],
      // A connection is written to with a free message, never an InMail.
      [friend, { ok: false, reason: "connected" }],
    ] as const) {
      expect(await sendInmail(db, { ...draft(member.id), senderId: sender.id })).toEqual(outcome);
    }
    expect(await ledgerBalance(db, sender.id)).toBe(before);
    expect(await sendInmail(db, { ...draft(open.id), senderId: sender.id })).toMatchObject({
      ok: true,
    });
    expect(await ledgerBalance(db, sender.id)).toBe(before);
    expect(await sendInmail(db, { ...draft(stranger.id), senderId: sender.id })).toMatchObject({
      ok: true,
    });
    expect(await ledgerBalance(db, sender.id)).toBe(before - 1);
    // Once sent, both now wait for an answer: the next search shows it.
    const after = await reachOf(db, { senderId: sender.id, recipientIds: [stranger.id, open.id] });
    expect([...after.values()]).toEqual([
      { kind: "refused", reason: "awaiting_answer" },
      { kind: "refused", reason: "awaiting_answer" },
    ]);
  });

  it("reads at most 1,000 recipients and ignores ids that are not ids", async () => {
    const db = testDb();
    const sender = await createMember(db);
    const reach = await reachOf(db, {
      senderId: sender.id,
      recipientIds: ["'; drop table members; --", "not-a-uuid"],
    });
    expect([...reach.values()]).toEqual([
      { kind: "refused", reason: "recipient_not_found" },
      { kind: "refused", reason: "recipient_not_found" },
    ]);
  });
});
