import { expect, type Locator, type Page } from "@playwright/test";

/** Member search as a member uses it: the form, its results, each result's actions. */
export class SearchPage {
  constructor(readonly page: Page) {}

  async open(query: { q?: string; location?: string; industry?: string } = {}): Promise<void> {
    const params = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
    );
    await this.page.goto(`/search${params.size ? `?${params}` : ""}`);
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Search members" }),
    ).toBeVisible();
  }

  /** The result of the member called `name` (one list item). */
  result(name: string): Locator {
    return this.page
      .getByRole("list", { name: "Members found" })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  async openProfile(name: string): Promise<void> {
    await this.result(name).getByRole("link", { name, exact: true }).first().click();
    await expect(this.page).toHaveURL(/\/in\//);
  }
}
