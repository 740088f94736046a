import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  conversation,
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
import { CommunicationsSettings } from "./pages/communications-settings";
import { ComposePage } from "./pages/compose";
import { InboxPage } from "./pages/inbox";
import { SearchPage } from "./pages/search";

// Read-only journeys use the demo members; the one that sends and spends has members of its own.
const sophie = demoAccount("premium");
const marco = demoAccount("basic");
const emily = demoAccount("optout");

test("a Premium member finds a member in search and sends an InMail; the Basic recipient answers", async ({
  browser,
}) => {
  test.slow();
  // The recipient, a new Basic member, welcomes career opportunities only.
  const rocco = await newMember(browser, "Rocco Rivolta");
  const settings = new CommunicationsSettings(rocco.page);
  await settings.open();
  await settings.chooseTopics(["Career opportunity"]);
  await submitAndSettle(rocco.page, settings.save);
  await expect(settings.saved).toBeVisible();

  // The sender, a new member who subscribes to Premium for its monthly credits.
  const sina = await newMember(browser, "Sina Sander");
  const sender = sina.page;
  await subscribeToPlan(sender, { plan: "Premium Career", price: "$29.99" });
  const creditsBefore = await creditsOnHome(sender);
  expect(creditsBefore).toBeGreaterThan(0);

  // Search → the result offers "Send InMail" (they are not connected).
  await sender
    .getByRole("searchbox", { name: /search/i })
    .first()
    .fill(rocco.name);
  await sender.keyboard.press("Enter");
  await expect(sender).toHaveURL(/\/search\?/);
  await sender.getByRole("link", { name: `Send InMail to ${rocco.name}` }).click();

  const compose = new ComposePage(sender);
  await expect(sender.getByRole("heading", { name: "New InMail" })).toBeVisible();
  await expect(compose.creditsLeft(creditsBefore)).toBeVisible();
  await expect(
    sender.getByText("Your response score appears after your first InMail."),
  ).toBeVisible();
  await expect(
    sender.getByRole("heading", { name: `${rocco.name} welcomes InMail about` }),
  ).toBeVisible();

  await compose.subject.fill("Produzione e automazione a Monaco");
  // A category Rocco did not list: a warning, not a block.
  await compose.category.selectOption({ label: "Business deal" });
  await expect(sender.getByText(/hasn't listed “Business deal”/)).toBeVisible();
  await compose.category.selectOption({ label: "Career opportunity" });
  await expect(sender.getByText(/hasn't listed/)).toHaveCount(0);
  await compose.body.fill(
    "Ciao Rocco, we are building a new plant team in Munich. Would you like to talk?",
  );
  await compose.phone.fill("+49 89 1234567");
  await expectNoA11yViolations(sender);
  await screenshot(sender, "compose-inmail");
  await compose.send();

  await expect(
    sender.getByRole("heading", { name: "Produzione e automazione a Monaco" }),
  ).toBeVisible();
  await expect(sender.getByText(`Waiting for ${rocco.name} to answer.`)).toBeVisible();
  await expectNoA11yViolations(sender);
  await screenshot(sender, "thread-sender-waiting");
  expect(await creditsOnHome(sender)).toBe(creditsBefore - 1);

  // No second InMail while the first is unanswered: search and profile say so, like compose.
  const search = new SearchPage(sender);
  await search.open({ q: rocco.name });
  const waiting = search.result(rocco.name).getByRole("button", {
    name: `Send InMail to ${rocco.name}`,
  });
  await expect(waiting).toBeDisabled();
  await expect(waiting).toHaveAccessibleDescription("Waiting for the answer to your InMail");
  await screenshot(sender, "search-awaiting-answer");
  await sender.goto(rocco.profile);
  await expect(sender.getByRole("button", { name: "Send InMail" })).toHaveAccessibleDescription(
    `Waiting for ${rocco.name} to answer your InMail. You can write again once they do.`,
  );

  // The recipient, a Basic member, sees it unread and answers for free.
  const recipient = rocco.page;
  const inbox = new InboxPage(recipient);
  await inbox.open();
  await inbox.filter("Unread").click();
  await expect(recipient).toHaveURL(/filter=unread/);
  const row = inbox.rows().filter({ hasText: "Produzione e automazione a Monaco" });
  await expect(row).toHaveAccessibleName(new RegExp(`^${sina.name} \\(Unread\\)`));
  await expectNoA11yViolations(recipient);
  await screenshot(recipient, "inbox-unread");
  await row.click();
  await expect(recipient.getByText(`Contact details shared by ${sina.name}`)).toBeVisible();
  await expect(recipient.getByRole("link", { name: "+49 89 1234567" })).toBeVisible();
  await expect(recipient.getByRole("heading", { name: "Answer this InMail" })).toBeVisible();
  await expectNoA11yViolations(recipient);
  await screenshot(recipient, "thread-recipient");
  await recipient.getByLabel("Write a message").fill("Grazie Sina, volentieri. Martedì?");
  await submitAndSettle(recipient, recipient.getByRole("button", { name: "Send", exact: true }));
  await expect(
    conversation(recipient).getByText("Grazie Sina, volentieri. Martedì?"),
  ).toBeVisible();
  await expect(recipient.getByRole("heading", { name: "Answer this InMail" })).toHaveCount(0);
  // Opened → read for the recipient only.
  await recipient.goto("/messaging?filter=unread");
  await expect(inbox.rows().filter({ hasText: "Produzione e automazione a Monaco" })).toHaveCount(
    0,
  );

  // The sender sees the answer, and the sent view says "Answered".
  const sendersInbox = new InboxPage(sender);
  await sendersInbox.open();
  await sendersInbox.rows().filter({ hasText: "Produzione e automazione a Monaco" }).click();
  await expect(conversation(sender).getByText("Grazie Sina, volentieri. Martedì?")).toBeVisible();
  await expect(sender.getByLabel("Write a message")).toBeVisible();
  await sender.goto("/messaging/sent");
  const sentItem = sender
    .getByRole("listitem")
    .filter({ hasText: "Produzione e automazione a Monaco" });
  await expect(sentItem.getByText("Answered", { exact: true })).toBeVisible();
  await expect(sentItem.getByText(/1 credit/)).toBeVisible();
  await expectNoA11yViolations(sender);
  await screenshot(sender, "sent-inmails");
});

test("over-limit subject or body cannot be sent", async ({ page }) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  const compose = new ComposePage(page);
  await compose.open(marco.handle);
  await expect(page.getByRole("heading", { name: "New InMail" })).toBeVisible();
  const send = compose.sendInmail;
  await compose.category.selectOption({ label: "New venture" });
  await compose.body.fill("Hello");
  // 201 user-perceived characters (each emoji is several UTF-16 units).
  await compose.subject.fill("👩‍💻".repeat(201));
  await expect(page.getByText("201 of 200 characters used")).toBeAttached();
  // A sentence says what is too long and by how much, not only a red counter.
  await expect(page.getByText("1 character too many")).toBeVisible();
  await expect(send).toBeDisabled();
  await compose.subject.fill("👩‍💻".repeat(200));
  await expect(page.getByText(/too many/)).toHaveCount(0);
  await expect(send).toBeEnabled();
  await compose.body.fill("é".repeat(1905));
  await expect(page.getByText(/\d+ characters? too many/)).toBeVisible();
  await expect(send).toBeDisabled();
  await screenshot(page, "compose-over-limit");
});

test("sending to a member who refuses InMail shows the refusal and spends nothing", async ({
  page,
}) => {
  await signIn(page, sophie.email, DEMO_PASSWORD);
  const before = await creditsOnHome(page);
  await page.goto(`/in/${emily.handle}`);
  await expect(page.getByText("Doesn't accept InMail")).toBeVisible();
  // The profile shows the button disabled, with the reason; the compose page refuses too.
  const send = page.getByRole("button", { name: "Send InMail" });
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription("Doesn't accept InMail");
  await page.goto(`/messaging/new?to=${emily.handle}`);
  await expect(
    page.getByRole("heading", { name: `You can't send ${emily.name} an InMail` }),
  ).toBeVisible();
  await expect(
    page.getByText(`${emily.name} doesn't accept InMail. No credit was used.`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send InMail" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await screenshot(page, "compose-refused");
  expect(await creditsOnHome(page)).toBe(before);
});

test("a member cannot open someone else's thread", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, sophie.email, DEMO_PASSWORD);
  await page.goto("/messaging");
  await page
    .getByRole("link", { name: /InMail · / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  const threadUrl = page.url();
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, emily.email, DEMO_PASSWORD);
  const response = await outsider.goto(threadUrl);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // Inside the shell: one <main>, no violations.
  await expect(outsider.getByRole("main")).toHaveCount(1);
  await expectNoA11yViolations(outsider);
  // An address no route matches: its own page, one <main> too.
  await outsider.goto("/no-such-page");
  await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(outsider.getByRole("main")).toHaveCount(1);
  await expectNoA11yViolations(outsider);
});
