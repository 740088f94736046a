import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  bodyWithSignature,
  composeInmailSchema,
  measureInmailBody,
  messageSchema,
  quickReplySchema,
} from "./inmail";

const limits = {
  subjectMaxCharacters: 200,
  bodyMaxCharacters: 1900,
  messageMaxCharacters: 8000,
  quickReplyNoteMaxCharacters: 500,
};

function form(overrides: Record<string, string> = {}) {
  return {
    recipientId: randomUUID(),
    idempotencyKey: randomUUID(),
    subject: "Hello",
    body: "A short message",
    category: "business_deal",
    contactEmail: "",
    contactPhone: "",
    ...overrides,
  };
}

function errorsOf(signature: string, overrides: Record<string, string>) {
  const parsed = composeInmailSchema(limits, signature).safeParse(form(overrides));
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("composeInmailSchema", () => {
  it("accepts a subject of exactly 200 characters, counting emoji and combining marks as one", () => {
    expect(errorsOf("", { subject: "👩‍💻".repeat(200) })).toEqual({});
    expect(errorsOf("", { subject: "e\u0301".repeat(200) })).toEqual({});
    expect(errorsOf("", { subject: "👩‍💻".repeat(201) })).toEqual({
      subject: "compose.errors.subjectTooLong",
    });
  });

  it("requires a subject and a body that are not only white space", () => {
    expect(errorsOf("", { subject: "  \n ", body: " \r\n " })).toEqual({
      subject: "compose.errors.subjectRequired",
      body: "compose.errors.bodyRequired",
    });
  });

  it("counts the signature toward the 1900 characters", () => {
    const signature = "Best regards,\nSophie"; // 20 characters, plus the blank line before it
    const room = 1900 - 20 - 2;
    expect(measureInmailBody("x".repeat(room), signature, 1900)).toEqual({
      ok: true,
      characters: 1900,
    });
    expect(errorsOf(signature, { body: "x".repeat(room) })).toEqual({});
    expect(errorsOf(signature, { body: "x".repeat(room + 1) })).toEqual({
      body: "compose.errors.bodyTooLong",
    });
    expect(errorsOf("", { body: "x".repeat(room + 1) })).toEqual({});
  });

  it("counts a CRLF line break as one character, like the browser", () => {
    expect(errorsOf("", { body: `${"a\r\n".repeat(950)}` })).toEqual({});
    expect(bodyWithSignature("a\r\nb", "Sig\r\nline")).toBe("a\nb\n\nSig\nline");
  });

  it("requires one of the eight categories", () => {
    expect(errorsOf("", { category: "" })).toEqual({ category: "compose.errors.categoryRequired" });
    expect(errorsOf("", { category: "spam" })).toEqual({
      category: "compose.errors.categoryRequired",
    });
  });

  it("validates optional contact details", () => {
    expect(
      errorsOf("", { contactEmail: "me@example.com", contactPhone: "+39 02 1234 5678" }),
    ).toEqual({});
    expect(errorsOf("", { contactEmail: "not-an-email", contactPhone: "call me" })).toEqual({
      contactEmail: "compose.errors.contactEmailInvalid",
      contactPhone: "compose.errors.contactPhoneInvalid",
    });
    expect(errorsOf("", { contactPhone: "12345" })).toEqual({
      contactPhone: "compose.errors.contactPhoneInvalid",
    });
  });

  it("refuses a form without a valid recipient or idempotency key", () => {
    expect(errorsOf("", { recipientId: "x", idempotencyKey: "y" })).toEqual({
      recipientId: "compose.errors.recipientMissing",
      idempotencyKey: "compose.errors.formExpired",
    });
  });
});

describe("messageSchema and quickReplySchema", () => {
  it("limits replies and notes", () => {
    const key = randomUUID();
    expect(
      messageSchema(limits).safeParse({ idempotencyKey: key, body: "x".repeat(8000) }).success,
    ).toBe(true);
    expect(
      messageSchema(limits).safeParse({ idempotencyKey: key, body: "x".repeat(8001) }).success,
    ).toBe(false);
    expect(messageSchema(limits).safeParse({ idempotencyKey: key, body: "   " }).success).toBe(
      false,
    );
    expect(
      quickReplySchema(limits).safeParse({ idempotencyKey: key, answer: "interested" }).success,
    ).toBe(true);
    expect(
      quickReplySchema(limits).safeParse({ idempotencyKey: key, answer: "maybe" }).success,
    ).toBe(false);
    expect(
      quickReplySchema(limits).safeParse({
        idempotencyKey: key,
        answer: "interested",
        note: "n".repeat(501),
      }).success,
    ).toBe(false);
  });
});
