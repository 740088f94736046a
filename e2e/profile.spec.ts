import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  expect,
  expectNoA11yViolations,
  freshEmail,
  linkFromMail,
  screenshot,
  signIn,
  signUpConfirmed,
  test,
} from "./fixtures";
import { ProfileForm } from "./pages/profile-settings";
import { SearchPage } from "./pages/search";

const sophie = demoAccount("premium");

// Each journey signs a member up through the real mail link first: longer than most.
test.describe.configure({ timeout: 60_000 });

async function photo(): Promise<Buffer> {
  return sharp({
    create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 90, b: 40 } },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="900" height="600"><circle cx="450" cy="300" r="220" fill="#f4d3b0"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer();
}

test("a new member is onboarded with a photo and is found by search at once", async ({
  page,
  browser,
}) => {
  const word = `Quellwerk${randomUUID().slice(0, 6)}`;
  const email = freshEmail("Ada Example");
  const password = "a-private-long-passphrase";
  await signUpConfirmed(page, { name: "Ada Example", email, password, onboarding: "stay" });
  await expect(page.getByRole("heading", { name: "Welcome to InMail, Ada Example" })).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "onboarding");

  const form = new ProfileForm(page);
  // Not a picture: refused next to the field, by content, whatever its name says.
  await form.uploadPhoto({
    name: "me.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg onload=alert(1)>"),
  });
  // Next to the field: the error is part of the file input's description.
  await expect(page.getByLabel("Choose a photo")).toHaveAccessibleDescription(
    /That file is not a picture we can read/,
  );
  await expectNoA11yViolations(page);
  await form.uploadPhoto({ name: "me.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await expect(page.getByText("Your new photo is saved.")).toBeVisible();
  const avatar = page.locator('img[src^="/photos/"]').first();
  await expect(avatar).toBeVisible();
  // The stored photo is the app's own square WebP.
  const served = await page.request.get((await avatar.getAttribute("src")) as string);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toContain("immutable");

  await form.fill({
    title: "Cartographer",
    company: word,
    industry: "Software",
    country: "Germany",
    city: "München",
  });
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoA11yViolations(page);
  await screenshot(page, "onboarding-375");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL("/?welcome=1");
  await expect(page.getByText("Your profile is ready.")).toBeVisible();
  await expect(page.locator("#main").getByText(`Cartographer at ${word}`)).toBeVisible();
  await expectNoA11yViolations(page);

  // Someone else finds her by her new company at once, with her place in English.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, sophie.email, DEMO_PASSWORD);
  const search = new SearchPage(other);
  await search.open({ q: word });
  const result = search.result("Ada Example");
  await expect(result).toContainText(`Cartographer at ${word}`);
  await expect(result).toContainText("Munich, Germany");
  await expect(result.locator('img[src^="/photos/"]')).toBeVisible();
  await search.openProfile("Ada Example");
  await expect(other.getByText("Munich, Germany").first()).toBeVisible();
  await expect(other.getByText("Local time")).toBeVisible();
  // Filtered by the city typed in Italian, she is found too.
  await search.open({ q: word, location: "Monaco di Baviera" });
  await expect(search.result("Ada Example")).toBeVisible();
  await search.openProfile("Ada Example");
  await expectNoA11yViolations(other);
  await screenshot(other, "profile-with-photo");
  await other.context().close();
});

test("a member edits the profile, then the name and the email address (confirmed by mail)", async ({
  page,
}) => {
  const email = freshEmail("Bruno Example");
  const password = "a-private-long-passphrase";
  await signUpConfirmed(page, { name: "Bruno Example", email, password });

  await page.goto("/settings");
  await expect(page).toHaveURL("/settings/profile");
  const form = new ProfileForm(page);
  // Too long: said next to the field, by how much, and nothing is saved or lost.
  await form.fill({ headline: "x".repeat(230), title: "Pilot" });
  await expect(page.getByText("10 characters too many")).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("The headline is too long: at most 220 characters.")).toBeVisible();
  await expect(page.getByLabel("Current title")).toHaveValue("Pilot");
  await expectNoA11yViolations(page);
  await form.fill({ headline: "Flying the night mail", country: "Italy", city: "Torino" });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("Turin");
  await expectNoA11yViolations(page);
  await screenshot(page, "settings-profile");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "settings-profile-375");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Account: the name, then a new address that counts only once confirmed.
  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL("/settings/account");
  await page.getByLabel("Full name").fill("Bruno Beispiel");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Me: account menu for Bruno Beispiel" }),
  ).toBeVisible();
  const next = freshEmail("Bruno Beispiel");
  await page.getByLabel("New email address").fill(next);
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(
    page.getByText(`If ${next} can be used, a confirmation link is on its way`),
  ).toBeVisible();
  await expect(page.getByText(`Your address now: ${email}`)).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "settings-account");

  const confirm = await linkFromMail(page, {
    to: next,
    subject: /Confirm your new email address/,
    link: /\/confirm-email\//,
  });
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  // The action answers with a redirect home; navigating before it lands would abort it.
  await expect(page).toHaveURL("/?confirmed=1");
  await expect(page.getByText("Your email address is confirmed. Welcome!")).toBeVisible();
  await page.goto("/settings/account");
  await expect(page.getByText(`Your address now: ${next}`)).toBeVisible();
});
