import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb, testDbHandle } from "@/db/testing";
import { isCommonPassword, verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { rowsOf } from "../sql";
import { seedDemoData } from "./demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey, demoAccount } from "./demo-accounts";
import { demoDataDecision, seedDemoDataIfWanted } from "./on-start";
import { PLANS } from "./plans";
import { emptyAllTables } from "./reset";

const MEMBERS = 300;

/** What a person looking at the data would notice: who exists and how connected they are. */
async function snapshot() {
  return rowsOf<{ email: string; name: string; handle: string; connections: number }>(
    testDb(),
    sql`select m.email, m.name, m.handle,
          (select count(*)::int from connections c where c.member_id = m.id) as connections
        from members m order by m.email`,
  );
}

async function idOf(key: DemoAccountKey): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    testDb(),
    sql`select id from members where email = ${demoAccount(key).email}`,
  );
  if (!row) throw new Error(`demo account ${key} not seeded`);
  return row.id;
}

/** Breadth-first distances from one member over the connection rows (undefined = unreachable). */
async function degreesFrom(memberId: string): Promise<Map<string, number>> {
  const rows = await rowsOf<{ a: string; b: string }>(
    testDb(),
    sql`select member_id as a, connected_member_id as b from connections`,
  );
  const neighbours = new Map<string, string[]>();
  for (const { a, b } of rows) neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  const degree = new Map([[memberId, 0]]);
  let frontier = [memberId];
  for (let d = 1; d <= 3; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (degree.has(other)) continue;
        degree.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return degree;
}

let firstRun: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  await seedDemoData(testDb(), { members: MEMBERS });
  firstRun = await snapshot();
  await emptyAllTables(testDb());
  await seedDemoData(testDb(), { members: MEMBERS });
}, 60_000);

