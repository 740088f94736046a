import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  screenshot,
  signIn,
  submitAndSettle,
  test,
} from "./fixtures";
import { CATEGORY_LABELS, CommunicationsSettings } from "./pages/communications-settings";

// Giulia's settings are changed and put back; Sophie, Marco and Emily are left as seeded.
const giulia = demoAccount("career");
const sophie = demoAccount("premium");

/** A full-page screenshot from the top, so the sticky header sits where it belongs. */
async function look(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Puts Giulia's settings back as the seed made them, whatever happened before. */
async function restoreGiulia(page: Page) {
  await page.goto("/settings/communications");
  const f = new CommunicationsSettings(page);
  await f.inmail.setChecked(giulia.acceptsInmail);
  await f.chooseTopics(giulia.interestCategories.map((c) => CATEGORY_LABELS[c] as string));
  await f.signature.fill(giulia.signature);
  await f.email.setChecked(true);
  await submitAndSettle(page, f.save);
  await expect(f.saved).toBeVisible();
}

test.describe("Settings → Communications", () => {
  // In a fresh browser of its own, so it runs even when the journey failed or timed out.
  test.afterEach(async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signIn(page, giulia.email, DEMO_PASSWORD);
      await restoreGiulia(page);
    } finally {
      await context.close();
    }
  });

  test("a member changes who may send them InMail, their topics and signature", async ({
    page,
    browser,
  }) => {
    test.slow(); // one long journey with two members and several saves
    await signIn(page, giulia.email, DEMO_PASSWORD);
    await page.getByRole("button", { name: `Account menu for ${giulia.name}` }).click();
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await expect(page).toHaveURL("/settings/communications");
    await expect(page.getByRole("heading", { level: 1, name: "Communications" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", {
        name: "Communications",
      }),
    ).toHaveAttribute("aria-current", "page");

    // What the seed gave her.
    const f = new CommunicationsSettings(page);
    await expect(f.inmail).toBeChecked();
    await f.expectTopics(["Career opportunity", "New venture"]);
    await expect(f.signature).toHaveValue(giulia.signature);
    await expect(f.email).toBeChecked();
    await expectNoA11yViolations(page);
    await look(page, "settings-communications");

    // Change everything; the counter counts what a reader sees (a flag is one character).
    await f.inmail.uncheck();
    await f.chooseTopics(["Consulting offer", "Reference request"]);
    await f.signature.fill("A presto,\nGiulia 🇮🇹");
    await expect(page.getByText("18 / 300", { exact: true })).toBeVisible();
    await f.email.uncheck();
    await submitAndSettle(page, f.save);
    await expect(f.saved).toBeVisible();
    await expect(f.signature).toHaveValue("A presto,\nGiulia 🇮🇹");
    await expectNoA11yViolations(page);
    await look(page, "settings-communications-saved");

    await page.reload();
    await expect(f.inmail).not.toBeChecked();
    await f.expectTopics(["Consulting offer", "Reference request"]);
    await expect(f.signature).toHaveValue("A presto,\nGiulia 🇮🇹");
    await expect(page.getByText("18 / 300", { exact: true })).toBeVisible();
    await expect(f.email).not.toBeChecked();

    // Another member sees the change at once on her profile.
    const sophieContext = await browser.newContext();
    try {
      const sophiePage = await sophieContext.newPage();
      await signIn(sophiePage, sophie.email, DEMO_PASSWORD);
      await sophiePage.goto(`/in/${giulia.handle}`);
      await expect(sophiePage.getByText("Doesn't accept InMail")).toBeVisible();
      await expect(sophiePage.getByText("Consulting offer, Reference request")).toBeVisible();
    } finally {
      await sophieContext.close();
    }

    // 301 emoji (602 UTF-16 units): refused next to the field, kept in it, nothing saved.
    const tooLong = "👍".repeat(301);
    await f.signature.fill(tooLong);
    await expect(page.getByText("1 character too many")).toBeVisible();
    await expect(page.getByText("301 / 300", { exact: true })).toBeVisible();
    await f.inmail.check();
    await submitAndSettle(page, f.save);
    await expect(page.getByText("A signature can have at most 300 characters.")).toBeVisible();
    await expect(f.signature).toHaveAttribute("aria-invalid", "true");
    await expect(f.signature).toHaveValue(tooLong);
    await expect(f.inmail).toBeChecked();
    await f.expectTopics(["Consulting offer", "Reference request"]);
    await expect(page.getByRole("status").filter({ hasText: "Nothing was saved" })).toBeVisible();
    await expectNoA11yViolations(page);
    await look(page, "settings-communications-error");

    await page.reload();
    await expect(f.signature).toHaveValue("A presto,\nGiulia 🇮🇹");
    await expect(f.inmail).not.toBeChecked();

    // Exactly 300 is fine.
    await f.signature.fill("👍".repeat(300));
    await expect(page.getByText("300 / 300", { exact: true })).toBeVisible();
    await submitAndSettle(page, f.save);
    await expect(f.saved).toBeVisible();

    // Phone width: the page fits without sideways scrolling.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page);
    await look(page, "settings-communications-phone");
  });
});

test("/settings opens the Profile section", async ({ page }) => {
  await signIn(page, giulia.email, DEMO_PASSWORD);
  await page.goto("/settings");
  await expect(page).toHaveURL("/settings/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Communications" })).toBeVisible();
});
