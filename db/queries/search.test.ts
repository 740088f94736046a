import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  blocks,
  communicationSettings,
  connections,
  members,
  plans,
  subscriptions,
} from "@/db/schema";
import { testDb } from "@/db/testing";
import {
  countSearchMatches,
  decodeCursor,
  encodeCursor,
  listIndustries,
  SEARCH_COUNT_CAP,
  searchMembers,
} from "./search";

type Profile = {
  name: string;
  headline?: string;
  title?: string;
  company?: string;
  location?: string;
  industry?: string;
  acceptsInmail?: boolean;
};

async function member(profile: Profile) {
  const suffix = randomBytes(4).toString("hex");
  const [row] = await testDb()
    .insert(members)
    .values({
      handle: `${profile.name.toLowerCase().replace(/\W+/g, "-")}-${suffix}`,
      email: `m.${suffix}@example.com`,
      passwordHash: "not-a-real-hash",
      ...profile,
    })
    .returning({ id: members.id, name: members.name, handle: members.handle });
  if (!row) throw new Error("member insert failed");
  await testDb()
    .insert(communicationSettings)
    .values({ memberId: row.id, acceptsInmail: profile.acceptsInmail ?? true });
  return row;
}

async function connect(a: string, b: string) {
  await testDb()
    .insert(connections)
    .values([
      { memberId: a, connectedMemberId: b },
      { memberId: b, connectedMemberId: a },
    ]);
}

let viewer: { id: string };
const people: Record<string, { id: string; name: string; handle: string }> = {};

const search = (params: Omit<Parameters<typeof searchMembers>[1], "viewerId">) =>
  searchMembers(testDb(), { viewerId: viewer.id, ...params });
const names = (results: { name: string }[]) => results.map((r) => r.name);

beforeAll(async () => {
  viewer = await member({ name: "Sophie Viewer", location: "Munich", industry: "Software" });
  const profiles: Record<string, Profile> = {
    sophie: {
      name: "Sophie Becker",
      title: "Head of Talent",
      company: "Nordlicht Analytics",
      location: "Munich, Germany",
      industry: "Software",
    },
    sophia: { name: "Sophia Beckmann", location: "Vienna, Austria", industry: "Finance" },
    sophiaOther: { name: "Sophia Lorenz", location: "Graz, Austria", industry: "Finance" },
    anna: {
      name: "Anna Schmidt",
      headline: "Ten years at Becker Logistik",
      location: "Hamburg, Germany",
      industry: "Logistics",
    },
    rossini: { name: "Marco Rossini", location: "Rome, Italy" },
    marco: {
      name: "Marco Rossi",
      title: "Production Engineer",
      company: "Officine Brambilla",
      location: "Milan, Italy",
      industry: "Manufacturing",
    },
    emily: { name: "Emily Clarke", location: "London", industry: "Finance", acceptsInmail: false },
    lukas: { name: "Lukas Hoffmann", location: "Berlin", industry: "Software" },
    lena: { name: "Lena Hoffmann", location: "Berlin", industry: "Software" },
    leo: { name: "Leo Hoffmann", location: "Bremen", industry: "Software" },
    tobias: { name: "Tobias Wagner", location: "Hamburg", industry: "Logistics" },
    tina: { name: "Tina Wagner", location: "Hamburg", industry: "Logistics" },
    tom: { name: "Tom Wagner", location: "Hamburg", industry: "Logistics" },
    percent: { name: "Percy Literal", location: "100% remote_first" },
  };
  for (const [key, profile] of Object.entries(profiles)) people[key] = await member(profile);
  const id = (key: string) => people[key]?.id ?? "";

  await connect(viewer.id, id("lukas"));
  await connect(id("lukas"), id("lena"));
  // Blocks hide a member whichever side blocked.
  await testDb()
    .insert(blocks)
    .values([
      { blockerId: id("tobias"), blockedId: viewer.id },
      { blockerId: viewer.id, blockedId: id("tina") },
    ]);
  await testDb()
    .insert(plans)
    .values([
      {
        id: "test_business",
        name: "Test Business",
        monthlyCredits: 15,
        creditCap: 45,
        priceCents: 100,
        isPremium: true,
      },
      {
        id: "test_basic",
        name: "Test Basic",
        monthlyCredits: 0,
        creditCap: 0,
        priceCents: 0,
        isPremium: false,
      },
    ]);
  await testDb()
    .insert(subscriptions)
    .values([
      { memberId: id("sophie"), planId: "test_business", startedAt: new Date() },
      { memberId: id("marco"), planId: "test_basic", startedAt: new Date() },
      {
        memberId: id("lukas"),
        planId: "test_business",
        status: "cancelled",
        startedAt: new Date(),
        cancelledAt: new Date(),
      },
    ]);
});

