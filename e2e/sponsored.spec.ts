import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  signIn,
  submitAndSettle,
  test,
} from "./fixtures";

// Sponsored InMail from launch to report. The advertiser is new; the recipient is Marco, the
// Basic demo member in Milan who opted in to sponsored messages (the only demo account in Italy
// who did: no other journey's member gets this campaign). He opens the app in two tabs
// on two instances at once: exactly one message arrives, labelled "Sponsored", without touching
// his unread badge; he clicks its button twice (counted once) and then says "Not interested".

const marco = demoAccount("basic");
const secondInstance = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** The number on the Messaging badge of the top bar (0 when there is none). */
async function unreadBadge(page: Page): Promise<number> {
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", {
    name: /^Messaging/,
  });
  const label = (await link.getAttribute("aria-label")) ?? (await link.textContent()) ?? "";
  const count = /(\d+)/.exec(label);
  return count ? Number(count[1]) : 0;
}

test("an advertiser launches a sponsored campaign; it reaches an online member once; the click and Not interested show in the report", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = await newMember(browser, "Ada Advertiser");

  // The campaign: the message, its button, and an audience (members in Italy).
  await page.getByRole("button", { name: /Ada Advertiser/ }).click();
  await page.getByRole("link", { name: "Sponsored InMail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sponsored InMail" })).toBeVisible();
  await page.getByRole("link", { name: "New sponsored campaign" }).click();
  await page.getByLabel("Campaign name").fill("Nordlicht launch");
  const subject = page.getByLabel("Subject");
  await subject.fill("Hi ");
  await subject.press("End");
  await page.getByRole("button", { name: "Insert First name" }).click();
  await subject.press("End");
  await subject.pressSequentially(", meet Nordlicht");
  await expect(subject).toHaveValue("Hi {firstName}, meet Nordlicht");
  await page
    .getByRole("textbox", { name: "Message", exact: true })
    .fill(
      "Hello {firstName},\n\nteams at {company|your company} plan their plants with Nordlicht.",
    );
  await page.getByLabel("Button text").fill("Learn more");
  await page.getByLabel("Button link").fill("http://example.com/nordlicht");
  await page
    .getByRole("group", { name: /^Countries/ })
    .getByLabel("Italy")
    .check();
  await expectNoA11yViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "sponsored-new");
  // A plain-http link is refused next to its field, and nothing typed is lost.
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByText("Enter a full https:// address.")).toBeVisible();
  await expect(subject).toHaveValue("Hi {firstName}, meet Nordlicht");
  await expect(page.getByRole("group", { name: /^Countries/ }).getByLabel("Italy")).toBeChecked();
  await page.getByLabel("Button link").fill("https://example.com/nordlicht");
  await page.getByRole("button", { name: "Create the draft" }).click();

  // The draft: its audience as it stands, the preview with the advertiser's own values, a budget.
  await expect(page).toHaveURL(/\/sponsored\/[0-9a-f-]{36}$/);
  const campaignUrl = page.url();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByText("Hi Ada, meet Nordlicht")).toBeVisible();
  const matching = Number(
    (
      await page
        .locator("dt", { hasText: "Match your filters" })
        .locator("xpath=following-sibling::dd")
        .textContent()
    )?.replace(/\D/g, ""),
  );
  expect(matching).toBeGreaterThanOrEqual(30);
  await expect(
    page.getByText(/turned sponsored messages off or said not interested/),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "sponsored-draft");
  await page.getByLabel("Budget (USD)").fill("20");
  await page.getByRole("button", { name: "Pay and launch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await expect(page.getByText("Sponsored InMail budget")).toBeVisible();
  await page.getByRole("button", { name: "Pay $20.00" }).click();
  await expect(page).toHaveURL(/\/sponsored\/[0-9a-f-]{36}\?purchase=success$/);
  await expect(page.getByText("Running", { exact: true })).toBeVisible();
  await expect(
    page.locator("dt", { hasText: /^Delivered$/ }).locator("xpath=following-sibling::dd"),
  ).toHaveText("0");

  // Marco comes online in two tabs, one per instance, at the same moment.
  const tabA = await (await browser.newContext()).newPage();
  const tabB = await (await browser.newContext({ baseURL: secondInstance })).newPage();
  await signIn(tabA, marco.email, DEMO_PASSWORD);
  await signIn(tabB, marco.email, DEMO_PASSWORD);
  const badgeBefore = await unreadBadge(tabA);
  await Promise.all([tabA.goto("/messaging"), tabB.goto("/messaging")]);
  // Delivered within seconds: the live inbox shows it without a reload.
  const row = tabA.getByRole("link", { name: /Ada Advertiser.*Hi Marco, meet Nordlicht/ });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText("Sponsored");
  expect(await unreadBadge(tabA)).toBe(badgeBefore);
  await tabA.getByRole("link", { name: "Sponsored", exact: true }).click();
  await expect(tabA).toHaveURL(/filter=sponsored/);
  await expect(tabA.getByRole("link", { name: /Hi Marco, meet Nordlicht/ })).toHaveCount(1);

  // The message: label, sender, button, Not interested.
  await tabA.getByRole("link", { name: /Hi Marco, meet Nordlicht/ }).click();
  await expect(
    tabA.getByRole("heading", { level: 1, name: "Hi Marco, meet Nordlicht" }),
  ).toBeVisible();
  const message = tabA.locator('section[aria-labelledby="sponsored-title"]');
  await expect(message.getByText("Sponsored", { exact: true })).toBeVisible();
  await expect(message.getByRole("link", { name: "Ada Advertiser" })).toBeVisible();
  await expect(message.getByText("teams at Officine Brambilla plan their plants")).toBeVisible();
  await expectNoA11yViolations(tabA);
  await screenshot(tabA, "sponsored-message");
  await tabA.setViewportSize({ width: 375, height: 800 });
  await screenshot(tabA, "sponsored-message-375");
  await tabA.setViewportSize({ width: 1280, height: 800 });

  // The button goes through the app (a click counted once) to the advertiser's address.
  await tabA
    .context()
    .route("https://example.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Nordlicht</title>" }),
    );
  for (let i = 0; i < 2; i++) {
    const [popup] = await Promise.all([
      tabA.waitForEvent("popup"),
      message.getByRole("link", { name: /^Learn more/ }).click(),
    ]);
    await expect(popup).toHaveURL("https://example.com/nordlicht");
    await popup.close();
  }

  // The report: one delivery (not two), opened once, clicked once. The advertiser's page,
  // open all along, followed live.
  const metric = (name: string) =>
    page.locator("dt", { hasText: new RegExp(`^${name}$`) }).locator("xpath=following-sibling::dd");
  await expect(metric("Delivered")).toHaveText("1");
  await expect(metric("Clicked")).toHaveText("1");
  await page.goto(campaignUrl);
  await expect(metric("Delivered")).toHaveText("1");
  await expect(metric("Opened")).toHaveText("1");
  await expect(metric("Clicked")).toHaveText("1");
  await expect(metric("Spent")).toHaveText("$0.80");
  await expect(metric("Budget left")).toHaveText("$19.20");
  await expect(metric("Click-to-open rate")).toHaveText("100%");
  await expectNoA11yViolations(page);
  await screenshot(page, "sponsored-report");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(csv).toString("utf8")).toMatch(/\r\ntotal,1,1,1,0\.80\r\n/);

  // Not interested: the message leaves his inbox; the report counts it.
  await submitAndSettle(tabA, message.getByRole("button", { name: "Not interested" }));
  await expect(tabA).toHaveURL(/filter=sponsored&hidden=1/);
  await expect(
    tabA.getByText("Hidden. You won't get sponsored messages from that advertiser again."),
  ).toBeVisible();
  await expect(tabA.getByRole("link", { name: /Hi Marco, meet Nordlicht/ })).toHaveCount(0);
  await page.reload();
  await expect(metric("Not interested")).toHaveText("1");
});
