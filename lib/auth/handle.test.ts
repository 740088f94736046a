import { describe, expect, it } from "vitest";
import { makeHandle, slugifyName } from "./handle";

describe("slugifyName", () => {
  it.each([
    ["Anna Müller", "anna-muller"],
    ["Jürgen Weiß", "jurgen-weiss"],
    ["François  D'Aubigné", "francois-d-aubigne"],
    ["  Niccolò Paganini!  ", "niccolo-paganini"],
    ["ZOË O'NEILL-SMITH", "zoe-o-neill-smith"],
  ])("turns %j into the readable slug %j", (name, slug) => {
    expect(slugifyName(name)).toBe(slug);
  });

  it("falls back to 'member' when nothing URL-safe is left", () => {
    expect(slugifyName("李小龙")).toBe("member");
    expect(slugifyName("---")).toBe("member");
  });

  it("keeps slugs short and never ends them with a dash", () => {
    const slug = slugifyName(`${"a".repeat(39)} Bertolucci`);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe("makeHandle", () => {
  it("appends a random hex suffix so two members with one name get different handles", () => {
    const first = makeHandle("Anna Müller");
    const second = makeHandle("Anna Müller");
    expect(first).toMatch(/^anna-muller-[0-9a-f]{6}$/);
    expect(second).toMatch(/^anna-muller-[0-9a-f]{6}$/);
    expect(first).not.toBe(second);
    expect(makeHandle("Anna Müller", "abc123")).toBe("anna-muller-abc123");
  });
});
