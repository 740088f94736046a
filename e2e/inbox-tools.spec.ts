import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import { expect, expectNoA11yViolations, newMember, screenshot, signIn, test } from "./fixtures";
import { InboxPage } from "./pages/inbox";

// A demo account whose inbox this journey changes and puts back (a campaign journey may write
// to it too: the counts below are relative).
const career = demoAccount("career");
const marco = demoAccount("basic");

test("a member archives a conversation, finds it under Archived, moves it back and marks it unread", async ({
  page,
}) => {
  await signIn(page, career.email, DEMO_PASSWORD);
  // A conversation with a connection (free).
  await page.goto(`/in/${marco.handle}`);
  await page.getByRole("link", { name: "Message", exact: true }).click();
  await page.getByLabel("Message", { exact: true }).fill("Shall we catch up on Friday?");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  const threadUrl = page.url();
  const thread = new URL(threadUrl).pathname;

  // Archive: back to the inbox, where it no longer is; Archived has it.
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page).toHaveURL("/messaging?archived=1");
  await expect(page.getByRole("status").getByText(/Conversation archived/)).toBeVisible();
  await expect(page.locator(`a[href="${thread}"]`)).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page
    .getByRole("navigation", { name: "Show conversations" })
    .getByRole("link", { name: "Archived" })
    .click();
  await expect(page).toHaveURL("/messaging?filter=archived");
  await expect(page.locator(`a[href="${thread}"]`)).toHaveCount(1);
  await screenshot(page, "inbox-archived");

  // Opened from Archived, it says so, and moves back to the inbox.
  await page.locator(`a[href="${thread}"]`).click();
  await expect(page.getByText(/This conversation is archived/)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Move to inbox" }).click();
  await expect(page.getByText(/This conversation is archived/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();

  // Mark as unread: the inbox shows it unread and the badge counts one more (other journeys,
  // a campaign among them, may have left this member unread InMails of their own).
  const badge = page.getByRole("navigation", { name: "Main" }).getByRole("link", {
    name: /Messaging/,
  });
  const unreadBefore = Number(
    ((await badge.textContent()) ?? "").match(/(\d+) unread conversation/)?.[1] ?? 0,
  );
  await page.getByRole("button", { name: "Mark as unread" }).click();
  await expect(page).toHaveURL("/messaging");
  await page
    .getByRole("navigation", { name: "Show conversations" })
    .getByRole("link", { name: "Unread" })
    .click();
  await expect(page.locator(`a[href="${thread}"]`)).toHaveCount(1);
  const plural = unreadBefore + 1 === 1 ? "conversation" : "conversations";
  await expect(badge).toHaveAccessibleName(new RegExp(`${unreadBefore + 1} unread ${plural}`));
  await screenshot(page, "inbox-marked-unread");
});

test("a member starts a conversation by typing a name: free to a connection, an InMail to others", async ({
  page,
  browser,
}) => {
  // Someone certainly outside the member's network.
  const stranger = await newMember(browser, "Xaver Fremdling");
  await stranger.page.context().close();
  await signIn(page, career.email, DEMO_PASSWORD);
  await page.goto("/messaging");
  await page.getByRole("link", { name: "New message" }).click();
  await expect(page).toHaveURL("/messaging/new");
  await expect(page.getByRole("heading", { name: "New message" })).toBeVisible();

  // Suggestions follow the typing; the connection's says it is free.
  await page.getByLabel("To", { exact: true }).fill("marco ross");
  const suggestions = page.getByRole("region", { name: "Suggestions" });
  await expect(
    suggestions.getByRole("link", { name: `Message · free: ${marco.name}` }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "new-message-picker");

  // Someone outside the network: an InMail, and it says what it costs before anything is written.
  await page.getByLabel("To", { exact: true }).fill("xaver fremd");
  const inmail = suggestions.getByRole("link", {
    name: `InMail · 1 credit: ${stranger.name}`,
  });
  await expect(inmail).toBeVisible();
  await inmail.click();
  await expect(page).toHaveURL(/\/messaging\/new\?to=xaver-fremdling/);
  await expect(page.getByRole("heading", { name: "New InMail" })).toBeVisible();
});

test("a member searches their conversations: by a word of a message, within a filter, and finds nothing of others", async ({
  page,
}) => {
  const inbox = new InboxPage(page);
  await signIn(page, demoAccount("premium").email, DEMO_PASSWORD);
  await inbox.open();
  // A word of the newest conversation's latest message.
  const first = inbox.rows().first();
  const snippet = ((await first.locator("p").last().textContent()) ?? "").trim();
  const word = snippet.match(/\p{L}{5,}/u)?.[0];
  expect(word, `a word in "${snippet}"`).toBeTruthy();
  const href = await first.getAttribute("href");
  await inbox.search((word as string).toUpperCase());
  await expect(
    page.getByText(`Conversations matching “${(word as string).toUpperCase()}”`),
  ).toBeVisible();
  await expect(inbox.list.locator(`a[href^="${href}?q="]`)).toHaveCount(1);
  await expectNoA11yViolations(page);
  await screenshot(page, "inbox-search");

  // Opened from the results, the list beside it stays the search.
  await inbox.list.locator(`a[href^="${href}?q="]`).click();
  await expect(page).toHaveURL(new RegExp(`${href}\\?q=`));
  await expect(page.getByRole("searchbox", { name: "Search messages" })).toHaveValue(
    (word as string).toUpperCase(),
  );
  await expectNoA11yViolations(page);

  // Words nobody wrote to her: nothing, said so, with the way back.
  await inbox.open();
  await inbox.search("zzqx unheard");
  await expect(page.getByText("No conversations match “zzqx unheard”.")).toBeVisible();
  await inbox.filter("Archived").click();
  await expect(page).toHaveURL(/filter=archived/);
  await expect(page).toHaveURL(/q=zzqx/);
  await page.getByRole("link", { name: "Clear search" }).click();
  await expect(page).toHaveURL("/messaging?filter=archived");
  await page.setViewportSize({ width: 375, height: 812 });
  await inbox.open();
  await expectNoA11yViolations(page);
  await screenshot(page, "inbox-375");
});
