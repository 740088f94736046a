import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The compose page (`/messaging/new?to=…`) as a member uses it: subject, category, message and
 * the optional contact details of an InMail, and the one send button, which names what it costs
 * ("Send InMail") or that it is free ("Send free message").
 */
export class ComposePage {
  readonly subject: Locator;
  readonly category: Locator;
  readonly body: Locator;
  readonly phone: Locator;
  readonly sendInmail: Locator;
  readonly sendFree: Locator;

  constructor(readonly page: Page) {
    this.subject = page.getByLabel("Subject");
    this.category = page.getByLabel("Category");
    this.body = page.getByLabel("Message", { exact: true });
    this.phone = page.getByLabel("Phone");
    this.sendInmail = page.getByRole("button", { name: "Send InMail" });
    this.sendFree = page.getByRole("button", { name: "Send free message" });
  }

  /** Opens the form for the member with this handle (the last part of `/in/…`). */
  async open(handle: string): Promise<void> {
    await this.page.goto(`/messaging/new?to=${handle.replace(/^\/in\//, "")}`);
  }

  /** The "N InMail credits left" line above the form. */
  creditsLeft(credits: number): Locator {
    return this.page.getByText(`${credits} InMail credits left`);
  }

  async write({
    subject,
    category,
    body,
  }: {
    subject: string;
    category: string;
    body: string;
  }): Promise<void> {
    await this.subject.fill(subject);
    await this.category.selectOption({ label: category });
    await this.body.fill(body);
  }

  /** Sends (an InMail or a free message) and waits for the new conversation's page. */
  async send(button: Locator = this.sendInmail): Promise<void> {
    await button.click();
    await expect(this.page).toHaveURL(/\/messaging\/[0-9a-f-]{36}$/);
  }
}
