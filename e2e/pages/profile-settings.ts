import { expect, type Page } from "@playwright/test";

export interface ProfileFields {
  title?: string;
  company?: string;
  industry?: string;
  headline?: string;
  country?: string;
  city?: string;
}

/** Settings → Profile and the onboarding share one form; this fills it as a member does. */
export class ProfileForm {
  constructor(readonly page: Page) {}

  async fill(fields: ProfileFields): Promise<void> {
    const { page } = this;
    if (fields.title !== undefined) await page.getByLabel("Current title").fill(fields.title);
    if (fields.company !== undefined) await page.getByLabel("Company").fill(fields.company);
    if (fields.industry !== undefined) {
      await page.getByLabel("Industry").selectOption({ label: fields.industry });
    }
    if (fields.headline !== undefined) await page.getByLabel("Headline").fill(fields.headline);
    if (fields.country !== undefined) {
      await page.getByLabel("Country or region").selectOption({ label: fields.country });
    }
    if (fields.city !== undefined) await page.getByLabel("City").fill(fields.city);
  }

  /** Uploads a photo from bytes (a plain multipart form: the page reloads with the outcome). */
  async uploadPhoto(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel("Choose a photo").setInputFiles(file);
    await this.page.getByRole("button", { name: "Upload photo" }).click();
    await expect(this.page).toHaveURL(/[?&]photo=/);
  }
}
