import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publicMemberColumns } from "@/db/queries/members";
import { members, rateLimitRules } from "@/db/schema";
import { upsertPlans } from "@/db/seed/plans";
import { testDb } from "@/db/testing";
import { connect, createMember, grantCredits } from "@/db/testing/factories";
import { authorizeCredentials } from "@/lib/auth";
import type { CurrentMember } from "@/lib/auth/session";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { log } from "@/lib/log";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { forgetRateLimitRules } from "@/lib/rate-limit";
import { signInSchema } from "@/lib/validation/auth";
import { type Caller, setActionEnvironmentForTests } from "./environment";
import { ACTION_FIELDS as ACTIONS } from "./inventory";
import type { ActionState } from "./state";

// Every exported server action, driven with hostile input through its real pipeline (bounds,
// rate limits, schema, service) on a real database: each call must answer with a value — ok,
// field errors or a sentence — or a redirect, never throw and never fall into "unexpected"
// (which is what a 500 would have been). Afterwards nothing may be half-written.

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

/** Thrown like Next's redirect() (same digest), so the action client lets it pass. */
class Redirected extends Error {
  readonly digest: string;
  constructor(readonly url: string) {
    super(`redirect ${url}`);
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}

type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** These two hand over to Auth.js, which needs a live request: their schema and service instead. */
const NEEDS_A_REQUEST = new Set(["signInAction", "signOutAction"]);

function serverActionFiles(dir = "app"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...serverActionFiles(full));
    else if (/\.tsx?$/.test(entry) && /^["']use server["']/m.test(readFileSync(full, "utf8"))) {
      out.push(full.split(path.sep).join("/"));
    }
  }
  return out;
}

const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202e\u202dreversed",
  "\u0007\u001b[31mred",
  `a${"\u0301".repeat(60_000)}`,
  "x".repeat(1_000_000),
  "😀".repeat(100_000),
  "1e308",
  "-1",
  "-99999999999999999999",
  "NaN",
  "Infinity",
  "0x10",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "'; drop table members; --",
  "../../../etc/passwd",
  "on",
  "true",
];

interface World {
  member: CurrentMember;
  other: string;
  threadId: string;
  sessionId: string;
}

let world: World;

function valueFor(field: string): fc.Arbitrary<string> {
  const makers: Record<string, Array<() => string>> = {
    memberId: [() => world.other],
    inviteeId: [() => world.other],
    recipientId: [() => world.other],
    threadId: [() => world.threadId],
    sessionId: [() => world.sessionId],
    idempotencyKey: [() => randomUUID()],
    locale: [() => "de"],
    category: [() => "career_opportunity"],
    answer: [() => "interested", () => "not_interested"],
    planId: [() => "premium_career"],
    currency: [() => "usd"],
    credits: [() => "3"],
    email: [() => `fuzz.${randomUUID().slice(0, 6)}@example.com`],
    days: [() => "1"],
  };
  const plausible = makers[field]?.map((make) => make()) ?? ["hello", "Hello 👋🏽 world"];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.constantFrom(...plausible) },
    { weight: 1, arbitrary: fc.constant(randomUUID()) },
    { weight: 2, arbitrary: fc.string({ maxLength: 400, unit: "binary" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100, unit: "grapheme" }) },
  );
}

