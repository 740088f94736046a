import { describe, expect, it } from "vitest";
import { countCharacters, normalizeNewlines, truncateCharacters } from "./count";

describe("countCharacters", () => {
  it("counts plain ASCII one per letter", () => {
    expect(countCharacters("")).toBe(0);
    expect(countCharacters("Hello")).toBe(5);
  });

  it("counts an accented letter as one however it was typed", () => {
    const composed = "\u00e9"; // é
    const decomposed = "e\u0301"; // e + combining acute
    expect(decomposed.length).toBe(2);
    expect(countCharacters(composed)).toBe(1);
    expect(countCharacters(decomposed)).toBe(1);
    expect(countCharacters("Jürgen Weiß")).toBe(11);
    expect(countCharacters("Niccolo\u0300")).toBe(7);
  });

  it("counts emoji sequences as one", () => {
    expect(countCharacters("👍")).toBe(1);
    expect(countCharacters("👍🏽")).toBe(1); // skin tone modifier
    expect(countCharacters("👩‍👩‍👧‍👦")).toBe(1); // ZWJ family
    expect(countCharacters("🇮🇹🇩🇪")).toBe(2); // two flags
    expect(countCharacters("a👩‍💻b")).toBe(3);
  });

  it("counts a CRLF line break as one, like LF", () => {
    expect(countCharacters("a\r\nb")).toBe(3);
    expect(countCharacters("a\nb")).toBe(3);
  });
});

describe("truncateCharacters", () => {
  it("never splits a character", () => {
    expect(truncateCharacters("👩‍👩‍👧‍👦abc", 1)).toBe("👩‍👩‍👧‍👦");
    expect(truncateCharacters("e\u0301e\u0301e\u0301", 2)).toBe("e\u0301e\u0301");
    expect(truncateCharacters("short", 10)).toBe("short");
  });
});

describe("normalizeNewlines", () => {
  it("turns CRLF and CR into LF", () => {
    expect(normalizeNewlines("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
  });
});
