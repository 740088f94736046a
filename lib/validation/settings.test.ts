import { describe, expect, it } from "vitest";
import { INMAIL_CATEGORIES } from "@/db/schema/categories";
import {
  communicationSettingsFromForm,
  communicationSettingsSchema,
  measureSignature,
  SIGNATURE_MAX,
} from "./settings";

/** A submitted settings form, built as the browser builds it. */
function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

function parse(fields: [string, string][]) {
  return communicationSettingsSchema.safeParse(communicationSettingsFromForm(form(fields)));
}

function errorsOf(result: ReturnType<typeof parse>) {
  return result.success ? [] : result.error.issues.map((i) => [String(i.path[0]), i.message]);
}

describe("communicationSettingsSchema", () => {
  it("reads every field of a full form", () => {
    const result = parse([
      ["acceptsInmail", "on"],
      ["interestCategories", "new_venture"],
      ["interestCategories", "career_opportunity"],
      ["signature", "Best,\nGiulia"],
      ["emailNotifications", "on"],
      ["readReceipts", "on"],
      ["sponsoredMessages", "on"],
    ]);
    expect(result.success && result.data).toEqual({
      acceptsInmail: true,
      // Several values of one field all arrive, in the product's order.
      interestCategories: ["career_opportunity", "new_venture"],
      signature: "Best,\nGiulia",
      emailNotifications: true,
      readReceipts: true,
      showPresence: false,
      sponsoredMessages: true,
    });
  });

  it("reads unticked checkboxes (absent from the form) as off, and no category as none", () => {
    const result = parse([["signature", ""]]);
    expect(result.success && result.data).toEqual({
      acceptsInmail: false,
      interestCategories: [],
      signature: "",
      emailNotifications: false,
      readReceipts: false,
      showPresence: false,
      sponsoredMessages: false,
    });
  });

  it("accepts all eight categories", () => {
    const result = parse(INMAIL_CATEGORIES.map((c) => ["interestCategories", c]));
    expect(result.success && result.data.interestCategories).toEqual([...INMAIL_CATEGORIES]);
  });

  it("keeps a category sent twice once", () => {
    const result = parse([
      ["interestCategories", "business_deal"],
      ["interestCategories", "business_deal"],
    ]);
    expect(result.success && result.data.interestCategories).toEqual(["business_deal"]);
  });

  it("refuses an unknown category", () => {
    const result = parse([
      ["interestCategories", "career_opportunity"],
      ["interestCategories", "crypto_pitch"],
    ]);
    expect(result.success).toBe(false);
    expect(errorsOf(result)).toEqual([
      ["interestCategories", "settings.validation.categoryUnknown"],
    ]);
  });

  it("refuses a checkbox value other than the browser's 'on'", () => {
    const result = parse([["acceptsInmail", "yes please"]]);
    expect(errorsOf(result)).toEqual([["acceptsInmail", "settings.validation.invalid"]]);
  });

  it("stores line breaks as LF and drops blank space around the signature", () => {
    const result = parse([["signature", "\r\n  Best regards,\r\nGiulia Conti\rTurin  \r\n\r\n"]]);
    expect(result.success && result.data.signature).toBe("Best regards,\nGiulia Conti\nTurin");
  });

  it("allows a signature of exactly SIGNATURE_MAX characters counted as a reader sees them", () => {
    expect(SIGNATURE_MAX).toBe(300);
    // Each is one character but several UTF-16 units: a family emoji (11), e + accent (2).
    for (const character of ["👩‍👩‍👧‍👦", "e\u0301", "🇮🇹", "ß"]) {
      const signature = character.repeat(SIGNATURE_MAX);
      const result = parse([["signature", signature]]);
      expect(result.success, character).toBe(true);
      expect(result.success && result.data.signature).toBe(signature);
      expect(measureSignature(signature)).toEqual({ ok: true, characters: SIGNATURE_MAX });
    }
  });

  it("refuses a signature of SIGNATURE_MAX + 1 characters", () => {
    for (const character of ["👩‍👩‍👧‍👦", "e\u0301", "x"]) {
      const result = parse([["signature", character.repeat(SIGNATURE_MAX + 1)]]);
      expect(errorsOf(result), character).toEqual([
        ["signature", "settings.validation.signatureTooLong"],
      ]);
    }
  });

  it("counts a CRLF line break as one character, like the stored LF", () => {
    const lines = `${"a".repeat(149)}\r\n${"b".repeat(150)}`; // 149 + 1 + 150 = 300
    expect(parse([["signature", lines]]).success).toBe(true);
    expect(measureSignature(lines)).toEqual({ ok: true, characters: 300 });
    expect(parse([["signature", `${lines}b`]]).success).toBe(false);
  });

  it("does not count blank space the server would drop", () => {
    const signature = `${"s".repeat(SIGNATURE_MAX)}\n\n   `;
    expect(measureSignature(signature)).toEqual({ ok: true, characters: SIGNATURE_MAX });
    expect(parse([["signature", signature]]).success).toBe(true);
  });
});
