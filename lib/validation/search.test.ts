import { describe, expect, it } from "vitest";
import { parseMemberSearchParams } from "./search";

describe("parseMemberSearchParams", () => {
  it("keeps good parameters, trimmed", () => {
    expect(
      parseMemberSearchParams({
        q: "  Marco ",
        location: "Milan",
        industry: "Software",
        after: "abc",
        before: "def",
      }),
    ).toEqual({
      q: "Marco",
      location: "Milan",
      industry: "Software",
      after: "abc",
      before: "def",
    });
  });

  it("clears what is blank, too long or not text, and keeps the rest", () => {
    expect(
      parseMemberSearchParams({
        q: "x".repeat(101),
        location: "   ",
        industry: { nested: true },
        after: "c".repeat(501),
        before: ["d".repeat(501), "short"],
        extra: "ignored",
      }),
    ).toEqual({});
    expect(parseMemberSearchParams({ q: "x".repeat(100), location: 42 })).toEqual({
      q: "x".repeat(100),
    });
  });

  it("takes the first of repeated parameters and drops control characters", () => {
    expect(parseMemberSearchParams({ q: ["Lukas", "Marco"], location: "Ber\u0000lin\n" })).toEqual({
      q: "Lukas",
      location: "Ber lin",
    });
  });

  it("never throws", () => {
    for (const raw of [undefined, null, "q=1", 7, [], { q: null }]) {
      expect(parseMemberSearchParams(raw)).toEqual({});
    }
  });
});
