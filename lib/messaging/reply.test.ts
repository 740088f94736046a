import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listInbox } from "@/db/queries/messaging";
import { getThreadForMember } from "@/db/queries/threads";
import { inmails, messages, threadParticipants } from "@/db/schema";
import { testDb } from "@/db/testing";
import { block, createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { runJobs } from "@/db/testing/jobs";
import { DAY, fixedClock, setClock } from "@/lib/clock";
import { listCapturedMail } from "@/lib/mail";
import { markThreadRead } from "./read";
import { replyToThread } from "./reply";
import { sendInmail } from "./send-inmail";

async function sentInmail() {
  const db = testDb();
  const clock = fixedClock("2026-05-04T09:00:00Z");
  setClock(clock);
  const sender = await createMember(db, { name: "Sophie Sender" });
  await grantCredits(db, sender.id, 2, { grantedAt: clock.now() });
  // A Basic member: no credits, no subscription — and still able to answer.
  const recipient = await createMember(db, { name: "Marco Recipient", locale: "it" });
  const sent = await sendInmail(db, {
    senderId: sender.id,
    recipientId: recipient.id,
    idempotencyKey: randomUUID(),
    subject: "Consulting for your plant",
    body: "Buongiorno Marco!",
    category: "consulting_offer",
    contactEmail: "",
    contactPhone: "",
  });
  if (!sent.ok) throw new Error(sent.reason);
  return { db, clock, sender, recipient, threadId: sent.threadId, inmailId: sent.inmailId };
}

const text = (memberId: string, threadId: string, body: string) =>
  ({ memberId, threadId, body, kind: "text", idempotencyKey: randomUUID() }) as const;

describe("replyToThread", () => {
  it("lets a Basic recipient answer; the answer settles the InMail and opens a free conversation", async () => {
    const { db, clock, sender, recipient, threadId, inmailId } = await sentInmail();
    expect(await replyToThread(db, text(sender.id, threadId, "Any news?"))).toEqual({
      ok: false,
      reason: "awaiting_answer",
    });

    clock.advance(DAY);
    const answer = await replyToThread(db, text(recipient.id, threadId, "Volentieri, sentiamoci."));
    expect(answer).toMatchObject({ ok: true, replayed: false });
    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, inmailId));
    expect(inmail).toMatchObject({ status: "answered", answerKind: "text" });
    expect(inmail?.answeredAt?.toISOString()).toBe(clock.now().toISOString());

    expect(await replyToThread(db, text(sender.id, threadId, "Great, Tuesday?"))).toMatchObject({
      ok: true,
    });
    expect(await replyToThread(db, text(recipient.id, threadId, "Martedì va bene."))).toMatchObject(
      { ok: true },
    );
    const all = await db.select().from(messages).where(eq(messages.threadId, threadId));
    expect(all).toHaveLength(4);
    // Replies cost nothing.
    expect(await ledgerBalance(db, sender.id)).toBe(1);
    expect(await ledgerBalance(db, recipient.id)).toBe(0);
  });

  it("counts 'Not interested' with a note as the answer (declined)", async () => {
    const { db, recipient, threadId, inmailId } = await sentInmail();
    const result = await replyToThread(db, {
      memberId: recipient.id,
      threadId,
      kind: "not_interested",
      note: "Grazie, non ora.",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({ ok: true });
    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, inmailId));
    expect(inmail).toMatchObject({ status: "declined", answerKind: "not_interested" });
    expect(
      await replyToThread(db, {
        memberId: recipient.id,
        threadId,
        kind: "interested",
        note: "",
        idempotencyKey: randomUUID(),
      }),
    ).toEqual({ ok: false, reason: "already_answered" });
  });

  it("counts 'Interested' without a note as the answer", async () => {
    const { db, recipient, threadId, inmailId } = await sentInmail();
    await replyToThread(db, {
      memberId: recipient.id,
      threadId,
      kind: "interested",
      note: "",
      idempotencyKey: randomUUID(),
    });
    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, inmailId));
    expect(inmail).toMatchObject({ status: "answered", answerKind: "interested" });
  });

  it("refuses a member who is not in the thread exactly like a thread that does not exist", async () => {
    const { db, threadId } = await sentInmail();
    const outsider = await createMember(db);
    const before = await db.select().from(messages).where(eq(messages.threadId, threadId));
    expect(await replyToThread(db, text(outsider.id, threadId, "Let me in"))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await replyToThread(db, text(outsider.id, randomUUID(), "Nobody here"))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await markThreadRead(db, { memberId: outsider.id, threadId })).toBe(false);
    expect(await getThreadForMember(db, { memberId: outsider.id, threadId })).toBeNull();
    expect(await db.select().from(messages).where(eq(messages.threadId, threadId))).toHaveLength(
      before.length,
    );
  });

  it("refuses replies once either side has blocked the other", async () => {
    const { db, sender, recipient, threadId } = await sentInmail();
    await block(db, sender.id, recipient.id);
    expect(await replyToThread(db, text(recipient.id, threadId, "Hello?"))).toEqual({
      ok: false,
      reason: "blocked",
    });
  });

  it("stores a retried reply once", async () => {
    const { db, recipient, threadId } = await sentInmail();
    const input = text(recipient.id, threadId, "Only once, please");
    const first = await replyToThread(db, input);
    const again = await replyToThread(db, input);
    expect(first.ok && again.ok && first.messageId === again.messageId).toBe(true);
    expect(again).toMatchObject({ replayed: true });
  });

  it("an answer after the refund keeps the credit refunded", async () => {
    const { db, recipient, threadId, inmailId } = await sentInmail();
    await db
      .update(inmails)
      .set({ status: "refunded", refundedAt: new Date() })
      .where(eq(inmails.id, inmailId));
    await replyToThread(db, text(recipient.id, threadId, "Sorry for the late answer"));
    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, inmailId));
    expect(inmail?.status).toBe("refunded");
    expect(inmail?.answeredAt).not.toBeNull();
  });
});