/** Form entries (shown readably when a property fails), turned into FormData by `toForm`. */
function formOf(fields: string[]): fc.Arbitrary<[string, string][]> {
  return fc
    .tuple(
      fc.tuple(...fields.map((f) => fc.option(valueFor(f), { nil: undefined, freq: 5 }))),
      fc.array(
        fc.tuple(
          fc.constantFrom("__proto__", "constructor", "prototype", "$ACTION_ID_x", "memberId", "x"),
          fc.constantFrom(...HOSTILE.slice(0, 12)),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([values, extra]) => {
      const entries: [string, string][] = [];
      fields.forEach((field, i) => {
        const value = values[i];
        if (value !== undefined) entries.push([field, value]);
      });
      return [...entries, ...extra];
    });
}

function toForm(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

async function loadMember(id: string): Promise<CurrentMember> {
  const [row] = await testDb()
    .select({
      ...publicMemberColumns,
      email: members.email,
      emailVerifiedAt: members.emailVerifiedAt,
      timeZone: members.timeZone,
      photoId: members.photoId,
      onboardedAt: members.onboardedAt,
    })
    .from(members)
    .where(eq(members.id, id));
  if (!row) throw new Error("member missing");
  return row;
}

function useCaller(caller: Partial<Caller>) {
  const recorded: string[] = [];
  setActionEnvironmentForTests({
    caller: async () => ({
      member: null,
      sessionId: null,
      clientAddress: "203.0.113.7",
      locale: "en",
      ...caller,
    }),
    revalidate: (p) => {
      recorded.push(p);
    },
    redirect: (url) => {
      throw new Redirected(url);
    },
    setCookie: async () => {},
  });
  return recorded;
}

/** A failing run, with long values cut so the report stays readable. */
function shortReport<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const shown = JSON.stringify(details.counterexample, (_k, v) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} units)` : v,
  );
  throw new Error(`counterexample ${shown}: ${String(details.errorInstance).slice(0, 2000)}`);
}

/** Calls the action and says what came back; only a thrown error other than a redirect fails. */
async function answerOf(action: Action, form: FormData): Promise<string> {
  const logged = vi.spyOn(log, "error");
  try {
    const state = await action(null, form);
    expect(state, "an action answers with a state").toBeTypeOf("object");
    if (state && !state.ok) {
      const cause = logged.mock.calls
        .map((c) => String((c[0] as { err?: unknown })?.err))
        .join("; ");
      expect(state.formError, `no unexpected errors (${cause})`).not.toBe("errors.unexpected");
      return state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? "refused";
    }
    return "ok";
  } catch (error) {
    if (error instanceof Redirected) return "redirect";
    throw error;
  } finally {
    logged.mockRestore();
  }
}

beforeAll(async () => {
  const db = testDb();
  await upsertPlans(db);
  // Let every call reach its schema and service (the limits themselves are tested elsewhere).
  await db.update(rateLimitRules).set({ points: 1_000_000 });
  forgetRateLimitRules(db);
  const me = await createMember(db, { name: "Fuzz Caller" });
  const other = await createMember(db, { name: "Fuzz Other" });
  const friend = await createMember(db, { name: "Fuzz Friend" });
  await connect(db, me.id, friend.id);
  await grantCredits(db, me.id, 50);
  await grantCredits(db, other.id, 1);
  const sent = await sendInmail(db, {
    senderId: other.id,
    recipientId: me.id,
    idempotencyKey: randomUUID(),
    subject: "A role",
    body: "Interested?",
    category: "career_opportunity",
    contactEmail: "",
    contactPhone: "",
  });
  if (!sent.ok) throw new Error(sent.reason);
  const sessionId = await createSession(db, { memberId: me.id, userAgent: "fuzz" });
  world = { member: await loadMember(me.id), other: other.id, threadId: sent.threadId, sessionId };
});

afterAll(() => setActionEnvironmentForTests(null));

describe("every server action under hostile input", () => {
  it("the table below names every exported server action in app/", async () => {
    const files = serverActionFiles().sort();
    expect(files).toEqual(Object.keys(ACTIONS).sort());
    for (const file of files) {
      const module = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
      const exported = Object.keys(module).filter((k) => typeof module[k] === "function");
      expect(exported.sort(), file).toEqual(Object.keys(ACTIONS[file] ?? {}).sort());
    }
  });

  for (const [file, actions] of Object.entries(ACTIONS)) {
    for (const [name, fields] of Object.entries(actions)) {
      if (NEEDS_A_REQUEST.has(name)) continue;
      it(`${name} (${file}) answers with a value, signed in and signed out`, async () => {
        const module = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, Action>;
        const action = module[name];
        if (!action) throw new Error(`${name} not exported by ${file}`);
        await fc.assert(
          fc.asyncProperty(formOf(fields), fc.boolean(), async (entries, signedIn) => {
            // Refresh the caller from the database: a fuzzed action may have changed it.
            useCaller(
              signedIn
                ? {
                    member: await loadMember(world.member.id),
                    sessionId: world.sessionId,
                  }
                : {},
            );
            await answerOf(action, toForm(entries));
          }),
          { numRuns: RUNS, reporter: shortReport },
        );
      });
    }
  }

  it("every field of every action, 1 MB long, is refused by its size — never counted", async () => {
    // A field that reached the character counter unbounded would throw (UnboundedTextError) and
    // come back as "unexpected"; every one of them must be refused with a field error instead.
    const huge = "x".repeat(1_000_000);
    useCaller({ member: await loadMember(world.member.id), sessionId: world.sessionId });
    for (const [file, actions] of Object.entries(ACTIONS)) {
      const module = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, Action>;
      for (const [name, fields] of Object.entries(actions)) {
        if (NEEDS_A_REQUEST.has(name) || fields.length === 0) continue;
        const action = module[name];
        if (!action) throw new Error(`${name} missing`);
        for (const field of new Set(fields)) {
          const form = toForm(
            fields.map((f) => [f, f === field ? huge : "hello"] as [string, string]),
          );
          const answer = await answerOf(action, form);
          expect(answer, `${name}.${field}`).not.toBe("ok");
        }
      }
    }
  });

  it("sign-in's schema and credentials check answer with a value", async () => {
    await fc.assert(
      fc.asyncProperty(formOf(["email", "password"]), async (entries) => {
        const raw = Object.fromEntries(entries);
        signInSchema.safeParse(raw);
        const request = new Request("http://localhost/api/auth/callback/credentials", {
          headers: { "x-inmail-peer-address": "203.0.113.9" },
        });
        try {
          const member = await authorizeCredentials(raw, request);
          expect(member === null || typeof member === "object").toBe(true);
        } catch (error) {
          // Too many failures from this address is an answer too.
          expect((error as { code?: string }).code ?? "").toMatch(/^rate_limited:\d+$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("sign-out's service takes any session id and ends at most the caller's", async () => {
    await fc.assert(
      fc.asyncProperty(valueFor("sessionId"), async (sessionId) => {
        if (sessionId === world.sessionId) return;
        await revokeSession(testDb(), { sessionId, memberId: world.member.id });
      }),
      { numRuns: RUNS },
    );
  });

  it("left nothing half-written: ledgers add up, threads are whole", async () => {
    const db = testDb();
    const [ledger] = await db.execute<{ bad: number }>(sql`
      select count(*)::int as bad from (
        select m.id,
          coalesce((select sum(delta) from credit_ledger_entries l where l.member_id = m.id), 0) as ledger,
          coalesce((select sum(remaining) from credit_grants g where g.member_id = m.id), 0) as grants
        from members m
      ) t where ledger <> grants or ledger < 0`);
    expect(ledger?.bad).toBe(0);
    const [threads] = await db.execute<{ bad: number }>(sql`
      select count(*)::int as bad from threads t
      where not exists (select 1 from messages m where m.thread_id = t.id)
         or (select count(*) from thread_participants p where p.thread_id = t.id) < 2`);
    expect(threads?.bad).toBe(0);
    const [inmails] = await db.execute<{ bad: number }>(sql`
      select count(*)::int as bad from inmails i
      where not exists (select 1 from threads t where t.id = i.thread_id and t.kind = 'inmail')`);
    expect(inmails?.bad).toBe(0);
  });
});