describe("seedDemoData", () => {
  it("writes the same members and graph every time", async () => {
    expect(firstRun).toHaveLength(MEMBERS);
    expect(await snapshot()).toEqual(firstRun);
    expect(new Set(firstRun.map((m) => m.email)).size).toBe(MEMBERS);
    expect(firstRun.some((m) => /[äöüßàèéìòù]/i.test(m.name))).toBe(true);
  });

  it("seeds the demo accounts with the documented password", async () => {
    expect(isCommonPassword(DEMO_PASSWORD)).toBe(false);
    for (const account of DEMO_ACCOUNTS) {
      const [row] = await rowsOf<{ password_hash: string; name: string; plan: string | null }>(
        testDb(),
        sql`select m.password_hash, m.name,
              (select plan_id from subscriptions s where s.member_id = m.id and s.status = 'active') as plan
            from members m where m.email = ${account.email}`,
      );
      expect(row?.name).toBe(account.name);
      expect(row?.plan ?? "basic").toBe(account.planId);
      expect(await verifyPassword(row?.password_hash ?? "", DEMO_PASSWORD)).toBe(true);
    }
  });

  it("keeps every balance equal to its ledger and never negative", async () => {
    const rows = await rowsOf<{ member_id: string; ledger: number; open: number }>(
      testDb(),
      sql`select m.id as member_id,
            coalesce((select sum(delta) from credit_ledger_entries l where l.member_id = m.id), 0)::int as ledger,
            coalesce((select sum(remaining) from credit_grants g
                      where g.member_id = m.id and g.closed_at is null), 0)::int as open
          from members m`,
    );
    expect(rows.filter((r) => r.ledger !== r.open)).toEqual([]);
    expect(rows.filter((r) => r.ledger < 0)).toEqual([]);
    expect(rows.filter((r) => r.ledger > 0).length).toBeGreaterThan(MEMBERS * 0.15);
    const [balance] = await rowsOf<{ sum: number }>(
      testDb(),
      sql`select sum(delta)::int as sum from credit_ledger_entries where member_id = ${await idOf("premium")}`,
    );
    // Two monthly grants of 15, one answered InMail spent, one refunded (spent, then returned).
    expect(balance?.sum).toBe(29);
  });

  it("pays for every non-free InMail with exactly one spend, and keeps the InMail rules", async () => {
    const broken = await rowsOf<{ id: string; problem: string }>(
      testDb(),
      sql`select i.id, 'spends' as problem from inmails i
            where (select count(*) from credit_ledger_entries l
                   where l.inmail_id = i.id and l.kind = 'spend') <> case when i.free then 0 else 1 end
          union all select i.id, 'connected' from inmails i
            join connections c on c.member_id = i.sender_id and c.connected_member_id = i.recipient_id
          union all select i.id, 'opted out' from inmails i
            join communication_settings s on s.member_id = i.recipient_id and not s.accepts_inmail
          union all select i.id, 'overdue' from inmails i
            where i.status = 'awaiting_answer' and i.refund_due_at <= ${now().toISOString()}::timestamptz`,
    );
    expect(broken).toEqual([]);
  });

  it("stores each connection in both directions", async () => {
    const [row] = await rowsOf<{ one_way: number; total: number }>(
      testDb(),
      sql`select count(*)::int as total,
            count(*) filter (where not exists (select 1 from connections d
              where d.member_id = c.connected_member_id and d.connected_member_id = c.member_id))::int as one_way
          from connections c`,
    );
    expect(row?.one_way).toBe(0);
    expect(row?.total).toBeGreaterThan(MEMBERS * 5);
  });

  it("places Marco at 2nd degree of Sophie, Emily out of her 1st, and 3rd-degree members exist", async () => {
    const degree = await degreesFrom(await idOf("premium"));
    expect(degree.get(await idOf("basic"))).toBe(2);
    expect(degree.get(await idOf("optout"))).not.toBe(1);
    expect(degree.get(await idOf("recruiter"))).toBe(1);
    const counts = [1, 2, 3].map((d) => [...degree.values()].filter((v) => v === d).length);
    expect(counts[0]).toBeGreaterThanOrEqual(3);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(0);
    expect(degree.size).toBeLessThan(MEMBERS);
  });

  it("applies the demo accounts' communication settings and block", async () => {
    const settings = await rowsOf<{ email: string; accepts_inmail: boolean; categories: number }>(
      testDb(),
      sql`select m.email, s.accepts_inmail, cardinality(s.interest_categories) as categories
          from communication_settings s join members m on m.id = s.member_id
          where m.email in (${demoAccount("optout").email}, ${demoAccount("basic").email})`,
    );
    expect(settings.find((s) => s.email === demoAccount("optout").email)?.accepts_inmail).toBe(
      false,
    );
    const marco = settings.find((s) => s.email === demoAccount("basic").email);
    expect(marco?.accepts_inmail).toBe(true);
    expect(marco?.categories).toBeGreaterThan(0);
    const blocks = await rowsOf<{ n: number }>(
      testDb(),
      sql`select count(*)::int as n from blocks
          where blocker_id = ${await idOf("blocker")} and blocked_id = ${await idOf("premium")}`,
    );
    expect(blocks[0]?.n).toBe(1);
  });

  it("fills the inboxes the demo relies on", async () => {
    const marco = await idOf("basic");
    const [unread] = await rowsOf<{ n: number }>(
      testDb(),
      sql`select count(*)::int as n from inmails i
          join threads t on t.id = i.thread_id
          join thread_participants p on p.thread_id = t.id and p.member_id = i.recipient_id
          where i.recipient_id = ${marco} and i.status = 'awaiting_answer'
            and (p.last_read_at is null or p.last_read_at < t.last_message_at)`,
    );
    expect(unread?.n).toBe(1);
    const [threads] = await rowsOf<{ n: number; to_marco: number; answered_by_sophie: number }>(
      testDb(),
      sql`select (select count(*)::int from threads) as n,
            (select count(*)::int from inmails where recipient_id = ${marco}) as to_marco,
            (select count(*)::int from inmails where sender_id = ${await idOf("premium")}
               and status = 'answered') as answered_by_sophie`,
    );
    expect(threads).toEqual({ n: 40, to_marco: 2, answered_by_sophie: 1 });
  });

  it("leaves pending invitations between 2nd-degree members, some for Sophie and Marco", async () => {
    const sophie = await idOf("premium");
    const marco = await idOf("basic");
    const rows = await rowsOf<{ inviter: string; invitee: string; connected: boolean }>(
      testDb(),
      sql`select i.inviter_id as inviter, i.invitee_id as invitee,
            exists (select 1 from connections c
              where c.member_id = i.inviter_id and c.connected_member_id = i.invitee_id) as connected
          from invitations i where i.status = 'pending'`,
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.invitee === sophie)).toHaveLength(2);
    expect(rows.filter((r) => r.inviter === sophie)).toHaveLength(1);
    expect(rows.filter((r) => r.invitee === marco)).toHaveLength(1);
    const fromSophie = await degreesFrom(sophie);
    for (const r of rows.filter((x) => x.inviter === sophie || x.invitee === sophie)) {
      expect(fromSophie.get(r.inviter === sophie ? r.invitee : r.inviter)).toBe(2);
    }
    expect(rows.some((r) => r.connected)).toBe(false);
    const pairs = rows.map((r) => [r.inviter, r.invitee].sort().join(":"));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("upserts the plans and the credit pack price", async () => {
    const plans = await rowsOf<{ id: string; monthly_credits: number; credit_cap: number }>(
      testDb(),
      sql`select id, monthly_credits, credit_cap from plans order by sort_order`,
    );
    expect(plans).toEqual(
      PLANS.map((p) => ({ id: p.id, monthly_credits: p.monthlyCredits, credit_cap: p.creditCap })),
    );
  });
});

describe("seedDemoDataIfWanted", () => {
  it("follows DEMO_DATA: off never, on always, auto outside production", () => {
    expect(demoDataDecision("off", "development")).toBe("off");
    expect(demoDataDecision("on", "production")).toBe("seed");
    expect(demoDataDecision("auto", "production")).toBe("production");
    expect(demoDataDecision("auto", "development")).toBe("seed");
  });

  it("a reset keeps the configuration the migrations wrote (policy, rate-limit rules)", async () => {
    await emptyAllTables(testDb());
    const [row] = await rowsOf<{ policy: number; rules: number }>(
      testDb(),
      sql`select (select count(*)::int from inmail_policy) as policy,
                 (select count(*)::int from rate_limit_rules) as rules`,
    );
    expect(row?.policy).toBe(1);
    expect(row?.rules).toBeGreaterThan(3);
  });

  it("leaves the database alone when DEMO_DATA is off (the test setting)", async () => {
    await emptyAllTables(testDb());
    await seedDemoDataIfWanted(testDbHandle());
    const [row] = await rowsOf<{ n: number }>(
      testDb(),
      sql`select count(*)::int as n from members`,
    );
    expect(row?.n).toBe(0);
  });
});
