import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  conversation,
  expect,
  expectNoA11yViolations,
  screenshot,
  signIn,
  submitAndSettle,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");
const marco = demoAccount("basic");
const emily = demoAccount("optout");

/** The "N InMail credits" figure on Home. */
async function creditsOnHome(page: Page): Promise<number> {
  await page.goto("/");
  const text = await page.getByRole("link", { name: /InMail credits?$/ }).textContent();
  return Number((text ?? "").match(/\d+/)?.[0] ?? Number.NaN);
}

test.describe.configure({ mode: "serial" });

test("a Premium member finds a member in search and sends an InMail; the Basic recipient answers", async ({
  browser,
}) => {
  test.slow();
  const sender = await (await browser.newContext()).newPage();
  await signIn(sender, sophie.email, DEMO_PASSWORD);
  const creditsBefore = await creditsOnHome(sender);
  expect(creditsBefore).toBeGreaterThan(0);

  // Search → the result offers "Send InMail" (Marco is not a 1st-degree connection).
  await sender
    .getByRole("searchbox", { name: /search/i })
    .first()
    .fill(marco.name);
  await sender.keyboard.press("Enter");
  await expect(sender).toHaveURL(/\/search\?/);
  await sender.getByRole("link", { name: `Send InMail to ${marco.name}` }).click();

  await expect(sender.getByRole("heading", { name: "New InMail" })).toBeVisible();
  await expect(sender.getByText(`${creditsBefore} InMail credits left`)).toBeVisible();
  await expect(sender.getByText(/Your response score: \d+%/)).toBeVisible();
  await expect(
    sender.getByRole("heading", { name: `${marco.name} welcomes InMail about` }),
  ).toBeVisible();

  await sender.getByLabel("Subject").fill("Produzione e automazione a Monaco");
  // A category Marco did not list: a warning, not a block.
  await sender.getByLabel("Category").selectOption({ label: "Business deal" });
  await expect(sender.getByText(/hasn't listed “Business deal”/)).toBeVisible();
  await sender.getByLabel("Category").selectOption({ label: "Career opportunity" });
  await expect(sender.getByText(/hasn't listed/)).toHaveCount(0);
  await sender
    .getByLabel("Message", { exact: true })
    .fill("Ciao Marco, we are building a new plant team in Munich. Would you like to talk?");
  await sender.getByLabel("Phone").fill("+49 89 1234567");
  await expectNoA11yViolations(sender);
  await screenshot(sender, "compose-inmail");
  await sender.getByRole("button", { name: "Send InMail" }).click();

  await expect(sender).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  await expect(
    sender.getByRole("heading", { name: "Produzione e automazione a Monaco" }),
  ).toBeVisible();
  await expect(sender.getByText(`Waiting for ${marco.name} to answer.`)).toBeVisible();
  await expectNoA11yViolations(sender);
  await screenshot(sender, "thread-sender-waiting");
  expect(await creditsOnHome(sender)).toBe(creditsBefore - 1);

  // The recipient, a Basic member, sees it unread and answers for free.
  const recipient = await (await browser.newContext()).newPage();
  await signIn(recipient, marco.email, DEMO_PASSWORD);
  await recipient.goto("/messaging?filter=unread");
  const row = recipient.getByRole("link", {
    name: new RegExp(`${sophie.name} \\(Unread\\).*Produzione e automazione a Monaco`),
  });
  await expect(row).toBeVisible();
  await expectNoA11yViolations(recipient);
  await screenshot(recipient, "inbox-unread");
  await row.click();
  await expect(recipient.getByText(`Contact details shared by ${sophie.name}`)).toBeVisible();
  await expect(recipient.getByRole("link", { name: "+49 89 1234567" })).toBeVisible();
  await expect(recipient.getByRole("heading", { name: "Answer this InMail" })).toBeVisible();
  await expectNoA11yViolations(recipient);
  await screenshot(recipient, "thread-recipient");
  await recipient.getByLabel("Write a message").fill("Grazie Sophie, volentieri. Martedì?");
  await submitAndSettle(recipient, recipient.getByRole("button", { name: "Send", exact: true }));
  await expect(
    conversation(recipient).getByText("Grazie Sophie, volentieri. Martedì?"),
  ).toBeVisible();
  await expect(recipient.getByRole("heading", { name: "Answer this InMail" })).toHaveCount(0);
  // Opened → read for the recipient only.
  await recipient.goto("/messaging?filter=unread");
  await expect(
    recipient.getByRole("link", { name: /Produzione e automazione a Monaco/ }),
  ).toHaveCount(0);

  // The sender sees the answer, and the sent view says "Answered".
  await sender.goto("/messaging");
  await sender.getByRole("link", { name: /Produzione e automazione a Monaco/ }).click();
  await expect(conversation(sender).getByText("Grazie Sophie, volentieri. Martedì?")).toBeVisible();
  await expect(sender.getByLabel("Write a message")).toBeVisible();
  await sender.goto("/messaging/sent");
  const sentItem = sender
    .getByRole("listitem")
    .filter({ hasText: "Produzione e automazione a Monaco" });
  await expect(sentItem.getByText("Answered", { exact: true })).toBeVisible();
  await expect(sentItem.getByText(/1 credit/)).toBeVisible();
  await expectNoA11yViolations(sender);
  await screenshot(sender, "sent-inmails");
});

test("over-limit subject or body cannot be sent", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto(`/messaging/new?to=${marco.handle}`);
  await expect(page.getByRole("heading", { name: "New InMail" })).toBeVisible();
  const send = page.getByRole("button", { name: "Send InMail" });
  await page.getByLabel("Category").selectOption({ label: "New venture" });
  await page.getByLabel("Message", { exact: true }).fill("Hello");
  // 201 user-perceived characters (each emoji is several UTF-16 units).
  await page.getByLabel("Subject").fill("👩‍💻".repeat(201));
  await expect(page.getByText("201 of 200 characters used")).toBeAttached();
  await expect(send).toBeDisabled();
  await page.getByLabel("Subject").fill("👩‍💻".repeat(200));
  await expect(send).toBeEnabled();
  await page.getByLabel("Message", { exact: true }).fill("é".repeat(1901));
  await expect(send).toBeDisabled();
  await screenshot(page, "compose-over-limit");
});

test("sending to a member who refuses InMail shows the refusal and spends nothing", async ({
  page,
}) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  const before = await creditsOnHome(page);
  await page.goto(`/in/${emily.handle}`);
  await expect(page.getByText("Doesn't accept InMail")).toBeVisible();
  // The profile shows the button disabled, with the reason; the compose page refuses too.
  const send = page.getByRole("button", { name: "Send InMail" });
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription("Doesn't accept InMail");
  await page.goto(`/messaging/new?to=${emily.handle}`);
  await expect(
    page.getByRole("heading", { name: `You can't send ${emily.name} an InMail` }),
  ).toBeVisible();
  await expect(
    page.getByText(`${emily.name} doesn't accept InMail. No credit was used.`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send InMail" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await screenshot(page, "compose-refused");
  expect(await creditsOnHome(page)).toBe(before);
});

test("a member cannot open someone else's thread", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto("/messaging");
  await page
    .getByRole("link", { name: /InMail · / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  const threadUrl = page.url();
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, emily.email, DEMO_PASSWORD);
  const response = await outsider.goto(threadUrl);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // Inside the shell: one <main>, no violations.
  await expect(outsider.getByRole("main")).toHaveCount(1);
  await expectNoA11yViolations(outsider);
  // An address no route matches: its own page, one <main> too.
  await outsider.goto("/no-such-page");
  await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(outsider.getByRole("main")).toHaveCount(1);
  await expectNoA11yViolations(outsider);
});
