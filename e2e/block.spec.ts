import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  creditsOnHome,
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  signIn,
  submitAndSettle,
  subscribeToPlan,
  test,
} from "./fixtures";

const sophie = demoAccount("premium");
const tobias = demoAccount("blocker");

const subscribePremium = (page: Page) =>
  subscribeToPlan(page, { plan: "Premium Career", price: "$29.99" });

test.describe.configure({ mode: "serial" });

test("the demo blocker's list shows Sophie, and Sophie cannot see the blocker's profile", async ({
  browser,
}) => {
  const blocker = await (await browser.newContext()).newPage();
  await signIn(blocker, tobias.email, DEMO_PASSWORD);
  await blocker.goto("/settings/blocked");
  await expect(blocker.getByRole("heading", { level: 1, name: "Blocked members" })).toBeVisible();
  await expect(
    blocker.getByRole("list", { name: "Members you blocked" }).getByRole("link", {
      name: sophie.name,
    }),
  ).toBeVisible();
  const blocked = await (await browser.newContext()).newPage();
  await signIn(blocked, sophie.email, DEMO_PASSWORD);
  await blocked.goto(`/in/${tobias.handle}`);
  await expect(blocked.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a member blocks another from the profile menu; the blocked member is refused; unblock from Settings", async ({
  browser,
}) => {
  test.slow();
  const bea = await newMember(browser, "Bea Blocker");
  const bruno = await newMember(browser, "Bruno Blocked");
  await subscribePremium(bruno.page);
  const creditsBefore = await creditsOnHome(bruno.page);
  expect(creditsBefore).toBeGreaterThan(0);

  // Bruno starts an InMail to Bea while he still can.
  await bruno.page.goto(`${bea.profile}`);
  await bruno.page.getByRole("link", { name: "Send InMail" }).click();
  await expect(bruno.page.getByRole("heading", { name: "New InMail" })).toBeVisible();
  await bruno.page.getByLabel("Subject").fill("Coffee next week?");
  await bruno.page.getByLabel("Category").selectOption({ label: "Get back in touch" });
  await bruno.page.getByLabel("Message", { exact: true }).fill("Hi Bea, long time no see.");

  // Bea blocks Bruno from his profile: More → Block → confirmation.
  await bea.page.goto(bruno.profile);
  await bea.page.getByRole("button", { name: `More actions for ${bruno.name}` }).click();
  await bea.page.getByRole("button", { name: `Block ${bruno.name}`, exact: true }).click();
  const dialog = bea.page.getByRole("alertdialog", { name: `Block ${bruno.name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/connection ends/)).toBeVisible();
  await expectNoA11yViolations(bea.page);
  await screenshot(bea.page, "block-confirm");
  // The server action's request is kept, to replay it without a session below.
  const [blockRequest] = await Promise.all([
    bea.page.waitForRequest(
      (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
    ),
    dialog.getByRole("button", { name: "Block", exact: true }).click(),
  ]);
  await expect(dialog).toBeHidden();
  await expect(bea.page.getByText(`You blocked ${bruno.name}.`)).toBeVisible();
  await expect(bea.page.getByRole("button", { name: `Unblock ${bruno.name}` })).toBeVisible();
  await expectNoA11yViolations(bea.page);
  await screenshot(bea.page, "profile-blocked-state");

  // Bruno's open form is refused by the server, and no credit is spent.
  await submitAndSettle(bruno.page, bruno.page.getByRole("button", { name: "Send InMail" }));
  await expect(bruno.page.getByText("You can't contact this member.")).toBeVisible();
  // What he wrote is kept.
  await expect(bruno.page.getByLabel("Subject")).toHaveValue("Coffee next week?");
  await expect(bruno.page.getByLabel("Category")).toHaveValue("get_back_in_touch");
  await expectNoA11yViolations(bruno.page);
  await bruno.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(bruno.page, "compose-refused-blocked");
  // Bea's profile and compose page are gone for him.
  await bruno.page.goto(bea.profile);
  await expect(bruno.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await bruno.page.goto(`/messaging/new?to=${bea.profile.replace("/in/", "")}`);
  await expect(bruno.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(await creditsOnHome(bruno.page)).toBe(creditsBefore);

  // Bea unblocks him from Settings → Blocked members.
  await bea.page.goto("/settings");
  await bea.page.getByRole("link", { name: "Blocked members" }).click();
  await expect(bea.page).toHaveURL("/settings/blocked");
  const list = bea.page.getByRole("list", { name: "Members you blocked" });
  await expect(list.getByRole("link", { name: bruno.name })).toBeVisible();
  await expectNoA11yViolations(bea.page);
  await screenshot(bea.page, "settings-blocked-members");
  await bea.page.setViewportSize({ width: 375, height: 812 });
  await screenshot(bea.page, "settings-blocked-members-375");
  await bea.page.setViewportSize({ width: 1280, height: 720 });
  await bea.page.getByRole("button", { name: `Unblock ${bruno.name}` }).click();
  await expect(bea.page.getByText("Unblocked. They can reach you again")).toBeVisible();
  await expect(bea.page.getByText("You haven't blocked anyone.")).toBeVisible();
  await expectNoA11yViolations(bea.page);
  await screenshot(bea.page, "settings-blocked-empty");

  // Bruno can find and InMail her again.
  await bruno.page.goto(bea.profile);
  await expect(bruno.page.getByRole("heading", { level: 1, name: bea.name })).toBeVisible();
  await expect(bruno.page.getByRole("link", { name: "Send InMail" })).toBeVisible();

  // The block action is a public endpoint: replayed without a session it blocks no one...
  const replay = {
    headers: Object.fromEntries(
      Object.entries(blockRequest.headers()).filter(([name]) =>
        ["next-action", "content-type", "accept", "next-router-state-tree"].includes(name),
      ),
    ),
    data: blockRequest.postDataBuffer() ?? "",
  };
  const signedOut = await browser.newContext();
  await signedOut.request.post(blockRequest.url(), { ...replay, maxRedirects: 0 });
  await signedOut.close();
  await bruno.page.goto(bea.profile);
  await expect(bruno.page.getByRole("heading", { level: 1, name: bea.name })).toBeVisible();
  await bea.page.goto("/settings/blocked");
  await expect(bea.page.getByText("You haven't blocked anyone.")).toBeVisible();
  // ...while the very same request with Bea's session does block (so the replay is a real call).
  await bea.page.request.post(blockRequest.url(), { ...replay, maxRedirects: 0 });
  await bea.page.goto("/settings/blocked");
  await expect(
    bea.page.getByRole("list", { name: "Members you blocked" }).getByRole("link", {
      name: bruno.name,
    }),
  ).toBeVisible();
});

test("a Premium member turns on Open Profile; a Basic member messages them free", async ({
  browser,
}) => {
  test.slow();
  const olga = await newMember(browser, "Olga Open");
  const basil = await newMember(browser, "Basil Basic");

  // Basic: the setting is shown disabled, with the reason and a way to Premium.
  await basil.page.goto("/settings/communications");
  const basilSwitch = basil.page.getByRole("switch", {
    name: "Let anyone message me free of charge",
  });
  await expect(basilSwitch).toBeDisabled();
  await expect(basil.page.getByText(/Open Profile is a Premium feature/)).toBeVisible();
  await expect(basil.page.getByRole("link", { name: "See Premium plans" })).toBeVisible();
  await expectNoA11yViolations(basil.page);
  await screenshot(basil.page, "open-profile-basic");

  await subscribePremium(olga.page);
  await olga.page.goto("/settings/communications");
  const toggle = olga.page.getByRole("switch", { name: "Let anyone message me free of charge" });
  await expect(toggle).toBeEnabled();
  await toggle.check();
  await submitAndSettle(olga.page, olga.page.getByRole("button", { name: "Save Open Profile" }));
  await expect(
    olga.page.getByText("Open Profile is on: anyone can message you free of charge."),
  ).toBeVisible();
  await expect(toggle).toBeChecked();
  await expectNoA11yViolations(olga.page);
  await olga.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(olga.page, "open-profile-premium-on");

  const creditsBefore = await creditsOnHome(basil.page);
  await basil.page.goto(olga.profile);
  await expect(basil.page.getByText("Open Profile", { exact: true })).toBeVisible();
  await expectNoA11yViolations(basil.page);
  await screenshot(basil.page, "profile-open-profile");
  await basil.page.setViewportSize({ width: 375, height: 812 });
  await screenshot(basil.page, "profile-open-profile-375");
  await basil.page.setViewportSize({ width: 1280, height: 720 });
  await basil.page.getByRole("link", { name: "Message", exact: true }).click();
  await expect(
    basil.page.getByRole("heading", { name: `New message to ${olga.name}` }),
  ).toBeVisible();
  await expect(basil.page.getByText("Free: Open Profile — no credit used")).toBeVisible();
  await basil.page.getByLabel("Subject").fill("Your talk on open source");
  await basil.page.getByLabel("Category").selectOption({ label: "Expertise request" });
  await basil.page
    .getByLabel("Message", { exact: true })
    .fill("Hello Olga, could I ask you two questions about your talk?");
  await expectNoA11yViolations(basil.page);
  await screenshot(basil.page, "compose-open-profile");
  await basil.page.getByRole("button", { name: "Send free message" }).click();
  await expect(basil.page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  await expect(basil.page.getByRole("heading", { name: "Your talk on open source" })).toBeVisible();
  await expect(basil.page.getByText(/This InMail was free \(Open Profile\)/)).toBeVisible();
  await screenshot(basil.page, "thread-open-profile-sender");
  expect(await creditsOnHome(basil.page)).toBe(creditsBefore);
  await basil.page.goto("/messaging/sent");
  const sent = basil.page.getByRole("listitem").filter({ hasText: "Your talk on open source" });
  await expect(sent.getByText("Free", { exact: true })).toBeVisible();
  await expect(sent.getByText(/Credit back/)).toHaveCount(0);
});
