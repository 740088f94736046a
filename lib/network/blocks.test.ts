import { randomUUID } from "node:crypto";
import { and, count, eq, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres, type Database } from "@/db/client";
import { degreeBetween, isBlockedEitherWay } from "@/db/queries/network";
import {
  blocks,
  connections,
  creditLedgerEntries,
  inmails,
  invitations,
  messages,
  threads,
} from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { connect, createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { fixedClock, setClock } from "@/lib/clock";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { sendMessage } from "@/lib/messaging/send-message";
import { blockMember, hasBlocked, listBlockedMembers, unblockMember } from "./blocks";

const at = new Date("2026-05-04T09:00:00Z");

function inmailDraft(recipientId: string) {
  return {
    recipientId,
    idempotencyKey: randomUUID(),
    subject: "Hello",
    body: "Would you like to talk?",
    category: "career_opportunity" as const,
    contactEmail: "",
    contactPhone: "",
  };
}

async function writtenRows(db: Database) {
  const [t] = await db.select({ n: count() }).from(threads);
  const [m] = await db.select({ n: count() }).from(messages);
  const [i] = await db.select({ n: count() }).from(inmails);
  const [l] = await db.select({ n: count() }).from(creditLedgerEntries);
  return { threads: t?.n, messages: m?.n, inmails: i?.n, ledger: l?.n };
}

async function connectionRows(db: Database, a: string, b: string) {
  const [row] = await db
    .select({ n: count() })
    .from(connections)
    .where(
      or(
        and(eq(connections.memberId, a), eq(connections.connectedMemberId, b)),
        and(eq(connections.memberId, b), eq(connections.connectedMemberId, a)),
      ),
    );
  return row?.n ?? 0;
}

describe("blockMember", () => {
  it("is idempotent: a second block changes nothing and is not an error", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    expect(await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id })).toEqual({
      ok: true,
      alreadyBlocked: false,
    });
    expect(await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id })).toEqual({
      ok: true,
      alreadyBlocked: true,
    });
    const list = await listBlockedMembers(db, { blockerId: blocker.id });
    expect(list.map((m) => m.id)).toEqual([blocked.id]);
    expect(list[0]?.blockedAt).toEqual(at);
    // Only the blocker's list shows it.
    expect(await listBlockedMembers(db, { blockerId: blocked.id })).toEqual([]);
  });

  it("refuses blocking yourself and members that do not exist", async () => {
    const db = testDb();
    const me = await createMember(db);
    expect(await blockMember(db, { blockerId: me.id, blockedId: me.id })).toEqual({
      ok: false,
      reason: "self",
    });
    expect(await blockMember(db, { blockerId: me.id, blockedId: randomUUID() })).toEqual({
      ok: false,
      reason: "member_not_found",
    });
  });

  it("removes the connection (both rows) and ends pending invitations in both directions", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    const other = await createMember(db);
    await connect(db, blocker.id, blocked.id);
    await connect(db, blocker.id, other.id);
    // A pending invitation each way cannot coexist (one pending per pair), so use two pairs of
    // rows over time: one the blocked member sent, one the blocker sent to a third member.
    const [fromBlocked] = await db
      .insert(invitations)
      .values({ inviterId: blocked.id, inviteeId: blocker.id, createdAt: at })
      .returning();
    const [untouched] = await db
      .insert(invitations)
      .values({ inviterId: other.id, inviteeId: blocked.id, createdAt: at })
      .returning();

    await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id });

    expect(await connectionRows(db, blocker.id, blocked.id)).toBe(0);
    expect(await connectionRows(db, blocker.id, other.id)).toBe(2);
    const [ignored] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, String(fromBlocked?.id)));
    expect(ignored).toMatchObject({ status: "ignored", respondedAt: at });
    const [still] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, String(untouched?.id)));
    expect(still?.status).toBe("pending");
  });

  it("withdraws the blocker's own pending invitation to the blocked member", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    const [sent] = await db
      .insert(invitations)
      .values({ inviterId: blocker.id, inviteeId: blocked.id, createdAt: at })
      .returning();
    await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id });
    const [row] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, String(sent?.id)));
    expect(row).toMatchObject({ status: "withdrawn", respondedAt: at });
  });

  it("stops the blocked member from messaging or InMailing the blocker: nothing written, no credit spent", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    await grantCredits(db, blocked.id, 3, { grantedAt: at });
    await connect(db, blocker.id, blocked.id);
    await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id });
    const before = await writtenRows(db);

    expect(await sendInmail(db, { ...inmailDraft(blocker.id), senderId: blocked.id })).toEqual({
      ok: false,
      reason: "blocked",
    });
    expect(
      await sendMessage(db, {
        senderId: blocked.id,
        recipientId: blocker.id,
        body: "Hi",
        idempotencyKey: randomUUID(),
      }),
    ).toEqual({ ok: false, reason: "blocked" });
    // The blocker cannot write to the member they blocked either.
    expect(await sendInmail(db, { ...inmailDraft(blocked.id), senderId: blocker.id })).toEqual({
      ok: false,
      reason: "blocked",
    });

    expect(await writtenRows(db)).toEqual(before);
    expect(await ledgerBalance(db, blocked.id)).toBe(3);
  });
});

describe("unblockMember", () => {
  it("restores the ability to InMail, but not the connection", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    await grantCredits(db, blocked.id, 1, { grantedAt: at });
    await connect(db, blocker.id, blocked.id);
    await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id });

    expect(await unblockMember(db, { blockerId: blocker.id, blockedId: blocked.id })).toEqual({
      unblocked: true,
    });
    expect(await isBlockedEitherWay(db, { a: blocker.id, b: blocked.id })).toBe(false);
    expect(await degreeBetween(db, { viewerId: blocked.id, otherId: blocker.id })).toBeNull();
    const sent = await sendInmail(db, { ...inmailDraft(blocker.id), senderId: blocked.id });
    expect(sent).toMatchObject({ ok: true });
    expect(await ledgerBalance(db, blocked.id)).toBe(0);
    // A second unblock is a no-op.
    expect(await unblockMember(db, { blockerId: blocker.id, blockedId: blocked.id })).toEqual({
      unblocked: false,
    });
  });

  it("only the blocker can lift a block", async () => {
    const db = testDb();
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    await blockMember(db, { blockerId: blocker.id, blockedId: blocked.id });
    // The blocked member "unblocking" the blocker finds no block of theirs to remove.
    expect(await unblockMember(db, { blockerId: blocked.id, blockedId: blocker.id })).toEqual({
      unblocked: false,
    });
    expect(await hasBlocked(db, { blockerId: blocker.id, blockedId: blocked.id })).toBe(true);
    expect(await isBlockedEitherWay(db, { a: blocked.id, b: blocker.id })).toBe(true);
  });
});

describe("concurrent blocks", () => {
  it("ten blocks of the same member at once make one block and all succeed", async () => {
    const db = testDb();
    const blocker = await createMember(db);
    const blocked = await createMember(db);
    await connect(db, blocker.id, blocked.id);
    const pool = connectPostgres(testDatabaseUrl(), { max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          blockMember(pool.db, { blockerId: blocker.id, blockedId: blocked.id }),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(results.filter((r) => r.ok && !r.alreadyBlocked)).toHaveLength(1);
    } finally {
      await pool.close();
    }
    const [row] = await db
      .select({ n: count() })
      .from(blocks)
      .where(eq(blocks.blockerId, blocker.id));
    expect(row?.n).toBe(1);
    expect(await connectionRows(db, blocker.id, blocked.id)).toBe(0);
  });
});