describe("searchMembers", () => {
  it("matches the words of the query as prefixes", async () => {
    expect(names((await search({ q: "soph" })).results).sort()).toEqual([
      "Sophia Beckmann",
      "Sophia Lorenz",
      "Sophie Becker",
    ]);
    expect(names((await search({ q: "Marc" })).results).sort()).toEqual([
      "Marco Rossi",
      "Marco Rossini",
    ]);
  });

  it("needs every word of a multi-word query, in any field", async () => {
    expect(names((await search({ q: "soph beck" })).results).sort()).toEqual([
      "Sophia Beckmann",
      "Sophie Becker",
    ]);
    // A near-miss name may follow as a possible typo, never before the exact one.
    const sophieBecker = names((await search({ q: "sophie becker" })).results);
    expect(sophieBecker[0]).toBe("Sophie Becker");
    expect(sophieBecker).not.toContain("Sophia Lorenz");
    expect(names((await search({ q: "marco brambilla" })).results)).toEqual(["Marco Rossi"]);
    expect(names((await search({ q: "talent nordlicht" })).results)).toEqual(["Sophie Becker"]);
  });

  it("ranks a match in the name above a match in the headline", async () => {
    const { results } = await search({ q: "becker" });
    expect(names(results)).toEqual(["Sophie Becker", "Anna Schmidt"]);
  });

  it("ranks in tiers: the name itself, name words, typos and parts of names, title or company, headline", async () => {
    // Alphabetically the headline and title matches would come first.
    const tiered = [
      await member({ name: "Tierword" }),
      await member({ name: "Zed Tierword" }),
      await member({ name: "Atierwordy Case" }),
      await member({ name: "Aaron Dee", title: "Tierword specialist" }),
      await member({ name: "Aaron Eee", headline: "Loves tierword" }),
    ];
    const whole = await search({ q: "tierword" });
    expect(names(whole.results)).toEqual(tiered.map((m) => m.name));
    // Paged two at a time, across tiers: the same order, each member once.
    const paged: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await search({ q: "tierword", limit: 2, after });
      paged.push(...names(page.results));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(paged).toEqual(tiered.map((m) => m.name));
  });

  it("folds accents and umlauts both ways", async () => {
    const zoe = await member({ name: "Zoë Müllerhaus", title: "Señor Designer" });
    const frank = await member({ name: "Frank Forsterling" });
    expect(names((await search({ q: "mullerhaus" })).results)).toEqual([zoe.name]);
    expect(names((await search({ q: "Müllerhaus" })).results)).toEqual([zoe.name]);
    expect(names((await search({ q: "Försterling" })).results)).toEqual([frank.name]);
    expect(names((await search({ q: "senor designer" })).results)).toEqual([zoe.name]);
    // The exact name, accents aside, comes first; a part of a name matches too.
    expect(names((await search({ q: "zoe mullerhaus" })).results)[0]).toBe(zoe.name);
    expect(names((await search({ q: "ullerha" })).results)).toEqual([zoe.name]);
  });

  it("ranks the closest name first among equal full-text matches", async () => {
    expect(names((await search({ q: "marco rossi" })).results)).toEqual([
      "Marco Rossi",
      "Marco Rossini",
    ]);
  });

  it("finds misspelt and partial names through trigrams", async () => {
    expect(names((await search({ q: "Sophie Bekcer" })).results)).toContain("Sophie Becker");
    expect(names((await search({ q: "offman" })).results).sort()).toEqual([
      "Lena Hoffmann",
      "Leo Hoffmann",
      "Lukas Hoffmann",
    ]);
  });

  it("filters by location (contains, any case) and by industry (exact)", async () => {
    expect(names((await search({ location: "germany" })).results)).toEqual([
      "Anna Schmidt",
      "Sophie Becker",
    ]);
    expect(names((await search({ q: "soph", location: "AUSTRIA" })).results).sort()).toEqual([
      "Sophia Beckmann",
      "Sophia Lorenz",
    ]);
    expect(names((await search({ industry: "Finance" })).results)).toEqual([
      "Emily Clarke",
      "Sophia Beckmann",
      "Sophia Lorenz",
    ]);
    expect(names((await search({ q: "soph", industry: "Finance" })).results).sort()).toEqual([
      "Sophia Beckmann",
      "Sophia Lorenz",
    ]);
    expect((await search({ industry: "Fin" })).results).toEqual([]);
  });

  it("treats LIKE wildcards in the location literally", async () => {
    expect(names((await search({ location: "%" })).results)).toEqual(["Percy Literal"]);
    expect(names((await search({ location: "_first" })).results)).toEqual(["Percy Literal"]);
    expect((await search({ location: "100_" })).results).toEqual([]);
  });

  it("never shows the viewer or anyone on either side of a block", async () => {
    expect(names((await search({ q: "sophie" })).results)).toEqual(["Sophie Becker"]);
    expect(names((await search({ q: "wagner" })).results)).toEqual(["Tom Wagner"]);
    expect(names((await search({ location: "hamburg" })).results)).toEqual([
      "Anna Schmidt",
      "Tom Wagner",
    ]);
    // The blocker, searching, does not find the member they blocked either.
    const tobias = await searchMembers(testDb(), { viewerId: people.tobias?.id ?? "", q: "soph" });
    expect(names(tobias.results).sort()).toEqual([
      "Sophia Beckmann",
      "Sophia Lorenz",
      "Sophie Becker",
    ]);
  });

  it("says who is a connection, who is 2nd degree, who takes InMail and who is Premium", async () => {
    const { results } = await search({ q: "hoffmann" });
    const byName = Object.fromEntries(results.map((r) => [r.name, r]));
    expect(byName["Lukas Hoffmann"]).toMatchObject({ isConnection: true, degree: 1 });
    expect(byName["Lena Hoffmann"]).toMatchObject({ isConnection: false, degree: 2 });
    expect(byName["Leo Hoffmann"]).toMatchObject({ isConnection: false, degree: null });
    // A cancelled Premium subscription is not Premium.
    expect(byName["Lukas Hoffmann"]?.premium).toBe(false);

    const [sophie] = (await search({ q: "sophie becker" })).results;
    expect(sophie).toMatchObject({
      id: people.sophie?.id,
      handle: people.sophie?.handle,
      title: "Head of Talent",
      company: "Nordlicht Analytics",
      location: "Munich, Germany",
      industry: "Software",
      premium: true,
      isConnection: false,
    });
    expect(sophie).not.toHaveProperty("passwordHash");
    expect(sophie).not.toHaveProperty("email");
    const [marco] = (await search({ q: "marco" })).results;
    expect(marco?.premium).toBe(false);
  });

  it.each([
    "'",
    "&|!:*()",
    "%_",
    "\\",
    "a:* | b",
    "<->",
    "x".repeat(500),
    "🙂",
    "Sophie 🙂 Becker",
    "'; drop table members; --",
    "日本語",
  ])("survives hostile input %j", async (q) => {
    const page = await search({ q, location: q, industry: q });
    expect(page.results).toEqual([]);
    const alone = await search({ q });
    expect(Array.isArray(alone.results)).toBe(true);
  });

  it("treats a blank query as no query", async () => {
    expect(await search({ q: "  " })).toEqual(await search({}));
    expect(await search({ q: "&|!" })).toEqual(await search({}));
  });

  it("reads words out of punctuation and emoji", async () => {
    expect(names((await search({ q: "Sophie 🙂 Becker" })).results)[0]).toBe("Sophie Becker");
    expect(names((await search({ q: "(marco) & !rossi" })).results)).toEqual([
      "Marco Rossi",
      "Marco Rossini",
    ]);
    expect(names((await search({ q: "sophie:*|becker" })).results)[0]).toBe("Sophie Becker");
  });
});

