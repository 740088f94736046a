import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  signIn,
  subscribeToPlan,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");

async function balanceOnMyPremium(page: Page): Promise<number> {
  await page.goto("/premium/my");
  return Number((await page.getByTestId("balance").textContent())?.match(/\d+/)?.[0] ?? 0);
}

test.describe.configure({ mode: "serial" });

test("a Premium member sees balance, plan, renewal and history on My Premium", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto("/premium/my");
  await expect(page.getByRole("heading", { level: 1, name: "My Premium" })).toBeVisible();
  await expect(page.getByText("Premium Business")).toBeVisible();
  await expect(page.getByText("15 credits every month, up to 45")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Next renewal" })).toBeVisible();
  const history = page.getByRole("table");
  await expect(history.getByRole("row", { name: /Monthly credits/ }).first()).toBeVisible();
  await expect(history.getByRole("row", { name: /InMail sent/ }).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "my-premium");

  // Switching says what happens to the current plan before anything changes.
  await page.goto("/premium");
  await page.getByRole("link", { name: "Switch to Sales Navigator" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Switch to Sales Navigator" }),
  ).toBeVisible();
  await expect(page.getByText(/^Premium Business ends when you confirm\./)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Switch for .+ \/ month$/ })).toBeVisible();
});

test("a member subscribes to Premium, gets the first month at once, and cancels", async ({
  browser,
}) => {
  const { page } = await newMember(browser, "Paolo Premium");
  await page.goto("/premium");
  await expectNoA11yViolations(page);
  await screenshot(page, "premium-plans");
  // No one-click subscription: the card leads to a page that states the price first.
  await page.getByRole("link", { name: "Subscribe to Premium Career" }).click();
  await expect(page).toHaveURL(/\/premium\/subscribe\?plan=premium_career$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Subscribe to Premium Career" }),
  ).toBeVisible();
  await expect(page.getByTestId("confirm-price")).toHaveText("$29.99 / month");
  await expect(page.getByText("Currency: US Dollar (USD)")).toBeVisible();
  await expect(page.getByText("5 InMail credits per month")).toBeVisible();
  await expect(page.getByText("5 InMail credits are added as soon as you confirm.")).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "premium-confirm");
  // Back to the plans changes nothing.
  await page.getByRole("link", { name: "Back to plans" }).click();
  await expect(page).toHaveURL(/\/premium$/);
  expect(await balanceOnMyPremium(page)).toBe(0);

  await subscribeToPlan(page, { plan: "Premium Career", price: "$29.99" });
  await expect(page.getByText("You are now on Premium Career.")).toBeVisible();
  expect(await balanceOnMyPremium(page)).toBe(5);

  await page.goto("/premium");
  await page.getByRole("button", { name: "Cancel Premium" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel Premium Career?" });
  await expect(dialog.getByText("5 unused monthly credits are forfeited")).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Yes, cancel Premium" }).click();
  await expect(page).toHaveURL(/\/premium\/my\?cancelled=1/);
  await expect(page.getByText("Premium was cancelled.")).toBeVisible();
  await expectNoA11yViolations(page);
  expect(await balanceOnMyPremium(page)).toBe(0);
  await expect(page.getByRole("row", { name: /Forfeited: Premium cancelled/ })).toBeVisible();
});

test("with the test clock, an unanswered InMail's credit comes back after 7 days", async ({
  browser,
}) => {
  // A new member who will not answer.
  const { profile } = await newMember(browser, "Quentin Quiet");

  // A new Premium member, so that no other pending InMail or renewal can move the balance.
  const { page } = await newMember(browser, "Rita Refund");
  await subscribeToPlan(page, { plan: "Premium Career", price: "$29.99" });
  const before = await balanceOnMyPremium(page);
  expect(before).toBe(5);
  await page.goto(profile);
  await page.getByRole("link", { name: "Send InMail" }).click();
  await page.getByLabel("Subject").fill("Nobody will answer this");
  await page.getByLabel("Category").selectOption({ label: "New venture" });
  await page
    .getByLabel("Message", { exact: true })
    .fill("Hello Quentin, a short note about a new venture.");
  await page.getByRole("button", { name: "Send InMail" }).click();
  await expect(page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);

  expect(await balanceOnMyPremium(page)).toBe(before - 1);
  const pending = page.getByRole("link", { name: "To Quentin Quiet: Nobody will answer this" });
  await expect(pending).toBeVisible();
  await screenshot(page, "my-premium-pending");

  await page.goto("/dev/clock");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "+7 days" }).click();
  await expect(page.getByText("Time moved;")).toBeVisible();
  await screenshot(page, "test-clock");

  expect(await balanceOnMyPremium(page)).toBe(before);
  await expect(
    page.getByRole("row", { name: /Refund: no answer within 7 days.*Nobody will answer this/ }),
  ).toBeVisible();
  await expect(pending).toHaveCount(0);
  await screenshot(page, "my-premium-refunded");
  await page.goto("/messaging/sent");
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: "Nobody will answer this" })
      .getByText("No answer — credit refunded"),
  ).toBeVisible();
});
