import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  freshEmail,
  screenshot,
  signIn,
  signUpConfirmed,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");

test("every response carries the security headers; pages a fresh CSP nonce", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  const nonce = (value: string) => value.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(csp)).not.toBe(nonce(second.headers()["content-security-policy"] ?? ""));
  // The page's own scripts carry that nonce.
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce(csp)}"`);
  // Static files get the fixed headers too.
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  if (!script) throw new Error("no script in the page");
  const asset = await request.get(script);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  // A server action body over the limit is refused before it is read.
  const big = await request.post("/sign-in", {
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain" },
    data: "x".repeat(300 * 1024),
  });
  expect(big.status()).toBe(413);
});

test("the icons and robots.txt are served, signed out, with the fixed headers", async ({
  request,
}) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
    ["/robots.txt", "text/plain"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const page = await (await request.get("/sign-in")).text();
  expect(page).toContain('href="/favicon.ico"');
});

test("signing out ends the session on the server: the old cookie opens nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: `Account menu for ${sophie.name}` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  // The same cookie, replayed in another browser, no longer opens the inbox.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const other = await replay.newPage();
  await other.goto("/messaging");
  await expect(other).toHaveURL(/\/sign-in/);
});

test("Settings → Security lists sessions, signs out another device and changes the password", async ({
  page,
  browser,
}) => {
  const name = "Sina Security";
  const email = freshEmail(name);
  const password = "a-long-and-private-passphrase";
  await signUpConfirmed(page, { name, email, password });
  // A second device.
  const laptop = await (
    await browser.newContext({
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    })
  ).newPage();
  await signIn(laptop, email, password);

  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { level: 1, name: "Sign-in & security" })).toBeVisible();
  const sessions = page.getByRole("listitem").filter({ hasText: "Last active" });
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "Firefox on Linux" })).toHaveCount(1);
  await expectNoA11yViolations(page);
  await screenshot(page, "settings-security");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "settings-security-375");
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole("button", { name: "Sign out Firefox on Linux" }).click();
  await expect(page.getByText("That session has ended.")).toBeVisible();
  await laptop.goto("/messaging");
  await expect(laptop).toHaveURL(/\/sign-in/);

  // Changing the password needs the current one, and ends every other session.
  await signIn(laptop, email, password);
  await page.getByLabel("Current password").fill("not-my-password-at-all");
  await page.getByLabel("New password").fill("a-newer-private-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill("a-newer-private-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(
    page.getByText("Your password was changed. 1 other session has ended."),
  ).toBeVisible();
  await laptop.goto("/messaging");
  await expect(laptop).toHaveURL(/\/sign-in/);
  await page.goto("/messaging");
  await expect(page).toHaveURL("/messaging");
});

test("ten wrong passwords lock sign-in to that account for a while, with the time to wait", async ({
  page,
}) => {
  const name = "Lars Lockout";
  const email = freshEmail(name);
  const password = "a-long-and-private-passphrase";
  await signUpConfirmed(page, { name, email, password });
  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // The sign-in page the sign-out lands on, not the page being left.
  await expect(page.getByText("You have signed out.")).toBeVisible();
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(`wrong-guess-${attempt}`);
    // The same message stays up from the attempt before: wait for this attempt's answer, or
    // the next attempt is typed into a form that its answer then resets.
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/sign-in"),
    );
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await answered;
    await expect(page.getByText("That email and password don't match.")).toBeVisible();
  }
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(/Try again in 1[45] minutes\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoA11yViolations(page);
});
