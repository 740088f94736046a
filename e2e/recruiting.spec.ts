import {
  expect,
  expectNoA11yViolations,
  newMember,
  screenshot,
  subscribeToPlan,
  test,
} from "./fixtures";
import { SearchPage } from "./pages/search";

test("a recruiter saves candidates from search into a project, sees how to reach them, and tidies up", async ({
  browser,
}) => {
  test.slow();
  const rita = await newMember(browser, "Rita Recruiter");
  const page = rita.page;

  // Without a plan that has it, the Me menu's Recruiting page says what it is and how to get it.
  await page.getByRole("button", { name: /account menu for Rita Recruiter/ }).click();
  await page.getByRole("link", { name: "Recruiting" }).click();
  await expect(page).toHaveURL("/recruiting");
  await expect(
    page.getByRole("heading", {
      name: "Recruiting comes with Sales Navigator or Recruiter Lite",
    }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Project name" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await screenshot(page, "recruiting-upsell");

  await subscribeToPlan(page, { plan: "Recruiter Lite", price: "$169.99" });

  // Search: each result has a checkbox, and the form above saves them into a new project.
  const search = new SearchPage(page);
  await search.open({ q: "engineer" });
  const results = page.getByRole("list", { name: "Members found" }).getByRole("listitem");
  await expect(results).toHaveCount(10);
  const save = page.getByRole("form", { name: "Save to a project" });
  await expect(save).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "search-save-to-project");

  // Nothing ticked: said next to the form, nothing saved.
  await save.getByLabel("New project name").fill("Munich plant engineers");
  await save.getByRole("button", { name: "Save selected" }).click();
  await expect(
    save.getByText("Tick at least one member first, or save the whole page."),
  ).toBeVisible();

  const names = await results
    .getByRole("link")
    .filter({ hasNotText: /InMail|Message/ })
    .evaluateAll((links) =>
      [...new Set(links.map((l) => l.textContent?.trim() ?? "").filter(Boolean))].slice(0, 2),
    );
  for (const name of names) {
    await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  }
  await save.getByLabel("New project name").fill("Munich plant engineers");
  await save.getByRole("button", { name: "Save selected" }).click();
  await expect(save.getByText("Saved 2 candidates to “Munich plant engineers”.")).toBeVisible();
  // The project now exists: the form offers it.
  await expect(save.getByLabel("Project")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(save.getByLabel("Project").locator("option:checked")).toHaveText(
    "Munich plant engineers",
  );

  // The page: the two are not saved twice.
  await save.getByRole("button", { name: "Save this page" }).click();
  await expect(
    save.getByText(/Saved 8 candidates to “Munich plant engineers”\. 2 were already there\./),
  ).toBeVisible();
  // Everyone the search finds: the rest.
  await save.getByRole("button", { name: "Save all matching" }).click();
  await expect(save.getByText(/10 were already there\./)).toBeVisible();
  await expectNoA11yViolations(page);

  // The project lists them with their degree and how each can be reached, and what it costs.
  await save.getByRole("link", { name: "Open project" }).click();
  await expect(page).toHaveURL(/\/recruiting\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = page.url();
  await expect(
    page.getByRole("heading", { level: 1, name: "Munich plant engineers" }),
  ).toBeVisible();
  const candidates = page.getByRole("list", { name: "Candidates in this project" });
  await expect(candidates.getByRole("listitem")).toHaveCount(20);
  await expect(candidates.getByText("InMail: 1 credit").first()).toBeVisible();
  await expect(page.getByText(/\d+ InMail credits? needed|No InMail credits needed/)).toBeVisible();
  const total = Number(
    (
      (await page
        .getByText(/^\d+ candidates$/)
        .first()
        .textContent()) ?? ""
    ).match(/\d+/)?.[0],
  );
  expect(total).toBeGreaterThan(10);
  await expectNoA11yViolations(page);
  await screenshot(page, "recruiting-project");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "recruiting-project-375");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Pages of 20, both ways.
  // Each step waits for its own page (its first candidate), not for a list that is already there.
  const firstLink = candidates.getByRole("listitem").first().getByRole("link").first();
  if (total > 20) {
    const firstOfPageOne = (await firstLink.textContent()) ?? "";
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(firstLink).not.toHaveText(firstOfPageOne);
    await page.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(firstLink).toHaveText(firstOfPageOne);
    await expect(candidates.getByRole("listitem")).toHaveCount(20);
  }

  // Remove one; rename the project.
  const firstName = (await firstLink.textContent()) ?? "";
  await candidates.getByRole("button", { name: `Remove ${firstName}` }).click();
  await expect(page.getByText(`${total - 1} candidates`).first()).toBeVisible();
  await page.getByLabel("Rename this project").fill("Munich plant, shortlist");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Renamed to “Munich plant, shortlist”.")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: "Munich plant, shortlist" }),
  ).toBeVisible();

  // One member, from their profile: back into the project.
  await search.open({ q: firstName });
  await search.openProfile(firstName);
  const fromProfile = page.getByRole("form", { name: `Save ${firstName} to a project` });
  await expect(fromProfile.getByLabel("Project")).toHaveValue(/[0-9a-f-]{36}/);
  await fromProfile.getByRole("button", { name: "Save to project" }).click();
  await expect(
    fromProfile.getByText(`${firstName} is saved to “Munich plant, shortlist”.`),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto(projectUrl);
  await expect(page.getByText(`${total} candidates`).first()).toBeVisible();

  // Nobody else can open it: it looks like no project at all.
  const other = await newMember(browser, "Otto Outsider");
  const response = await other.page.goto(projectUrl);
  expect(response?.status()).toBe(404);
  await other.page.context().close();

  // Delete, behind a confirmation that says what goes with it.
  await page.getByRole("button", { name: "Delete project…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete project" });
  await expect(dialog.getByText(/Candidates are not told\./)).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Delete project" }).click();
  await expect(page).toHaveURL("/recruiting?deleted=1");
  await expect(page.getByText("The project was deleted.")).toBeVisible();
  await expect(page.getByText("No projects yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await screenshot(page, "recruiting-projects-empty");
});
