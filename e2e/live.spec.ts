import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import { conversation, expect, expectNoA11yViolations, screenshot, signIn, test } from "./fixtures";

// Two app instances on one database (playwright.config.ts starts both): a member on one sees
// what a member on the other does, without reloading — the live inbox crosses instances.

const sophie = demoAccount("premium");
const lukas = demoAccount("recruiter");
const secondInstance = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

function messagingLink(page: Page) {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Messaging/ });
}

test("a message and its reply cross two instances live: thread, inbox, badge, typing, Seen", async ({
  browser,
}) => {
  test.slow();
  // Lukas on the second instance, Sophie on the first.
  const onB = await (await browser.newContext({ baseURL: secondInstance })).newPage();
  await signIn(onB, lukas.email, DEMO_PASSWORD);
  await onB.goto("/messaging");
  const onA = await (await browser.newContext()).newPage();
  await signIn(onA, sophie.email, DEMO_PASSWORD);

  // Sophie writes to Lukas (connected: a free message) through instance A.
  await onA.goto(`/in/${lukas.handle}`);
  await onA.getByRole("link", { name: "Message", exact: true }).click();
  const text = `Live check ${Date.now()}`;
  await onA
    .getByLabel(/Message/)
    .first()
    .fill(text);
  await onA.getByRole("button", { name: "Send message" }).click();
  await expect(onA).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  const threadPath = new URL(onA.url()).pathname;

  // On B, without a reload: the conversation moves up in the inbox and the badge counts it.
  const started = Date.now();
  await expect(onB.getByRole("link", { name: new RegExp(sophie.name) }).first()).toContainText(
    text,
    { timeout: 5_000 },
  );
  console.log(`message reached the other instance's inbox in ${Date.now() - started} ms`);
  await expect(messagingLink(onB)).toHaveAccessibleName(/unread conversation/);
  await expectNoA11yViolations(onB);
  await screenshot(onB, "live-inbox-updated");

  // Lukas opens it; Sophie's open thread on A says "Seen"; his badge clears.
  await onB.goto(threadPath);
  await expect(conversation(onB).getByText(text)).toBeVisible();
  await expect(onA.getByText(/^Seen /)).toBeVisible({ timeout: 5_000 });
  await expect(messagingLink(onB)).not.toHaveAccessibleName(/unread/);

  // Lukas types: Sophie sees it on the other instance. Then his reply appears in her thread.
  await onB.getByLabel("Write a message").fill("Typing a reply");
  await expect(onA.getByText(`${lukas.name} is typing…`)).toBeVisible({ timeout: 5_000 });
  const reply = `Reply ${Date.now()}`;
  await onB.getByLabel("Write a message").fill(reply);
  await onB.getByRole("button", { name: "Send" }).click();
  const replied = Date.now();
  await expect(conversation(onA).getByText(reply)).toBeVisible({ timeout: 5_000 });
  console.log(`reply reached the open thread on the other instance in ${Date.now() - replied} ms`);
  await expect(onA.getByText(`${lukas.name} is typing…`)).toHaveCount(0);
  await expectNoA11yViolations(onA);
  await screenshot(onA, "live-thread-reply");
});
