import { beforeAll, describe, expect, it } from "vitest";
import { connections, members } from "@/db/schema";
import { testDb } from "@/db/testing";
import { connect, createMember } from "@/db/testing/factories";
import { type Degree, degreeBetween } from "./network";
import { searchMembers } from "./search";

/**
 * One small graph, seen from V:
 *
 *   V ── A ── B ── C ── D          A, E: 1st (V–A–E is a triangle: a cycle through V)
 *   │   /│    │\                   B, H: 2nd (H is also 2 steps from C: the shortest path wins)
 *   └─ E  H ──┘ F── G              C, F, G: 3rd (B–F–G–B is a cycle among 2nd/3rd degree)
 *                 └────┘           D: 4 steps away, I: unconnected → out of network
 */
const INDUSTRY = "Degree testing";
const ids: Record<string, string> = {};
const NAMES = ["V", "A", "B", "C", "D", "E", "F", "G", "H", "I"] as const;
const EDGES = [
  ["V", "A"],
  ["A", "B"],
  ["B", "C"],
  ["C", "D"],
  ["V", "E"],
  ["A", "E"],
  ["A", "H"],
  ["H", "C"],
  ["B", "F"],
  ["F", "G"],
  ["G", "B"],
] as const;
const EXPECTED: Record<string, Degree> = {
  V: 0,
  A: 1,
  E: 1,
  B: 2,
  H: 2,
  C: 3,
  F: 3,
  G: 3,
  D: null,
  I: null,
};

const id = (name: string) => {
  const value = ids[name];
  if (!value) throw new Error(`no member ${name}`);
  return value;
};

beforeAll(async () => {
  const db = testDb();
  for (const name of NAMES) {
    const member = await createMember(db, { name: `Degree ${name}` });
    ids[name] = member.id;
  }
  await db.update(members).set({ industry: INDUSTRY });
  for (const [a, b] of EDGES) await connect(db, id(a), id(b));
});

describe("degreeBetween", () => {
  it.each(Object.entries(EXPECTED))("V sees %s at degree %s", async (name, degree) => {
    expect(await degreeBetween(testDb(), { viewerId: id("V"), otherId: id(name) })).toBe(degree);
  });

  it("is symmetric: degrees are the same seen from the other side", async () => {
    for (const name of NAMES) {
      expect(await degreeBetween(testDb(), { viewerId: id(name), otherId: id("V") })).toBe(
        EXPECTED[name],
      );
    }
  });

  it("refuses a self-link in the database, so no cycle through oneself can exist", async () => {
    await expect(
      testDb()
        .insert(connections)
        .values({ memberId: id("A"), connectedMemberId: id("A") }),
    ).rejects.toThrow();
    expect(await degreeBetween(testDb(), { viewerId: id("A"), otherId: id("A") })).toBe(0);
  });

  it("an unknown member is out of network", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await degreeBetween(testDb(), { viewerId: id("V"), otherId: unknown })).toBeNull();
  });
});

describe("search by degree", () => {
  const search = (degree?: "1" | "2" | "3" | "out") =>
    searchMembers(testDb(), { viewerId: id("V"), industry: INDUSTRY, degree, limit: 100 });
  const letters = (results: { name: string }[]) =>
    results.map((r) => r.name.replace("Degree ", "")).sort();

  it("labels every result with the same degree as degreeBetween, and never lists the viewer", async () => {
    const { results } = await search();
    expect(letters(results)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I"]);
    for (const result of results) {
      const letter = result.name.replace("Degree ", "");
      expect(result.degree, letter).toBe(EXPECTED[letter]);
      expect(result.isConnection, letter).toBe(EXPECTED[letter] === 1);
    }
  });

  it.each([
    ["1", ["A", "E"]],
    ["2", ["B", "H"]],
    ["3", ["C", "F", "G"]],
    ["out", ["D", "I"]],
  ] as const)("degree %s filters to exactly %j", async (degree, expected) => {
    expect(letters((await search(degree)).results)).toEqual([...expected]);
  });

  it("keyset pagination under a degree filter returns each member once", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await searchMembers(testDb(), {
        viewerId: id("V"),
        industry: INDUSTRY,
        degree: "3",
        limit: 1,
        after,
      });
      seen.push(...result.results.map((r) => r.name));
      if (!result.nextCursor) break;
      after = result.nextCursor;
    }
    expect(seen.map((n) => n.replace("Degree ", "")).sort()).toEqual(["C", "F", "G"]);
  });
});
