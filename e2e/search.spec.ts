import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import { expect, expectNoA11yViolations, screenshot, signIn, test } from "./fixtures";

const sophie = demoAccount("premium");
const marco = demoAccount("basic");
const lukas = demoAccount("recruiter");
const emily = demoAccount("optout");
const tobias = demoAccount("blocker");

test("a member searches for people and sees how to reach each one", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);

  // The search box of the top bar.
  await page.getByRole("search").getByLabel("Search members").fill("Marco");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search?q=Marco");
  await expect(page.getByRole("heading", { level: 2, name: "Results for “Marco”" })).toBeVisible();
  const results = page.getByRole("list", { name: "Members found" });
  await expect(results.getByRole("link", { name: marco.name, exact: true })).toHaveAttribute(
    "href",
    `/in/${marco.handle}`,
  );
  // Not connected: an InMail; the compose page decides and explains, the link only leads there.
  await expect(page.getByRole("link", { name: `Send InMail to ${marco.name}` })).toHaveAttribute(
    "href",
    `/messaging/new?to=${marco.handle}`,
  );
  await expect(page.getByRole("link", { name: `Message ${marco.name}` })).toHaveCount(0);
  // …and an invitation to connect.
  await expect(page.getByRole("button", { name: `Invite ${marco.name} to connect` })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "search-marco");

  // A 1st-degree connection gets a free message instead.
  await page.getByLabel("Name, title or company").fill(lukas.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=Lukas\+Hoffmann/);
  const lukasRow = results.getByRole("listitem").filter({ hasText: lukas.name }).first();
  await expect(lukasRow.getByText("1st degree connection")).toBeAttached();
  await expect(page.getByRole("link", { name: `Message ${lukas.name}` })).toHaveAttribute(
    "href",
    `/messaging/new?to=${lukas.handle}`,
  );
  await expect(page.getByRole("link", { name: `Send InMail to ${lukas.name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Invite ${lukas.name} to connect` })).toHaveCount(
    0,
  );

  // Someone who refuses InMail is still listed, with a note the compose page explains.
  await page.getByLabel("Name, title or company").fill(emily.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  // Shown with the reason, but not offered: it could only be refused.
  const toEmily = page.getByRole("button", { name: `Send InMail to ${emily.name}` });
  await expect(toEmily).toBeDisabled();
  await expect(toEmily).toHaveAccessibleDescription("Doesn't accept InMail");
  await expectNoA11yViolations(page);
  await screenshot(page, "search-opted-out");

  // Filters: an industry from the list, then a location too.
  await page.getByLabel("Name, title or company").fill("");
  await page.getByLabel("Industry").selectOption(tobias.industry);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/industry=Logistics/);
  await expect(page.getByRole("heading", { level: 2, name: "Results" })).toBeVisible();
  const rows = results.getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("Logistics");
  await expectNoA11yViolations(page);
  await screenshot(page, "search-industry");

  // Tobias (Hamburg, logistics) blocked Sophie: she never finds him, by filters or by name.
  await page.getByLabel("Location").fill(tobias.city);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/location=Hamburg/);
  await expect(page.getByLabel("Industry")).toHaveValue(tobias.industry);
  await expect(page.getByRole("heading", { level: 2, name: "Results" })).toBeVisible();
  await expect(page.getByRole("link", { name: tobias.name, exact: true })).toHaveCount(0);

  await page.goto(`/search?q=${encodeURIComponent(tobias.name)}`);
  await expect(
    page.getByRole("heading", { level: 2, name: `Results for “${tobias.name}”` }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: tobias.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `Send InMail to ${tobias.name}` })).toHaveCount(0);
});

test("the degree filter shows only members of that degree, page after page", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto("/search");
  const results = page.getByRole("list", { name: "Members found" });
  for (const [option, label] of [
    ["1st degree", "1st degree connection"],
    ["2nd degree", "2nd degree connection"],
    ["3rd degree", "3rd degree connection"],
    ["Out of network", "Out of network"],
  ] as const) {
    await page.getByLabel("Connection").selectOption({ label: option });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/degree=/);
    const rows = results.getByRole("listitem");
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all())
      await expect(row.getByText(label, { exact: true })).toBeAttached();
    if (option === "3rd degree") {
      await expectNoA11yViolations(page);
      await screenshot(page, "search-3rd-degree");
      // The next page keeps the filter.
      await page.getByRole("link", { name: "Next page" }).click();
      await expect(page).toHaveURL(/degree=3.*after=|after=.*degree=3/);
      await expect(rows.first()).toBeVisible();
      for (const row of await rows.all())
        await expect(row.getByText(label, { exact: true })).toBeAttached();
    }
  }
});

test("search results page on, and broken search links still work", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto(`/search?industry=${encodeURIComponent(sophie.industry)}`);
  const results = page.getByRole("list", { name: "Members found" });
  await expect(results.getByRole("listitem")).toHaveCount(10);
  const firstPage = await results.getByRole("listitem").allTextContents();

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(results.getByRole("listitem").first()).toBeVisible();
  const secondPage = await results.getByRole("listitem").allTextContents();
  expect(secondPage.filter((text) => firstPage.includes(text))).toEqual([]);
  await expect(page.getByLabel("Industry")).toHaveValue(sophie.industry);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(results.getByRole("listitem").first()).not.toHaveText(secondPage[0] ?? "");
  // Previous page goes back one page at a time, to exactly the pages seen before.
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(results.getByRole("listitem").first()).toHaveText(secondPage[0] ?? "");
  expect(await results.getByRole("listitem").allTextContents()).toEqual(secondPage);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(results.getByRole("listitem").first()).toHaveText(firstPage[0] ?? "");
  expect(await results.getByRole("listitem").allTextContents()).toEqual(firstPage);
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(page).not.toHaveURL(/after=|before=/);
  expect(await results.getByRole("listitem").allTextContents()).toEqual(firstPage);

  // Hostile or broken links still show the page, never an error.
  for (const query of [
    "q=%27%26%7C!%3A*()&location=%25_&after=not-a-cursor",
    `q=${"x".repeat(300)}&industry=No+such+industry`,
    "q=%F0%9F%99%82&q=second&after=e30",
    `q=Sophie&before=${"x".repeat(5000)}`,
    "before=e30&before=not-a-cursor",
  ]) {
    const response = await page.goto(`/search?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search members" })).toBeVisible();
    await expect(page.getByLabel("Industry")).toHaveValue("");
  }
});

test("search fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, sophie.email, DEMO_PASSWORD);
  // The top bar's search collapses to a link on phones.
  await page.getByRole("link", { name: "Search members" }).click();
  await expect(page).toHaveURL("/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search members" })).toBeVisible();
  await page.getByLabel("Name, title or company").fill("Hoffmann");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: `Message ${lukas.name}` })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, "horizontal overflow on /search").toBeLessThanOrEqual(0);
  await expectNoA11yViolations(page);
  await screenshot(page, "search-phone");
});
