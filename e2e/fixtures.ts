import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * Each browser context is a visitor of its own address: the journeys' server trusts one proxy
 * hop (TRUSTED_PROXY_HOPS=1 in playwright.config.ts), so per-address limits (sign-ups, failed
 * sign-ins) count each simulated person apart, as they would in production behind a proxy.
 */
function visitorAddress(): string {
  const [a = 0, b = 0, c = 0] = randomUUID()
    .replace(/-/g, "")
    .match(/../g)
    ?.map((h) => Number.parseInt(h, 16)) ?? [0, 0, 0];
  return `10.${a}.${b}.${(c % 254) + 1}`;
}

/**
 * Every journey fails on a Content-Security-Policy violation, or a message the browser could
 * not translate (a route that does not send a client component its messages), reported in any
 * of its browsers (the page's, and contexts it opens itself for other members).
 */
export const test = base.extend<{ cspGuard: undefined }>({
  context: async ({ context }, use) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": visitorAddress() });
    await use(context);
  },
  cspGuard: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = (ctx: BrowserContext) =>
        ctx.on("console", (message) => {
          if (
            /Content Security Policy|Refused to (load|execute|apply)|MISSING_MESSAGE|FORMATTING_ERROR/i.test(
              message.text(),
            )
          ) {
            violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
          }
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      // The test's own extra browsers (a second member, a recruiter's candidate…), closed when it
      // ends: left open, every later journey would share the machine with their live pages.
      const created: BrowserContext[] = [];
      browser.newContext = async (...args) => {
        const extra = await newContext(...args);
        await extra.setExtraHTTPHeaders({ "X-Forwarded-For": visitorAddress() });
        watch(extra);
        created.push(extra);
        return extra;
      };
      await use(undefined);
      browser.newContext = newContext;
      await Promise.all(created.map((extra) => extra.close().catch(() => {})));
      expect(violations, "CSP violations and untranslated messages").toEqual([]);
    },
    { auto: true },
  ],
});

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
  // A settled page: after a client navigation Next.js sets the new title a moment after the
  // content (streamed metadata); axe must not judge the page in between. A page that never gets
  // a title still fails, here.
  await expect(page).toHaveTitle(/\S/);
  // Label in name (WCAG 2.5.3) is still "experimental" in axe, so off unless turned on. The
  // rules go in first: AxeBuilder's options() replaces what withTags and disableRules set.
  const rules: Record<string, { enabled: boolean }> = {
    "label-content-name-mismatch": { enabled: true },
  };
  for (const rule of options.disableRules ?? []) rules[rule] = { enabled: false };
  let builder = new AxeBuilder({ page }).options({ rules }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  let { violations } = await builder.analyze();
  // A live refresh (router.refresh after an event) re-streams the page's metadata: for a moment
  // the document has no <title>. Judge the page again once it has one; a page that never gets
  // a title still fails.
  if (violations.some((v) => v.id === "document-title")) {
    await expect(page).toHaveTitle(/\S/);
    ({ violations } = await builder.analyze());
  }
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

/**
 * The first link in the newest captured mail to `to` whose subject matches. Mail goes out from
 * the job queue a moment after the request, so this waits for it (/dev/mail, APP_ENV=test).
 */
export async function linkFromMail(
  page: Page,
  { to, subject, link }: { to: string; subject: RegExp; link: RegExp },
): Promise<string> {
  const mailLink = page.getByRole("link", {
    name: new RegExp(`^Open mail to ${escapeRegExp(to)}: ${subject.source}`, "i"),
  });
  await expect(async () => {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    await expect(mailLink.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await mailLink.first().click();
  const anchor = page.getByRole("link", { name: link }).first();
  const href = await anchor.getAttribute("href");
  if (!href) throw new Error(`no link like ${link} in the mail to ${to}`);
  return href;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A new member, as a person becomes one: the sign-up form, the "check your inbox" page, the
 * confirmation link from the mail, then sign-in, which opens the onboarding. Leaves the page
 * signed in on Home (the onboarding skipped) or on the onboarding.
 */
export async function signUpConfirmed(
  page: Page,
  {
    name,
    email,
    password,
    onboarding = "skip",
  }: {
    name: string;
    email: string;
    password: string;
    /** A new member lands on the onboarding: skip it (Home), or stay there. */
    onboarding?: "skip" | "stay";
  },
): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const confirm = await linkFromMail(page, {
    to: email,
    subject: /Confirm your email address/,
    link: /\/confirm-email\//,
  });
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("Your email address is confirmed. Sign in")).toBeVisible();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/welcome$/);
  if (onboarding === "skip") {
    await page.getByRole("button", { name: "Skip for now" }).click();
    await expect(page).toHaveURL("/");
  }
}

/** A unique, readable address for a new member of a journey. */
export function freshEmail(name: string): string {
  return `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 6)}@example.com`;
}

/**
 * A brand-new, confirmed Basic member in a browser context of their own, signed in; returns the
 * page and the path of their profile.
 */
export async function newMember(
  browser: Browser,
  name: string,
  { email = freshEmail(name), password = "a-private-long-passphrase" } = {},
) {
  const page = await (await browser.newContext()).newPage();
  await signUpConfirmed(page, { name, email, password });
  await page.goto("/");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/in\//);
  return { page, name, email, password, profile: new URL(page.url()).pathname };
}

/**
 * The messages of the open conversation: not the inbox list beside it on a wide screen (which
 * repeats its last line), nor the reply box (which still holds a message while it is sent).
 */
export function conversation(page: Page): Locator {
  return page.locator('section[aria-labelledby="thread-title"] ol').first();
}

/**
 * Subscribes to a plan as a member does: its card on the plans page, then the confirmation
 * page, which states the price, confirmed on a button that says it. Ends on My Premium.
 */
export async function subscribeToPlan(
  page: Page,
  { plan, price }: { plan: string; price: string },
): Promise<void> {
  await page.goto("/premium");
  await page.getByRole("link", { name: `Subscribe to ${plan}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Subscribe to ${plan}` })).toBeVisible();
  await page.getByRole("button", { name: `Subscribe for ${price} / month` }).click();
  await expect(page).toHaveURL(/\/premium\/my\?subscribed=/);
}

/** The "N InMail credits" figure on Home ("No InMail credits" is 0). */
export async function creditsOnHome(page: Page): Promise<number> {
  await page.goto("/");
  const text = (await page.getByRole("link", { name: /InMail credits?$/ }).textContent()) ?? "";
  if (/^\s*No InMail credits/.test(text)) return 0;
  return Number(text.match(/\d+/)?.[0] ?? Number.NaN);
}
