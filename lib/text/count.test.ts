import { describe, expect, it } from "vitest";
import {
  COUNTER_MAX_UNITS,
  countCharacters,
  hasForbiddenCharacters,
  measureText,
  normalizeNewlines,
  UnboundedTextError,
} from "./count";

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

describe("normalizeNewlines", () => {
  it("turns CRLF and CR into LF", () => {
    expect(normalizeNewlines("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
  });
});

describe("measureText", () => {
  it("counts what fits and says by how much the rest is over", () => {
    expect(measureText("Hello 👋🏽", 10)).toEqual({ ok: true, characters: 7 });
    expect(measureText("a".repeat(201), 200)).toEqual({
      ok: false,
      reason: "too_long",
      characters: 201,
    });
  });

  it("refuses an oversized text by its raw length, without counting it", () => {
    expect(measureText("a".repeat(1_000_000), 200)).toEqual({
      ok: false,
      reason: "too_long",
      characters: null,
    });
  });

  it("does not let a tower of combining marks pass as one character", () => {
    const tower = `a${"\u0301".repeat(3000)}`;
    const measured = measureText(tower, 200);
    expect(measured.ok).toBe(false);
    expect(measured.ok ? null : measured.reason).toBe("character_too_complex");
    // A few marks on a letter are writing (Vietnamese stacks two), and count as one.
    expect(measureText("e\u0323\u0302", 10)).toEqual({ ok: true, characters: 1 });
  });

  it("still counts the longest real emoji as one character each", () => {
    const emoji = ["👩🏻‍❤️‍💋‍👨🏼", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👨‍👩‍👧‍👦", "🇺🇦", "🧑🏽‍🦯‍➡️"];
    for (const e of emoji) expect(measureText(e, 1), e).toEqual({ ok: true, characters: 1 });
    // 1,900 of the longest still fit a 1,900-character body.
    const body = "👩🏻‍❤️‍💋‍👨🏼".repeat(1900);
    expect(measureText(body, 1900)).toEqual({ ok: true, characters: 1900 });
  });

  it("counts exactly across its internal windows (emoji, flags and marks at every offset)", () => {
    const pieces = ["a", "é", "e\u0301", "👍🏽", "🇮🇹", "🇩🇪", "👩‍👩‍👧‍👦", "\n", "क्षि", "한"];
    let text = "";
    let expected = 0;
    for (let i = 0; i < 3000; i++) {
      text += pieces[(i * 7) % pieces.length];
      expected++;
    }
    // Regional indicators pair up across the whole text: count them as Intl.Segmenter does.
    const reference = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)]
      .length;
    expect(countCharacters(text)).toBe(reference);
    expect(reference).toBeLessThanOrEqual(expected);
  });
});

describe("countCharacters on unbounded text", () => {
  it("refuses to count text nobody bounded", () => {
    expect(() => countCharacters("a".repeat(COUNTER_MAX_UNITS + 1))).toThrow(UnboundedTextError);
  });
});

describe("hasForbiddenCharacters", () => {
  it("finds control characters and lone surrogates, not tabs, newlines or emoji", () => {
    for (const bad of ["a\u0000b", "\u0007", "\u001b[31m", "\u0085", "x\ud800y", "\udc00"]) {
      expect(hasForbiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ["tab\there", "two\nlines", "👩‍💻 ü ß", "\u202eRTL"]) {
      expect(hasForbiddenCharacters(good), JSON.stringify(good)).toBe(false);
    }
  });
});
