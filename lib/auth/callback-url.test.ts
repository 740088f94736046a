import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";
import { isPublicPath } from "./config";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths, including the full URL Auth.js hands over", () => {
    expect(safeCallbackUrl("/in/marco-rossi-demo")).toBe("/in/marco-rossi-demo");
    expect(safeCallbackUrl("/messaging?filter=unread")).toBe("/messaging?filter=unread");
    expect(safeCallbackUrl("http://localhost:3000/premium/my")).toBe("/premium/my");
  });

  it("never leaves the site", () => {
    expect(safeCallbackUrl("https://evil.example/phish")).toBe("/phish");
    expect(safeCallbackUrl("//evil.example/x")).toBe("/x");
    expect(safeCallbackUrl("/\\evil.example")).not.toMatch(/^\/\//);
    expect(safeCallbackUrl("javascript:alert(1)")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("/sign-in")).toBe("/");
  });
});

describe("isPublicPath", () => {
  it("lets signed-out visitors reach only the auth pages, health, webhooks and dev tools", () => {
    for (const path of [
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/reset-password/abc",
      "/api/health",
      "/api/auth/session",
      "/api/webhooks/stripe",
      "/dev/mail",
    ]) {
      expect(isPublicPath(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/messaging",
      "/in/x",
      "/premium",
      "/sign-in/extra",
      "/api/other",
      "/settings",
    ]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});