describe("listIndustries", () => {
  it("lists each declared industry once, sorted, without blanks", async () => {
    expect(await listIndustries(testDb())).toEqual([
      "Finance",
      "Logistics",
      "Manufacturing",
      "Software",
    ]);
  });
});

describe("keyset pagination", () => {
  const total = 23;
  let expected: string[];

  beforeAll(async () => {
    expected = [];
    for (let n = 0; n < total; n++) {
      // Equal names (ties broken by id), and some matching only in the headline (lower rank).
      const profile =
        n % 5 === 0
          ? { name: "Pat Paged", industry: "Paging" }
          : n % 3 === 0
            ? { name: `Quinn ${n}`, headline: "Pagedata specialist", industry: "Paging" }
            : { name: `Paged Person ${String(n).padStart(2, "0")}`, industry: "Paging" };
      expected.push((await member(profile)).id);
    }
  });

  for (const [label, params] of [
    ["a query", { q: "paged" }],
    ["a filter alone", { industry: "Paging" }],
  ] as const) {
    it(`returns every match exactly once across pages (${label})`, async () => {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await search({ ...params, limit: 4, after });
        expect(page.results.length).toBeLessThanOrEqual(4);
        seen.push(...page.results.map((r) => r.id));
        after = page.nextCursor ?? undefined;
        pages++;
      } while (after && pages < 20);
      expect(pages).toBe(Math.ceil(total / 4));
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...expected].sort());
      // The pages, concatenated, are the same order as one big page.
      const whole = await search({ ...params, limit: 100 });
      expect(whole.results.map((r) => r.id)).toEqual(seen);
      expect(whole.nextCursor).toBeNull();
    });
  }

  for (const [label, params] of [
    ["a query, across tiers", { q: "paged" }],
    ["a filter alone", { industry: "Paging" }],
  ] as const) {
    it(`pages back to exactly the pages it came from (${label})`, async () => {
      const pages: { ids: string[]; previous: string | null }[] = [];
      let after: string | undefined;
      do {
        const page = await search({ ...params, limit: 4, after });
        pages.push({ ids: page.results.map((r) => r.id), previous: page.previousCursor });
        after = page.nextCursor ?? undefined;
      } while (after && pages.length < 20);
      expect(pages).toHaveLength(Math.ceil(total / 4));
      expect(pages[0]?.previous).toBeNull();

      // From the last page back to the first, one Previous at a time.
      let before = pages.at(-1)?.previous ?? undefined;
      for (let n = pages.length - 2; n >= 0; n--) {
        expect(before, `page ${n + 2} has a previous page`).toBeDefined();
        const page = await search({ ...params, limit: 4, before });
        expect(page.results.map((r) => r.id)).toEqual(pages[n]?.ids);
        // Next from a page reached backwards is the page it was reached from.
        const next = await search({ ...params, limit: 4, after: page.nextCursor ?? undefined });
        expect(next.results.map((r) => r.id)).toEqual(pages[n + 1]?.ids);
        before = page.previousCursor ?? undefined;
      }
      // Back on the first page, there is nothing before it.
      expect(before).toBeUndefined();
    });
  }

  it("forward three pages, then back three, shows the same rows", async () => {
    const forward = [await search({ q: "paged", limit: 4 })];
    for (let n = 0; n < 3; n++) {
      forward.push(
        await search({ q: "paged", limit: 4, after: forward.at(-1)?.nextCursor ?? undefined }),
      );
    }
    const back = [forward[3]];
    for (let n = 0; n < 3; n++) {
      back.push(
        await search({ q: "paged", limit: 4, before: back.at(-1)?.previousCursor ?? undefined }),
      );
    }
    expect(back.reverse().map((page) => page?.results)).toEqual(forward.map((p) => p.results));
    expect(back[0]?.previousCursor).toBeNull();
  });

  it("shows the full first page when fewer rows than a page are before the cursor", async () => {
    const first = await search({ q: "paged", limit: 4 });
    const second = await search({ q: "paged", limit: 4, after: first.nextCursor ?? undefined });
    const third = await search({ q: "paged", limit: 4, after: second.nextCursor ?? undefined });
    // A Previous link whose page moved: only two rows are before the first page's third row.
    const [, , row] = first.results;
    const fromMiddle = row && encodeCursor({ t: 4, n: row.name, i: row.id });
    const page = await search({ q: "paged", limit: 4, before: fromMiddle });
    expect(page.results).toEqual(first.results);
    expect(page.previousCursor).toBeNull();
    // `after` wins over `before`: links never carry both.
    expect(
      await search({
        q: "paged",
        limit: 4,
        after: second.nextCursor ?? undefined,
        before: second.previousCursor ?? undefined,
      }),
    ).toEqual(third);
  });

  it("ranks name matches before headline matches across pages", async () => {
    const { results } = await search({ q: "paged", limit: 100 });
    const firstQuinn = results.findIndex((r) => r.name.startsWith("Quinn"));
    expect(firstQuinn).toBeGreaterThan(0);
    expect(results.slice(firstQuinn).every((r) => r.name.startsWith("Quinn"))).toBe(true);
  });

  it("counts every match of the pages, and stops counting past the cap", async () => {
    expect(await countSearchMatches(testDb(), { viewerId: viewer.id, q: "paged" })).toBe(total);
    expect(await countSearchMatches(testDb(), { viewerId: viewer.id, industry: "Paging" })).toBe(
      total,
    );
    await testDb().execute(sql`
      insert into members (handle, email, password_hash, name)
      select 'capped-' || i, 'capped-' || i || '@example.com', 'x', 'Capcount Member ' || i
      from generate_series(1, ${SEARCH_COUNT_CAP + 5}) i`);
    expect(await countSearchMatches(testDb(), { viewerId: viewer.id, q: "capcount" })).toBe(
      SEARCH_COUNT_CAP + 1,
    );
  });

  it("starts from the top when the cursor is not one of ours", async () => {
    const first = await search({ q: "paged", limit: 4 });
    const forged = Buffer.from(JSON.stringify({ t: "1; drop", n: "x", i: "y" })).toString(
      "base64url",
    );
    for (const cursor of ["not-a-cursor", "", "e30", forged, "%%%", "x".repeat(600)]) {
      expect(await search({ q: "paged", limit: 4, after: cursor })).toEqual(first);
      expect(await search({ q: "paged", limit: 4, before: cursor })).toEqual(first);
    }
  });

  it("round-trips cursors", () => {
    const cursor = { t: 4, n: "Zoë O'Brien 🙂", i: people.sophie?.id ?? "" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ ...cursor, t: 1.5 }))).toBeNull();
    expect(decodeCursor(encodeCursor({ ...cursor, t: 6 }))).toBeNull();
  });
});
