import { describe, expect, it } from "vitest";
import { pickMessages, SHARED_CLIENT_MESSAGES, THREAD_CLIENT_MESSAGES } from "./client-messages";
import { messagesByLocale } from "./messages";

describe("pickMessages", () => {
  const catalogue = {
    nav: { me: "Me", signOut: "Sign out" },
    account: { banner: { text: "Confirm" }, confirm: { title: "Confirm it" }, other: "x" },
    mail: { big: "not for the browser" },
  };

  it("keeps only the named namespaces and dotted parts, in the same shape", () => {
    expect(pickMessages(catalogue, ["nav", "account.banner"])).toEqual({
      nav: { me: "Me", signOut: "Sign out" },
      account: { banner: { text: "Confirm" } },
    });
  });

  it("merges parts of one namespace and skips paths that do not exist", () => {
    expect(pickMessages(catalogue, ["account.banner", "account.confirm", "nope.x"])).toEqual({
      account: { banner: { text: "Confirm" }, confirm: { title: "Confirm it" } },
    });
  });

  it("sends every page a small part of the real catalogue, in every language", () => {
    for (const messages of Object.values(messagesByLocale)) {
      const all = JSON.stringify(messages).length;
      const shared = pickMessages(messages as Record<string, unknown>, SHARED_CLIENT_MESSAGES);
      for (const path of SHARED_CLIENT_MESSAGES) {
        const [namespace] = path.split(".");
        expect(shared).toHaveProperty(namespace as string);
      }
      expect(shared).not.toHaveProperty("mail");
      expect(JSON.stringify(shared).length).toBeLessThan(all / 4);
    }
  });

  it("names only parts that exist for a thread's client parts, in every language", () => {
    for (const messages of Object.values(messagesByLocale)) {
      for (const path of THREAD_CLIENT_MESSAGES) {
        let at: unknown = messages;
        for (const key of path.split(".")) at = (at as Record<string, unknown> | undefined)?.[key];
        expect(at, path).toBeDefined();
      }
      const thread = pickMessages(messages as Record<string, unknown>, THREAD_CLIENT_MESSAGES);
      const inbox = JSON.stringify((messages as Record<string, unknown>).inbox).length;
      expect(JSON.stringify((thread as { inbox: unknown }).inbox).length).toBeLessThan(inbox / 2);
    }
  });
});
