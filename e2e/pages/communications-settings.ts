import { expect, type Locator, type Page } from "@playwright/test";

/** The eight InMail categories as English readers see them. */
export const CATEGORY_LABELS: Record<string, string> = {
  career_opportunity: "Career opportunity",
  consulting_offer: "Consulting offer",
  new_venture: "New venture",
  job_inquiry: "Job inquiry",
  expertise_request: "Expertise request",
  business_deal: "Business deal",
  reference_request: "Reference request",
  get_back_in_touch: "Get back in touch",
};

/** Settings → Communications: who may send InMail, welcomed topics, signature, mail. */
export class CommunicationsSettings {
  readonly inmail: Locator;
  readonly topics: Locator;
  readonly signature: Locator;
  readonly email: Locator;
  readonly save: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.inmail = page.getByRole("switch", {
      name: "Allow members outside my network to send me InMail",
      exact: true,
    });
    this.topics = page.getByRole("group", { name: "InMail topics you welcome", exact: true });
    this.signature = page.getByRole("textbox", { name: "InMail signature", exact: true });
    this.email = page.getByRole("checkbox", {
      name: "Email me when I receive an InMail or a reply",
      exact: true,
    });
    this.save = page.getByRole("button", { name: "Save changes" });
    this.saved = page
      .getByRole("status")
      .filter({ hasText: "Your communication settings are saved" });
  }

  async open(): Promise<void> {
    await this.page.goto("/settings/communications");
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Communications" }),
    ).toBeVisible();
  }

  /** Ticks exactly these topics (English labels). */
  async chooseTopics(labels: string[]): Promise<void> {
    for (const label of Object.values(CATEGORY_LABELS)) {
      await this.topics
        .getByRole("checkbox", { name: label, exact: true })
        .setChecked(labels.includes(label));
    }
  }

  async expectTopics(labels: string[]): Promise<void> {
    for (const label of Object.values(CATEGORY_LABELS)) {
      const box = this.topics.getByRole("checkbox", { name: label, exact: true });
      if (labels.includes(label)) await expect(box, label).toBeChecked();
      else await expect(box, label).not.toBeChecked();
    }
  }
}
