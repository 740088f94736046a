import { describe, expect, it } from "vitest";
import {
  emailField,
  PASSWORD_MAX,
  PASSWORD_MIN,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "./auth";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
}

const TOKEN = "a".repeat(43);

describe("email", () => {
  it("is trimmed and lower-cased", () => {
    expect(emailField.parse("  Ada.Lovelace@Example.COM \n")).toBe("ada.lovelace@example.com");
  });

  it.each([
    ["", "validation.emailRequired"],
    ["   ", "validation.emailRequired"],
    ["ada", "validation.emailInvalid"],
    ["ada@", "validation.emailInvalid"],
    [`${"a".repeat(250)}@example.com`, "validation.emailTooLong"],
  ])("refuses %j with %s", (value, message) => {
    expect(issues(emailField.safeParse(value)).map((i) => i.message)).toContain(message);
  });
});

describe("sign-up", () => {
  const valid = {
    name: "  Ada Lovelace ",
    email: "ADA@example.com",
    password: "x".repeat(PASSWORD_MIN),
  };

  it("accepts passwords from 8 to 128 characters and keeps them exactly as typed", () => {
    expect(PASSWORD_MIN).toBe(8);
    expect(PASSWORD_MAX).toBe(128);
    const parsed = signUpSchema.parse({ ...valid, password: "  spaced out  " });
    expect(parsed).toEqual({
      name: "Ada Lovelace",
      email: "ada@example.com",
      password: "  spaced out  ",
    });
    expect(signUpSchema.safeParse({ ...valid, password: "y".repeat(128) }).success).toBe(true);
  });

  it("refuses a password of 7 or 129 characters", () => {
    expect(issues(signUpSchema.safeParse({ ...valid, password: "1234567" }))).toEqual([
      { path: "password", message: "validation.passwordTooShort" },
    ]);
    expect(issues(signUpSchema.safeParse({ ...valid, password: "y".repeat(129) }))).toEqual([
      { path: "password", message: "validation.passwordTooLong" },
    ]);
  });

  it("requires a name", () => {
    expect(issues(signUpSchema.safeParse({ ...valid, name: "   " }))).toEqual([
      { path: "name", message: "validation.nameRequired" },
    ]);
  });
});

describe("sign-in", () => {
  it("needs a password but does not apply the sign-up length rule", () => {
    expect(signInSchema.safeParse({ email: "a@example.com", password: "short" }).success).toBe(
      true,
    );
    expect(issues(signInSchema.safeParse({ email: "a@example.com", password: "" }))).toEqual([
      { path: "password", message: "validation.passwordRequired" },
    ]);
  });
});

describe("password reset", () => {
  it("accepts matching passwords", () => {
    const parsed = resetPasswordSchema.safeParse({
      token: TOKEN,
      password: "new-password-1",
      confirmPassword: "new-password-1",
    });
    expect(parsed.success).toBe(true);
  });

  it("reports a mismatch on the confirmation field", () => {
    const parsed = resetPasswordSchema.safeParse({
      token: TOKEN,
      password: "new-password-1",
      confirmPassword: "new-password-2",
    });
    expect(issues(parsed)).toEqual([
      { path: "confirmPassword", message: "validation.passwordsDoNotMatch" },
    ]);
  });

  it("refuses a token that is obviously not one of ours", () => {
    const parsed = resetPasswordSchema.safeParse({
      token: "short",
      password: "new-password-1",
      confirmPassword: "new-password-1",
    });
    expect(issues(parsed).map((i) => i.path)).toEqual(["token"]);
  });
});
