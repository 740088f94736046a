import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export { expect, test } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCREENSHOT_DIR = fileURLToPath(new URL("./.screenshots/", import.meta.url));

/**
 * Fails with one readable line per problem (rule, impact, the elements, how to fix) when axe
 * finds WCAG 2.1 A/AA violations on the page as it is now.
 */
export async function expectNoA11yViolations(
  page: Page,
  options: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const report = violations.map((violation) => {
    const nodes = violation.nodes
      .map(
        (node) =>
          `    - ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s*\n\s*/g, "; ")}`,
      )
      .join("\n");
    return `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
  });
  expect(
    violations.map((v) => v.id),
    `Accessibility violations on ${page.url()}:\n${report.join("\n")}`,
  ).toEqual([]);
}

/** Signs in through the real form, as a member would, and waits until they are let in. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), "http://localhost").pathname.startsWith("/sign-in")) {
    await page.goto("/sign-in");
  }
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
}

/** A full-page screenshot in e2e/.screenshots/<name>.png (gitignored), to look at the result. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = `${SCREENSHOT_DIR}${name.replace(/[^\w.-]+/g, "-")}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Clicks a form's submit button and waits for the server action's answer. React resets a form
 * when its action settles, so typing into it before then would be wiped.
 */
export async function submitAndSettle(page: Page, button: Locator): Promise<void> {
  await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === "POST" &&
        Boolean(response.request().headers()["next-action"]),
    ),
    button.click(),
  ]);
}