describe("read state", () => {
  it("opening a thread marks it read for that member only", async () => {
    const { db, clock, sender, recipient, threadId } = await sentInmail();
    const unread = (await listInbox(db, { memberId: recipient.id, filter: "unread" })).threads;
    expect(unread.map((t) => t.id)).toContain(threadId);
    clock.advance(60_000);
    expect(await markThreadRead(db, { memberId: recipient.id, threadId })).toBe(true);
    expect(
      (await listInbox(db, { memberId: recipient.id, filter: "unread" })).threads,
    ).toHaveLength(0);
    const [senderRow] = await db
      .select()
      .from(threadParticipants)
      .where(
        sql`${threadParticipants.threadId} = ${threadId} and ${threadParticipants.memberId} = ${sender.id}`,
      );
    expect(senderRow?.lastReadAt?.toISOString()).toBe("2026-05-04T09:00:00.000Z");
  });
});

describe("notifications", () => {
  it("mails the recipient in their language, and the sender when answered", async () => {
    const { db, sender, recipient, threadId } = await sentInmail();
    await runJobs();
    const [received] = await listCapturedMail({ to: recipient.email });
    expect(received?.subject).toBe(
      "Sophie Sender ti ha inviato un InMail: Consulting for your plant",
    );
    expect(received?.text).toContain("Categoria: Offerta di consulenza");
    expect(received?.text).toContain(`/messaging/${threadId}`);

    await replyToThread(db, {
      memberId: recipient.id,
      threadId,
      kind: "interested",
      note: "",
      idempotencyKey: randomUUID(),
    });
    await runJobs();
    const [answer] = await listCapturedMail({ to: sender.email });
    expect(answer?.subject).toBe("Marco Recipient answered you on InMail");
    expect(answer?.text).toContain("Marco Recipient is interested");
  });

  it("sends no mail to a member who turned notifications off", async () => {
    const db = testDb();
    setClock(fixedClock("2026-05-04T09:00:00Z"));
    const sender = await createMember(db);
    await grantCredits(db, sender.id, 1, { grantedAt: new Date("2026-05-01T00:00:00Z") });
    const quiet = await createMember(db, { settings: { emailNotifications: false } });
    const sent = await sendInmail(db, {
      senderId: sender.id,
      recipientId: quiet.id,
      idempotencyKey: randomUUID(),
      subject: "Hi",
      body: "Hello",
      category: "new_venture",
      contactEmail: "",
      contactPhone: "",
    });
    expect(sent.ok).toBe(true);
    await runJobs();
    expect(await listCapturedMail({ to: quiet.email })).toHaveLength(0);
  });

  it("takes the quick answers candidates need: later (with a date), a reason, shared contact", async () => {
    // "Ask me later" in three weeks: an answer (no refund), and the date is kept.
    const later = await sentInmail();
    const reply = (kind: "later" | "not_interested" | "interested", extra: object) =>
      replyToThread(later.db, {
        memberId: later.recipient.id,
        threadId: later.threadId,
        kind,
        note: "",
        idempotencyKey: randomUUID(),
        ...extra,
      });
    expect(await reply("later", { weeks: 3 })).toMatchObject({ ok: true });
    const [snoozed] = await later.db.select().from(inmails).where(eq(inmails.id, later.inmailId));
    expect(snoozed).toMatchObject({ status: "answered", answerKind: "later" });
    expect(snoozed?.laterFrom?.toISOString()).toBe("2026-05-25T09:00:00.000Z");
    // The sender is told from when, by mail too.
    await runJobs();
    const told = (await listCapturedMail()).filter((m) => m.to === later.sender.email);
    expect(told.at(-1)?.text).toContain("asked you to get back in touch from May 25, 2026");
    later.clock.advance(8 * DAY);
    expect(await ledgerBalance(later.db, later.sender.id)).toBe(1);
    // A second quick answer is refused: the first one counts.
    expect(await reply("interested", {})).toEqual({ ok: false, reason: "already_answered" });

    const declined = await sentInmail();
    expect(
      await replyToThread(declined.db, {
        memberId: declined.recipient.id,
        threadId: declined.threadId,
        kind: "not_interested",
        note: "",
        reason: "location",
        idempotencyKey: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    const [no] = await declined.db.select().from(inmails).where(eq(inmails.id, declined.inmailId));
    expect(no).toMatchObject({ status: "declined", declineReason: "location", laterFrom: null });

    const keen = await sentInmail();
    expect(
      await replyToThread(keen.db, {
        memberId: keen.recipient.id,
        threadId: keen.threadId,
        kind: "interested",
        note: "Call me!",
        shareEmail: true,
        phone: "+39 02 1234 5678",
        idempotencyKey: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    const [yes] = await keen.db.select().from(inmails).where(eq(inmails.id, keen.inmailId));
    expect(yes).toMatchObject({
      status: "answered",
      answerEmail: keen.recipient.email,
      answerPhone: "+39 02 1234 5678",
      declineReason: null,
    });
  });
});
