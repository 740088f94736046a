import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  screenshot,
  signIn,
  submitAndSettle,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");
const marco = demoAccount("basic");

test("a new member signs up and lands in the signed-in shell", async ({ page }) => {
  await page.goto("/sign-up");
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-up");

  // A common password is refused next to the field, and what was typed is kept.
  const email = `new.member.${randomUUID().slice(0, 8)}@example.com`;
  await page.getByLabel("Full name").fill("Nina Neumann");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectNoA11yViolations(page);

  await page.getByLabel("Password", { exact: true }).fill("a-long-and-private-passphrase");
  await page.getByRole("button", { name: "Agree & join" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Welcome back, Nina Neumann" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Home", "My Network", "Messaging", "Premium"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Account menu for Nina Neumann" })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "home-new-member");

  // Signing up twice with the same email (any case) is refused.
  await page.getByRole("button", { name: "Account menu for Nina Neumann" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nina Again");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill("another-long-passphrase");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
});

test("a demo member signs in and opens another member's profile", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-in");

  // Wrong password and unknown email get the same single message.
  const refusal = page.getByText("That email and password don't match.");
  for (const email of [sophie.email, "nobody-here@example.com"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-her-password");
    await submitAndSettle(page, page.getByRole("button", { name: "Sign in" }));
    await expect(refusal).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
  }

  await signIn(page, sophie.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: `Welcome back, ${sophie.name}` })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "home");

  await page.goto(`/in/${marco.handle}`);
  await expect(page.getByRole("heading", { level: 1, name: marco.name })).toBeVisible();
  await expect(page.getByText("2nd degree connection")).toBeAttached();
  await expect(page.getByText(`${marco.title}`, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "profile");

  for (const [link, heading] of [
    ["My Network", "My Network"],
    ["Messaging", "Messaging"],
    ["Premium", "Premium"],
  ] as const) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoA11yViolations(page);
    await screenshot(page, link.toLowerCase().replace(/\s+/g, "-"));
  }

  // Phone width: every page fits without sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/", `/in/${marco.handle}`, "/network", "/messaging", "/premium"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await page.goto("/");
  await screenshot(page, "home-phone");
});

test("a signed-out visit to a signed-in page goes to sign-in and comes back after", async ({
  page,
}) => {
  await page.goto(`/in/${marco.handle}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(`/in/${marco.handle}`);
  await expect(page.getByRole("heading", { level: 1, name: marco.name })).toBeVisible();
});

test("a visitor switches the language to German", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("de");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-in-de");

  await page.getByLabel("E-Mail").fill(sophie.email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(
    page.getByRole("heading", { name: `Willkommen zurück, ${sophie.name}` }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Mein Netzwerk" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "home-de");

  await page.getByLabel("Sprache").selectOption("it");
  await expect(page.getByRole("heading", { name: `Bentornato, ${sophie.name}` })).toBeVisible();
  await screenshot(page, "home-it");
});

test("a member resets a forgotten password through the captured mail", async ({ page }) => {
  // A member of its own, so other journeys keep the demo passwords.
  const email = `reset.${randomUUID().slice(0, 8)}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Rita Reset");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("the-first-long-passphrase");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page).toHaveURL("/");
  await page.getByRole("button", { name: "Account menu for Rita Reset" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expectNoA11yViolations(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();
  await screenshot(page, "forgot-password");

  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  await expectNoA11yViolations(page);
  await screenshot(page, "captured-mail");
  await page
    .getByRole("link", { name: `Open mail to ${email}: Reset your InMail password` })
    .click();
  await expectNoA11yViolations(page);
  const resetLink = page.getByRole("link", { name: /\/reset-password\// });
  const href = await resetLink.getAttribute("href");
  expect(href).toMatch(/\/reset-password\/[\w-]{20,}$/);
  await resetLink.click();

  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("the-second-long-passphrase");
  await page.getByLabel("Confirm new password").fill("not-the-same-passphrase");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText("The two passwords don't match.")).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "reset-password");
  await page.getByLabel("New password", { exact: true }).fill("the-second-long-passphrase");
  await page.getByLabel("Confirm new password").fill("the-second-long-passphrase");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  // The old password no longer works; the new one does; the link is single-use.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the-first-long-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match.")).toBeVisible();
  await signIn(page, email, "the-second-long-passphrase");
  await expect(page.getByRole("heading", { name: "Welcome back, Rita Reset" })).toBeVisible();
  await page.goto(href ?? "/reset-password/missing");
  await expect(
    page.getByText("This reset link is invalid, already used or expired."),
  ).toBeVisible();
});
