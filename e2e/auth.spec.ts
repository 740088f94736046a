import { randomUUID } from "node:crypto";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  freshEmail,
  linkFromMail,
  screenshot,
  signIn,
  signUpConfirmed,
  submitAndSettle,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");
const marco = demoAccount("basic");

test("a new member signs up, confirms the address from the mail and lands in the shell", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-up");

  // A common password is refused next to the field, and what was typed is kept.
  const email = `new.member.${randomUUID().slice(0, 8)}@example.com`;
  const password = "a-long-and-private-passphrase";
  await page.getByLabel("Full name").fill("Nina Neumann");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expectNoA11yViolations(page);

  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(`We sent a mail to ${email}.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-up-check-inbox");

  // Before confirming, the new member can sign in and look around, but not send.
  await signIn(page, email, password);
  const banner = page.getByRole("region", { name: "Confirm your email address" });
  await expect(banner).toContainText(`We sent a link to ${email}`);
  await expectNoA11yViolations(page);
  await screenshot(page, "home-unconfirmed");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "home-unconfirmed-375");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The link from the mail confirms on a button press (a GET alone changes nothing).
  const confirm = await linkFromMail(page, {
    to: email,
    subject: /Confirm your email address/,
    link: /\/confirm-email\//,
  });
  await page.goto(confirm);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  // A new member is asked about their work first; the confirmation is said there.
  await expect(page).toHaveURL("/welcome?confirmed=1");
  await expect(page.getByText("Your email address is confirmed. Welcome!")).toBeVisible();
  await expect(page.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Home", "My Network", "Messaging", "Premium"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Skip for now" }).click();
  await expect(page).toHaveURL("/");
  await expect(
    page.getByRole("heading", { name: "Welcome to InMail, Nina Neumann" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "home-new-member");
  // The same link again does nothing.
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("This link is invalid, already used or expired.")).toBeVisible();
  await page.goto("/");

  // Signing up again with the same address (any case) looks exactly like a new sign-up; the
  // owner gets a mail instead, and the account keeps its password.
  await page.getByRole("button", { name: "Account menu for Nina Neumann" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Nina Again");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill("another-long-passphrase");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await linkFromMail(page, {
    to: email,
    subject: /You already have an InMail account/,
    link: /\/forgot-password/,
  });
  await signIn(page, email, password);
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

test("a visitor switches the language; a member's choice is saved with the account", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Language").selectOption("de");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectNoA11yViolations(page);
  await screenshot(page, "sign-in-de");
  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // A member of its own: the choice is stored with the account.
  const name = "Lena Lang";
  const email = freshEmail(name);
  await signUpConfirmed(page, { name, email, password: "a-long-and-private-passphrase" });
  await page.getByRole("contentinfo").getByLabel("Language").selectOption("de");
  await expect(
    page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Mein Netzwerk" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "home-de");

  // Another browser, no cookie: the account's language still applies.
  const other = await (await page.context().browser()?.newContext({ locale: "en-US" }))?.newPage();
  if (!other) throw new Error("no second browser context");
  await signIn(other, email, "a-long-and-private-passphrase");
  await expect(other.locator("html")).toHaveAttribute("lang", "de");

  // The Me menu has the switcher too.
  await page.getByRole("button", { name: `Ich: Kontomenü von ${name}` }).click();
  await page
    .getByRole("navigation", { name: "Hauptnavigation" })
    .getByLabel("Sprache")
    .selectOption("it");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await screenshot(page, "home-it");
});

test("a member resets a forgotten password through the captured mail", async ({ page }) => {
  // A member of its own, so other journeys keep the demo passwords.
  const email = `reset.${randomUUID().slice(0, 8)}@example.com`;
  await signUpConfirmed(page, {
    name: "Rita Reset",
    email,
    password: "the-first-long-passphrase",
  });
  await page.getByRole("button", { name: "Account menu for Rita Reset" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expectNoA11yViolations(page);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(`If an account exists for ${email}`)).toBeVisible();
  await screenshot(page, "forgot-password");

  const href = await linkFromMail(page, {
    to: email,
    subject: /Reset your InMail password/,
    link: /\/reset-password\//,
  });
  await expectNoA11yViolations(page);
  await screenshot(page, "captured-mail");
  expect(href).toMatch(/\/reset-password\/[\w-]{20,}$/);
  await page.goto(href);

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
  await expect(page.getByRole("heading", { name: "Welcome to InMail, Rita Reset" })).toBeVisible();
  await page.goto(href ?? "/reset-password/missing");
  await expect(
    page.getByText("This reset link is invalid, already used or expired."),
  ).toBeVisible();
});
