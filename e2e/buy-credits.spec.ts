import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  creditsOnHome,
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  signIn,
  test,
} from "./fixtures";
import { ComposePage } from "./pages/compose";

const marco = demoAccount("basic");
const sophie = demoAccount("premium");

test("a Basic member buys 5 credits in the local test-mode checkout and sends an InMail", async ({
  browser,
}) => {
  test.slow();
  // A new member is on Basic: no monthly credits. The InMail goes to another new member.
  const recipient = await newMember(browser, "Rita Empfängerin");
  await recipient.page.context().close();
  const { page } = await newMember(browser, "Bruno Käufer");
  const before = await creditsOnHome(page);
  expect(before).toBe(0);

  await page.goto("/premium/credits");
  await expect(page.getByRole("heading", { level: 1, name: "Buy InMail credits" })).toBeVisible();
  await expect(page.getByText("You have no InMail credits.")).toBeVisible();
  await expect(page.getByText(/Test mode: Stripe is not configured/)).toBeVisible();
  // The total follows the chosen pack size.
  await page.getByRole("radio", { name: "3 credits" }).check();
  await expect(page.getByText("3 credits × $10.00")).toBeVisible();
  await expect(page.getByText("$30.00", { exact: true })).toBeVisible();
  await page.getByRole("radio", { name: "5 credits" }).check();
  await expect(page.getByText("$50.00", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "buy-credits");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "buy-credits-375");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page).toHaveURL(/\/premium\/checkout\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await expect(
    page.getByText(/Test mode — no real payment; Stripe is not configured/),
  ).toBeVisible();
  await expect(page.getByText("5 InMail credits")).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "checkout-local");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "checkout-local-375");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Pay $50.00" }).click();
  await expect(page).toHaveURL(/\/premium\/my\?purchase=success/);
  // The history is a table on a wide screen and a stacked list on a phone: the one shown.
  await expect(
    page.getByText("Credit pack purchase").filter({ visible: true }).first(),
  ).toBeVisible();
  await screenshot(page, "my-premium-after-purchase");
  expect(await creditsOnHome(page)).toBe(before + 5);

  // The purchased credits are spent like any other.
  const compose = new ComposePage(page);
  await compose.open(recipient.profile);
  await expect(page.getByRole("heading", { name: "New InMail" })).toBeVisible();
  await expect(compose.creditsLeft(before + 5)).toBeVisible();
  await compose.write({
    subject: "Automation know-how for your plant team",
    category: "Expertise request",
    body: "Hello Rita, I saw you are hiring in Munich. Happy to share what we learned in Milan.",
  });
  await compose.send();
  await expect(page.getByText(`Waiting for ${recipient.name} to answer.`)).toBeVisible();
  expect(await creditsOnHome(page)).toBe(before + 4);
});

test("cancelling charges nothing, and nobody else can open the order", async ({ browser }) => {
  const buyer = await (await browser.newContext()).newPage();
  await signIn(buyer, marco.email, DEMO_PASSWORD);
  const before = await creditsOnHome(buyer);

  await buyer.goto("/premium/credits");
  await buyer.getByRole("radio", { name: "2 credits" }).check();
  await buyer.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(buyer).toHaveURL(/\/premium\/checkout\/[0-9a-f-]{36}$/);
  const checkoutUrl = buyer.url();

  // Another member gets a plain 404 for it.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, sophie.email, DEMO_PASSWORD);
  const response = await other.goto(checkoutUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("button", { name: /^Pay/ })).toHaveCount(0);

  await buyer.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(buyer).toHaveURL(/\/premium\/credits\?purchase=cancelled/);
  await expect(buyer.getByText("Purchase cancelled. Nothing was charged.")).toBeVisible();
  await expectNoA11yViolations(buyer);

  // The order is closed for good: no "Pay" button comes back.
  await buyer.goto(checkoutUrl);
  await expect(buyer.getByText(/This order was cancelled/)).toBeVisible();
  await expect(buyer.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
  await expectNoA11yViolations(buyer);
  await screenshot(buyer, "checkout-cancelled");
  expect(await creditsOnHome(buyer)).toBe(before);
});
