import { expect, type Locator, type Page } from "@playwright/test";

/** The inbox as a member uses it: its search box, its filters, its conversation list. */
export class InboxPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator("section").filter({
      has: page.getByRole("heading", { name: "Messaging" }),
    });
  }

  async open(): Promise<void> {
    await this.page.goto("/messaging");
    await expect(this.page.getByRole("heading", { level: 1, name: "Messaging" })).toBeVisible();
  }

  /** Searches the member's conversations with the box above the list (a plain GET form). */
  async search(words: string): Promise<void> {
    await this.page.getByRole("searchbox", { name: "Search messages" }).fill(words);
    await this.page.getByRole("searchbox", { name: "Search messages" }).press("Enter");
    await expect(this.page).toHaveURL(
      new RegExp(`[?&]q=${encodeURIComponent(words).replace(/%20/g, "\\+")}`),
    );
  }

  filter(name: "All" | "Unread" | "InMail" | "Archived"): Locator {
    return this.page
      .getByRole("navigation", { name: "Show conversations" })
      .getByRole("link", { name, exact: true });
  }

  /** The rows of the list, each a link to its conversation. */
  rows(): Locator {
    return this.list.getByRole("listitem").getByRole("link");
  }
}
