import { randomBytes } from "node:crypto";
import { and, count, eq, or, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import {
  countPendingInvitations,
  invitationStateBetween,
  listReceivedInvitations,
  listSentInvitations,
  searchConnectionsForMember,
} from "@/db/queries/invitations";
import { connections, invitations } from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { block, connect, createMember } from "@/db/testing/factories";
import { runJobs } from "@/db/testing/jobs";
import { registerMember } from "@/lib/auth/accounts";
import { listCapturedMail } from "@/lib/mail";
import { hashInviteToken } from "./claim-invitations";
import { findEmailInvitationByToken, inviteByEmail } from "./email-invitations";
import {
  acceptInvitation,
  ignoreInvitation,
  inviteMember,
  removeConnection,
  withdrawInvitation,
} from "./invitations";

async function connectionRows(a: string, b: string): Promise<number> {
  const [row] = await testDb()
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

async function pendingBetween(a: string, b: string): Promise<number> {
  const [row] = await testDb()
    .select({ n: count() })
    .from(invitations)
    .where(
      and(
        eq(invitations.status, "pending"),
        or(
          and(eq(invitations.inviterId, a), eq(invitations.inviteeId, b)),
          and(eq(invitations.inviterId, b), eq(invitations.inviteeId, a)),
        ),
      ),
    );
  return row?.n ?? 0;
}

async function statusOf(id: string) {
  const [row] = await testDb().select().from(invitations).where(eq(invitations.id, id));
  return row?.status;
}

/** The token in the sign-up link of the newest mail to `to`. */
async function tokenMailedTo(to: string): Promise<string> {
  await runJobs();
  const [mail] = await listCapturedMail({ to });
  const token = mail?.text.match(/\/sign-up\?invite=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link mailed to ${to}`);
  return token;
}

function memberIdOf(result: Awaited<ReturnType<typeof registerMember>>): string {
  if (!result.ok || !result.memberId) throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  return result.memberId;
}

const freshEmail = () => `new.${randomBytes(4).toString("hex")}@example.org`;

describe("inviting a member", () => {
  it("creates a pending invitation with the note and mails the invitee", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db, { name: "Ada Inviter" }), await createMember(db)];
    const result = await inviteMember(db, { inviterId: a.id, inviteeId: b.id, note: "Hi 👋🏽" });
    expect(result).toMatchObject({ ok: true, outcome: "invited" });
    if (!result.ok) throw new Error("unreachable");
    const [row] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, result.invitationId));
    expect(row).toMatchObject({ status: "pending", note: "Hi 👋🏽", inviteeId: b.id });
    expect(await invitationStateBetween(db, { viewerId: a.id, otherId: b.id })).toEqual({
      kind: "sent",
      invitationId: result.invitationId,
    });
    expect(await invitationStateBetween(db, { viewerId: b.id, otherId: a.id })).toEqual({
      kind: "received",
      invitationId: result.invitationId,
    });
    await runJobs();
    const [mail] = await listCapturedMail({ to: b.email });
    expect(mail?.subject).toBe("Ada Inviter wants to connect with you");
    expect(mail?.text).toContain("Hi 👋🏽");
  });

  it("does not mail a member who turned mail notifications off", async () => {
    const db = testDb();
    const a = await createMember(db);
    const b = await createMember(db, { settings: { emailNotifications: false } });
    expect((await inviteMember(db, { inviterId: a.id, inviteeId: b.id })).ok).toBe(true);
    await runJobs();
    expect(await listCapturedMail({ to: b.email })).toHaveLength(0);
  });

  it("counts the note in user-perceived characters: 300 pass, 301 are refused", async () => {
    const db = testDb();
    const [a, b, c] = [await createMember(db), await createMember(db), await createMember(db)];
    const family = "👨‍👩‍👧‍👦";
    expect(
      (await inviteMember(db, { inviterId: a.id, inviteeId: b.id, note: family.repeat(300) })).ok,
    ).toBe(true);
    expect(
      await inviteMember(db, { inviterId: a.id, inviteeId: c.id, note: family.repeat(301) }),
    ).toEqual({ ok: false, reason: "note_too_long" });
  });

  it("refuses self, unknown members, blocks either way and existing connections", async () => {
    const db = testDb();
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createMember(db)));
    if (!a || !b || !c || !d) throw new Error("members");
    await block(db, b.id, a.id);
    await block(db, a.id, c.id);
    await connect(db, a.id, d.id);
    const refuse = (inviteeId: string) => inviteMember(db, { inviterId: a.id, inviteeId });
    expect(await refuse(a.id)).toEqual({ ok: false, reason: "self" });
    expect(await refuse("00000000-0000-4000-8000-000000000000")).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await refuse(b.id)).toEqual({ ok: false, reason: "blocked" });
    expect(await refuse(c.id)).toEqual({ ok: false, reason: "blocked" });
    expect(await refuse(d.id)).toEqual({ ok: false, reason: "already_connected" });
    const [rows] = await db
      .select({ n: count() })
      .from(invitations)
      .where(eq(invitations.inviterId, a.id));
    expect(rows?.n).toBe(0);
  });

  it("refuses a second pending invitation (a double click) and keeps one", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    expect((await inviteMember(db, { inviterId: a.id, inviteeId: b.id })).ok).toBe(true);
    expect(await inviteMember(db, { inviterId: a.id, inviteeId: b.id })).toEqual({
      ok: false,
      reason: "already_pending",
    });
    expect(await pendingBetween(a.id, b.id)).toBe(1);
  });

  it("inviting someone who invited you accepts their invitation: connected once", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    const first = await inviteMember(db, { inviterId: a.id, inviteeId: b.id });
    const second = await inviteMember(db, { inviterId: b.id, inviteeId: a.id });
    expect(second).toEqual({
      ok: true,
      outcome: "connected",
      invitationId: first.ok ? first.invitationId : "",
    });
    expect(await statusOf(second.ok ? second.invitationId : "")).toBe("accepted");
    expect(await connectionRows(a.id, b.id)).toBe(2);
    expect(await pendingBetween(a.id, b.id)).toBe(0);
  });
});

describe("answering an invitation", () => {
  async function invited() {
    const db = testDb();
    const [a, b, outsider] = [
      await createMember(db),
      await createMember(db),
      await createMember(db),
    ];
    const result = await inviteMember(db, { inviterId: a.id, inviteeId: b.id });
    if (!result.ok) throw new Error("invite failed");
    return { db, a, b, outsider, id: result.invitationId };
  }

  it("accept writes both connection rows; accepting twice changes nothing", async () => {
    const { db, a, b, id } = await invited();
    expect(await acceptInvitation(db, { memberId: b.id, invitationId: id })).toEqual({ ok: true });
    expect(await acceptInvitation(db, { memberId: b.id, invitationId: id })).toEqual({ ok: true });
    expect(await statusOf(id)).toBe("accepted");
    expect(await connectionRows(a.id, b.id)).toBe(2);
    expect(await invitationStateBetween(db, { viewerId: a.id, otherId: b.id })).toEqual({
      kind: "connected",
    });
  });

  it("ignore closes it without a connection; it can no longer be accepted", async () => {
    const { db, a, b, id } = await invited();
    expect(await ignoreInvitation(db, { memberId: b.id, invitationId: id })).toEqual({ ok: true });
    expect(await ignoreInvitation(db, { memberId: b.id, invitationId: id })).toEqual({ ok: true });
    expect(await statusOf(id)).toBe("ignored");
    expect(await acceptInvitation(db, { memberId: b.id, invitationId: id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await connectionRows(a.id, b.id)).toBe(0);
    // The inviter may try again later.
    expect((await inviteMember(db, { inviterId: a.id, inviteeId: b.id })).ok).toBe(true);
  });

  it("withdraw by the inviter closes it; the invitee can no longer accept", async () => {
    const { db, a, b, id } = await invited();
    expect(await withdrawInvitation(db, { memberId: a.id, invitationId: id })).toEqual({
      ok: true,
    });
    expect(await statusOf(id)).toBe("withdrawn");
    expect(await acceptInvitation(db, { memberId: b.id, invitationId: id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await connectionRows(a.id, b.id)).toBe(0);
  });

  it("nobody else can accept, ignore or withdraw it: it is 'not found' for them", async () => {
    const { db, a, b, outsider, id } = await invited();
    const notFound = { ok: false, reason: "not_found" };
    expect(await acceptInvitation(db, { memberId: outsider.id, invitationId: id })).toEqual(
      notFound,
    );
    expect(await ignoreInvitation(db, { memberId: outsider.id, invitationId: id })).toEqual(
      notFound,
    );
    expect(await withdrawInvitation(db, { memberId: outsider.id, invitationId: id })).toEqual(
      notFound,
    );
    // The inviter cannot accept their own invitation, the invitee cannot withdraw it.
    expect(await acceptInvitation(db, { memberId: a.id, invitationId: id })).toEqual(notFound);
    expect(await ignoreInvitation(db, { memberId: a.id, invitationId: id })).toEqual(notFound);
    expect(await withdrawInvitation(db, { memberId: b.id, invitationId: id })).toEqual(notFound);
    expect(await statusOf(id)).toBe("pending");
    expect(await connectionRows(a.id, b.id)).toBe(0);
  });

  it("lists it for both sides and counts it for the invitee", async () => {
    const { db, a, b, id } = await invited();
    expect((await listReceivedInvitations(db, { memberId: b.id })).map((i) => i.id)).toEqual([id]);
    expect((await listSentInvitations(db, { memberId: a.id })).map((i) => i.id)).toEqual([id]);
    expect(await countPendingInvitations(db, { memberId: b.id })).toBe(1);
    expect(await countPendingInvitations(db, { memberId: a.id })).toBe(0);
  });

  it("a block after the invitation hides it and stops the accept", async () => {
    const { db, a, b, id } = await invited();
    await block(db, a.id, b.id);
    expect(await listReceivedInvitations(db, { memberId: b.id })).toEqual([]);
    expect(await listSentInvitations(db, { memberId: a.id })).toEqual([]);
    expect(await countPendingInvitations(db, { memberId: b.id })).toBe(0);
    expect(await acceptInvitation(db, { memberId: b.id, invitationId: id })).toEqual({
      ok: false,
      reason: "blocked",
    });
    expect(await connectionRows(a.id, b.id)).toBe(0);
  });
});

describe("connections", () => {
  it("remove deletes both rows and is idempotent; they can invite each other again", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    await connect(db, a.id, b.id);
    expect(await removeConnection(db, { memberId: b.id, otherId: a.id })).toEqual({
      ok: true,
      removed: true,
    });
    expect(await removeConnection(db, { memberId: b.id, otherId: a.id })).toEqual({
      ok: true,
      removed: false,
    });
    expect(await connectionRows(a.id, b.id)).toBe(0);
    expect((await inviteMember(db, { inviterId: a.id, inviteeId: b.id })).ok).toBe(true);
  });

  it("are searched by name or headline in SQL, scoped to the member", async () => {
    const db = testDb();
    const me = await createMember(db);
    const ada = await createMember(db, { name: "Ada Lovelace" });
    const alan = await createMember(db, { name: "Alan Turing" });
    const stranger = await createMember(db, { name: "Ada Stranger" });
    await connect(db, me.id, ada.id);
    await connect(db, me.id, alan.id);
    const names = async (query: string) =>
      (await searchConnectionsForMember(db, { memberId: me.id, query })).connections
        .map((c) => c.name)
        .sort();
    expect(await names("")).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(await names("ada")).toEqual(["Ada Lovelace"]);
    expect(await names(alan.headline.slice(-8))).toEqual(["Alan Turing"]);
    expect(await names("%")).toEqual([]);
    expect(stranger.id).toBeTruthy();
  });
});

describe("inviting by email", () => {
  it("an address of a member becomes a normal invitation", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    const result = await inviteByEmail(db, { inviterId: a.id, email: b.email.toUpperCase() });
    expect(result).toMatchObject({ ok: true, outcome: "invited" });
    expect(await pendingBetween(a.id, b.id)).toBe(1);
  });

  it("refuses an invalid address and one's own address", async () => {
    const db = testDb();
    const a = await createMember(db);
    expect(await inviteByEmail(db, { inviterId: a.id, email: "not-an-email" })).toEqual({
      ok: false,
      reason: "invalid_email",
    });
    expect(await inviteByEmail(db, { inviterId: a.id, email: a.email })).toEqual({
      ok: false,
      reason: "self",
    });
  });

  it("a non-member gets a mail in the inviter's language with a link; only the hash is stored", async () => {
    const db = testDb();
    const a = await createMember(db, { name: "Greta Klein", locale: "de" });
    const email = freshEmail();
    const result = await inviteByEmail(db, { inviterId: a.id, email, note: "Servus!" });
    expect(result).toMatchObject({ ok: true, outcome: "emailed" });
    await runJobs();
    const [mail] = await listCapturedMail({ to: email });
    expect(mail?.subject).toBe("Greta Klein lädt Sie zu InMail ein");
    expect(mail?.text).toContain("Servus!");
    const token = await tokenMailedTo(email);
    const [row] = await db.select().from(invitations).where(eq(invitations.inviteeEmail, email));
    expect(row?.tokenHash).toBe(hashInviteToken(token));
    expect(row?.tokenHash).not.toContain(token);
    expect(await findEmailInvitationByToken(db, { token })).toEqual({
      inviterName: "Greta Klein",
      email,
    });
    // A second invitation to the same address is refused; one mail only.
    expect(await inviteByEmail(db, { inviterId: a.id, email })).toEqual({
      ok: false,
      reason: "already_pending",
    });
    await runJobs();
    expect(await listCapturedMail({ to: email })).toHaveLength(1);
  });

  it("signing up from the link (with another address) claims it; the token works once", async () => {
    const db = testDb();
    const a = await createMember(db);
    const email = freshEmail();
    await inviteByEmail(db, { inviterId: a.id, email });
    const token = await tokenMailedTo(email);
    const joined = await registerMember(db, {
      name: "New Person",
      email: freshEmail(),
      password: "correct horse battery staple 42",
      inviteToken: token,
    });
    if (!joined.ok) throw new Error("sign-up failed");
    expect(
      await invitationStateBetween(db, { viewerId: memberIdOf(joined), otherId: a.id }),
    ).toEqual(expect.objectContaining({ kind: "received" }));
    expect(await findEmailInvitationByToken(db, { token })).toBeNull();
    // The same link again claims nothing for a second account.
    const second = await registerMember(db, {
      name: "Someone Else",
      email: freshEmail(),
      password: "correct horse battery staple 42",
      inviteToken: token,
    });
    if (!second.ok) throw new Error("sign-up failed");
    expect(
      await invitationStateBetween(db, { viewerId: memberIdOf(second), otherId: a.id }),
    ).toEqual({ kind: "none" });
  });

  it("signing up with the invited address without the link claims every invitation to it", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    const email = freshEmail();
    await inviteByEmail(db, { inviterId: a.id, email, note: "From Ada" });
    await inviteByEmail(db, { inviterId: b.id, email });
    const joined = await registerMember(db, {
      name: "Late Joiner",
      email: email.toUpperCase(),
      password: "correct horse battery staple 42",
    });
    if (!joined.ok) throw new Error("sign-up failed");
    const id = memberIdOf(joined);
    const fromA = await invitationStateBetween(db, { viewerId: id, otherId: a.id });
    expect(fromA.kind).toBe("received");
    expect((await invitationStateBetween(db, { viewerId: id, otherId: b.id })).kind).toBe(
      "received",
    );
    // Now a normal invitation: the new member accepts it and they are connected.
    if (fromA.kind !== "received") throw new Error("unreachable");
    expect(await acceptInvitation(db, { memberId: id, invitationId: fromA.invitationId })).toEqual({
      ok: true,
    });
    expect(await connectionRows(a.id, id)).toBe(2);
  });

  it("a withdrawn email invitation's link no longer works and is not claimed", async () => {
    const db = testDb();
    const a = await createMember(db);
    const email = freshEmail();
    const sent = await inviteByEmail(db, { inviterId: a.id, email });
    if (!sent.ok) throw new Error("invite failed");
    const token = await tokenMailedTo(email);
    expect(
      await withdrawInvitation(db, { memberId: a.id, invitationId: sent.invitationId }),
    ).toEqual({ ok: true });
    expect(await findEmailInvitationByToken(db, { token })).toBeNull();
    const joined = await registerMember(db, {
      name: "Too Late",
      email,
      password: "correct horse battery staple 42",
      inviteToken: token,
    });
    if (!joined.ok) throw new Error("sign-up failed");
    expect(
      await invitationStateBetween(db, { viewerId: memberIdOf(joined), otherId: a.id }),
    ).toEqual({ kind: "none" });
  });
});

describe("races (PostgreSQL)", () => {
  it("two members inviting each other at once end up connected exactly once, nothing pending", async () => {
    const db = testDb();
    const pool = connectPostgres(testDatabaseUrl(), { max: 10 });
    try {
      for (let round = 0; round < 20; round++) {
        const [a, b] = [await createMember(db), await createMember(db)];
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            i % 2
              ? inviteMember(pool.db, { inviterId: b.id, inviteeId: a.id })
              : inviteMember(pool.db, { inviterId: a.id, inviteeId: b.id }),
          ),
        );
        expect(results.filter((r) => r.ok && r.outcome === "invited")).toHaveLength(1);
        expect(await connectionRows(a.id, b.id)).toBe(2);
        expect(await pendingBetween(a.id, b.id)).toBe(0);
      }
    } finally {
      await pool.close();
    }
  });

  it("ten concurrent clicks on Connect leave one pending invitation", async () => {
    const db = testDb();
    const [a, b] = [await createMember(db), await createMember(db)];
    const pool = connectPostgres(testDatabaseUrl(), { max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          inviteMember(pool.db, { inviterId: a.id, inviteeId: b.id }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "already_pending")).toHaveLength(9);
    } finally {
      await pool.close();
    }
    expect(await pendingBetween(a.id, b.id)).toBe(1);
  });
});

describe("connections page by page", () => {
  it("lists every connection exactly once, newest first, 20 at a time", async () => {
    const db = testDb();
    const me = await createMember(db, { name: "Paula Pager" });
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) {
      const other = await createMember(db, { name: `Connection ${String(i).padStart(2, "0")}` });
      await connect(db, me.id, other.id);
      ids.push(other.id);
    }
    // Some connected in the same instant: the member id breaks the tie.
    await db.execute(
      sql`update connections set created_at = timestamptz '2026-06-01' where member_id = ${me.id}
          and connected_member_id in (select connected_member_id from connections
            where member_id = ${me.id} order by connected_member_id limit 10)`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await searchConnectionsForMember(db, { memberId: me.id, after });
      expect(page.connections.length).toBeLessThanOrEqual(20);
      seen.push(...page.connections.map((c) => c.id));
      after = page.next;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(45);
    expect([...seen].sort()).toEqual([...ids].sort());
    // A cursor that is not one of ours starts from the top.
    const bogus = await searchConnectionsForMember(db, { memberId: me.id, after: "nope" });
    expect(bogus.connections.map((c) => c.id)).toEqual(seen.slice(0, 20));
  });
});
