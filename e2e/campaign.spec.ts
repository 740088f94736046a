import { DEMO_PASSWORD, demoAccount } from "../db/seed/demo-accounts";
import {
  conversation,
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  signIn,
  submitAndSettle,
  subscribeToPlan,
  test,
} from "./fixtures";
import { SearchPage } from "./pages/search";

// The candidate who answers is a demo member (they sign in with the demo password); the
// recruiter is new, so no earlier InMail stands between them.
const marco = demoAccount("basic");

test("a recruiter launches a campaign to 21 candidates from search; one answers; the report follows, refunds included", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = await newMember(browser, "Carla Campaign");
  await subscribeToPlan(page, { plan: "Recruiter Lite", price: "$169.99" });

  // The audience: two pages of a search, and one member found by name.
  const search = new SearchPage(page);
  await search.open({ q: "engineer" });
  const save = page.getByRole("form", { name: "Save to a project" });
  await save.getByLabel("New project name").fill("Spring engineers");
  await save.getByRole("button", { name: "Save this page" }).click();
  await expect(save.getByText("Saved 10 candidates to “Spring engineers”.")).toBeVisible();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await save.getByRole("button", { name: "Save this page" }).click();
  await expect(save.getByText("Saved 10 candidates to “Spring engineers”.")).toBeVisible();
  await search.open({ q: marco.name });
  await page.getByRole("checkbox", { name: `Select ${marco.name}` }).check();
  await save.getByRole("button", { name: "Save selected" }).click();
  await expect(save.getByText("Saved 1 candidate to “Spring engineers”.")).toBeVisible();

  // Compose: templates with variables from the picker.
  await save.getByRole("link", { name: "Open project" }).click();
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();
  const subject = page.getByLabel("Subject");
  await subject.fill("A plant role for you, ");
  await subject.press("End");
  await page.getByRole("button", { name: "Insert First name" }).click();
  await expect(subject).toHaveValue("A plant role for you, {firstName}");
  await page
    .getByLabel("Message", { exact: true })
    .fill(
      "Hello {firstName},\n\nyour work at {company|your company} caught my eye. We are building a plant team in Munich.\n\nInterested?",
    );
  await expectNoA11yViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "campaign-new");
  // An unknown variable is refused next to the field, and nothing is lost.
  await subject.fill("Hi {nickname}");
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page.getByText("Only these variables work:")).toBeVisible();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(/plant team in Munich/);
  await subject.fill("A plant role for you, {firstName}");
  await page.getByRole("button", { name: "Save and preview" }).click();

  // The draft: a summary, and a preview that steps through real recipients.
  await expect(page).toHaveURL(/\/recruiting\/campaigns\/[0-9a-f-]{36}$/);
  const campaignUrl = page.url();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByText("20 get an InMail")).toBeVisible();
  await expect(page.getByText("1 is skipped")).toBeVisible();
  await expect(page.getByText("doesn't accept InMail: 1")).toBeVisible();
  await expect(page.getByText("20 credits needed; you have 30.")).toBeVisible();
  await expect(page.getByText(/^Recipient 1 of 21: /)).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 3, name: /^A plant role for you, \S+$/ }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Next recipient" }).click();
  await expect(page.getByText(/^Recipient 2 of 21: /)).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "campaign-draft");
  // A draft can still be edited.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit campaign" })).toBeVisible();
  await page.getByLabel("Subject").fill("A Munich plant role for you, {firstName}");
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page).toHaveURL(campaignUrl);
  await expect(
    page.getByRole("heading", { level: 3, name: /^A Munich plant role for you, \S+$/ }),
  ).toBeVisible();

  // Launch; the report fills in while it sends.
  await page.getByRole("button", { name: "Launch campaign" }).click();
  await expect(page.getByText("Completed", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("21 of 21 done")).toBeVisible();
  const figure = (term: string) =>
    page
      .locator("dl > div")
      .filter({ has: page.getByText(term, { exact: true }) })
      .locator("dd");
  await expect(figure("Sent")).toHaveText("20");
  await expect(figure("Credits spent")).toHaveText("20");
  await expect(figure("Answered")).toHaveText("0");
  await expectNoA11yViolations(page);
  await screenshot(page, "campaign-completed");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "campaign-completed-375");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The candidate answers "Interested" from the InMail.
  const candidate = await (await browser.newContext()).newPage();
  await signIn(candidate, marco.email, DEMO_PASSWORD);
  await candidate.goto("/messaging");
  await candidate
    .getByRole("link", { name: /Carla Campaign.*A Munich plant role for you, Marco/ })
    .click();
  await expect(conversation(candidate).getByText(/Hello Marco,/)).toBeVisible();
  // Who writes: how often this sender's InMails get an answer.
  await expect(candidate.getByText(/^InMails from Carla Campaign got an answer/)).toBeVisible();
  await expectNoA11yViolations(candidate);
  await screenshot(candidate, "campaign-candidate-answers");
  await candidate
    .getByRole("checkbox", { name: `Share my email address (${marco.email})` })
    .check();
  await submitAndSettle(
    candidate,
    candidate.getByRole("button", { name: "Interested", exact: true }),
  );
  await expect(candidate.getByText("You're interested")).toBeVisible();
  await candidate.context().close();

  // The report shows it (the page follows live).
  await expect(figure("Answered")).toHaveText("1", { timeout: 15_000 });
  await expect(figure("Interested")).toHaveText("1");
  await page.getByRole("link", { name: "Answered", exact: true }).click();
  await expect(page.getByRole("list", { name: "Recipients" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText(/InMail · .*Interested/)).toBeVisible();
  // The address he chose to share is in the conversation, for the recruiter.
  await page.getByRole("link", { name: `Conversation with ${marco.name}` }).click();
  await expect(page.getByText(`Contact details shared by ${marco.name}`)).toBeVisible();
  await expect(page.getByRole("link", { name: marco.email })).toBeVisible();
  await expectNoA11yViolations(page);

  // A week on, the unanswered InMails' credits come back, and the report says so.
  await page.goto("/dev/clock");
  await page.getByRole("button", { name: "+7 days" }).click();
  await expect(page.getByText("Time moved;")).toBeVisible();
  await page.goto(campaignUrl);
  await expect(figure("Refunded")).toHaveText("19", { timeout: 15_000 });
  await expect(figure("Credits returned")).toHaveText("19");
  // The chart over time has its table: launch day 20 sent, a week later 19 refunded.
  await page.getByText("Show as a table").click();
  const table = page.getByRole("table", { name: "Per day" });
  await expect(table.getByRole("row")).toHaveCount(9);
  await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("20");
  await expect(table.getByRole("row").last().getByRole("cell").last()).toHaveText("19");
  await expectNoA11yViolations(page);
  await screenshot(page, "campaign-refunded");

  // The CSV has a row per recipient.
  const csv = await page.request.get(`${campaignUrl}/report.csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines).toHaveLength(22);
  expect(lines[0]).toBe(
    "name,profile,status,skip_reason,kind,sent_at,read,answer,decline_reason,later_from,refunded",
  );
});
