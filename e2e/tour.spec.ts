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

// The main pages, in every language, at a desktop and a phone width: no axe violation on any of
// them, and a screenshot of each to look at (e2e/.screenshots/tour-<lang>-<width>-<page>.png).
// The tour account's language is switched as a member does (it is saved with the account) and
// switched back to English at the end, which the other journeys expect.
const emily = demoAccount("optout");
const sophie = demoAccount("premium");

const PAGES = [
  { name: "home", path: "/" },
  { name: "search", path: "/search?q=engineer" },
  { name: "profile", path: `/in/${sophie.handle}` },
  { name: "messaging", path: "/messaging" },
  { name: "messaging-search", path: "/messaging?q=thank" },
  { name: "new-message", path: "/messaging/new?q=sophie" },
  { name: "compose", path: `/messaging/new?to=${sophie.handle}` },
  { name: "network", path: "/network" },
  { name: "premium", path: "/premium" },
  { name: "my-premium", path: "/premium/my" },
  { name: "settings-profile", path: "/settings/profile" },
  { name: "settings-account", path: "/settings/account" },
  { name: "not-found", path: "/in/nobody-is-called-this" },
];

const LANGUAGES = [{ locale: "de" }, { locale: "it" }, { locale: "en" }] as const;

test("every main page in English, German and Italian, at 1280 and 375 px, has no axe violations", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, emily.email, DEMO_PASSWORD);
  const problems: string[] = [];
  try {
    // TOUR_LOCALES=it runs one language (while fixing one); English always ends the tour.
    const only = process.env.TOUR_LOCALES?.split(",");
    for (const { locale } of LANGUAGES.filter((l) => !only || only.includes(l.locale))) {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("combobox").selectOption(locale);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: width === 1280 ? 800 : 812 });
        for (const { name, path } of PAGES) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          // Every page is judged, and every problem reported at the end, not just the first.
          try {
            await expectNoA11yViolations(page);
          } catch (error) {
            problems.push(
              `${locale} ${width}px ${name}: ${(error as Error).message.split("\n\n")[0]}`,
            );
          }
          // Nothing wider than the screen: a phone never scrolls sideways.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (overflow > 0) problems.push(`${locale} ${width}px ${name}: ${overflow}px too wide`);
          await screenshot(page, `tour-${locale}-${width}-${name}`);
        }
      }
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("combobox").selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
  expect(problems, problems.join("\n")).toEqual([]);
});

test("the recruiting pages in English, German and Italian, at 1280 and 375 px, have no axe violations", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // A recruiter of the tour's own: a project saved from search, a draft, and a sent campaign.
  const { page } = await newMember(browser, "Tessa Tour");
  await subscribeToPlan(page, { plan: "Recruiter Lite", price: "$169.99" });
  await page.goto("/search?q=engineer");
  const save = page.getByRole("form", { name: "Save to a project" });
  await save.getByLabel("New project name").fill("Tour engineers");
  await save.getByRole("button", { name: "Save this page" }).click();
  await save.getByRole("link", { name: "Open project" }).click();
  await expect(page).toHaveURL(/\/recruiting\/projects\/[0-9a-f-]{36}$/);
  const project = page.url();
  const newCampaign = `${new URL(project).pathname}/campaign`;
  const draftOf = async () => {
    await page.goto(newCampaign);
    await page.getByRole("button", { name: "Save and preview" }).click();
    await expect(page).toHaveURL(/\/recruiting\/campaigns\/[0-9a-f-]{36}$/);
    return new URL(page.url()).pathname;
  };
  const report = await draftOf();
  await page.getByRole("button", { name: "Launch campaign" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  const draft = await draftOf();
  const paths: Record<string, string> = {
    recruiting: "/recruiting",
    project: new URL(project).pathname,
    "campaign-new": newCampaign,
    "campaign-draft": draft,
    "campaign-report": report,
  };
  const problems = await judgePages(page, paths, "/recruiting");
  expect(problems, problems.join("\n")).toEqual([]);
});

test("the Sponsored InMail pages in English, German and Italian, at 1280 and 375 px, have no axe violations", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // An advertiser of the tour's own: a draft, and a campaign launched with a budget.
  const { page } = await newMember(browser, "Toni Tour");
  const draftOf = async (name: string) => {
    await page.goto("/sponsored/new");
    await page.getByLabel("Campaign name").fill(name);
    await page.getByLabel("Subject").fill("Hi {firstName}, a tour");
    await page.getByRole("textbox", { name: "Message", exact: true }).fill("Hello {firstName}.");
    await page.getByLabel("Button text").fill("Learn more");
    await page.getByLabel("Button link").fill("https://example.com/tour");
    // Industries no demo account works in: no other journey's member is in this audience.
    const industries = page.getByRole("group", { name: /^Industries/ });
    await industries.getByLabel("Healthcare").check();
    await industries.getByLabel("Energy").check();
    await page.getByRole("button", { name: "Create the draft" }).click();
    await expect(page).toHaveURL(/\/sponsored\/[0-9a-f-]{36}$/);
    return new URL(page.url()).pathname;
  };
  const report = await draftOf("Tour launched");
  await page.getByLabel("Budget (USD)").fill("10");
  await page.getByRole("button", { name: "Pay and launch" }).click();
  await page.getByRole("button", { name: "Pay $10.00" }).click();
  await expect(page.getByText("Running", { exact: true })).toBeVisible();
  const draft = await draftOf("Tour draft");
  const problems = await judgePages(
    page,
    {
      sponsored: "/sponsored",
      "sponsored-new": "/sponsored/new",
      "sponsored-draft": draft,
      "sponsored-report": report,
      "messaging-sponsored": "/messaging?filter=sponsored",
    },
    "/sponsored",
  );
  expect(problems, problems.join("\n")).toEqual([]);
});

/**
 * Every page of `paths` in each language at both widths: axe violations and horizontal
 * overflow as problems (all of them, not just the first), and a screenshot of each. The
 * language is switched from `start`, as a member does; English comes last.
 */
async function judgePages(
  page: Page,
  paths: Record<string, string>,
  start: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const { locale } of LANGUAGES) {
    await page.goto(start);
    await page.getByRole("contentinfo").getByRole("combobox").selectOption(locale);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: width === 1280 ? 800 : 812 });
      for (const [name, path] of Object.entries(paths)) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        try {
          await expectNoA11yViolations(page);
        } catch (error) {
          problems.push(
            `${locale} ${width}px ${name}: ${(error as Error).message.split("\n\n")[0]}`,
          );
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) problems.push(`${locale} ${width}px ${name}: ${overflow}px too wide`);
        await screenshot(page, `tour-${locale}-${width}-${name}`);
      }
    }
  }
  return problems;
}
