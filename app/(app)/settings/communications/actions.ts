"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db";
import { type ActionState, isNextControlFlow } from "@/lib/actions";
import { getCurrentMember } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { updateCommunicationSettings } from "@/lib/settings/communication";
import {
  type CommunicationSettingsInput,
  communicationSettingsFromForm,
  communicationSettingsSchema,
} from "@/lib/validation/settings";

/** What the form shows after a save: the settings as stored (normalized). */
export type SavedCommunicationSettings = Pick<
  CommunicationSettingsInput,
  "acceptsInmail" | "interestCategories" | "signature" | "emailNotifications"
>;

// Written by hand rather than with memberAction: that wrapper reads Object.fromEntries(formData),
// which keeps only the last of several checked categories. Same shape: session → safeParse →
// service → revalidatePath. The member is always the session's; the form names no member.
export async function saveCommunicationSettingsAction(
  _previous: ActionState<SavedCommunicationSettings>,
  formData: FormData,
): Promise<ActionState<SavedCommunicationSettings>> {
  const member = await getCurrentMember();
  if (!member) return { ok: false, formError: "errors.signedOut" };
  const raw = communicationSettingsFromForm(formData);
  const values = keptSettingsValues(formData);
  const parsed = communicationSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, fieldErrors: settingsFieldErrors(parsed.error), values };
  }
  try {
    const saved = await updateCommunicationSettings(await getDb(), {
      memberId: member.id,
      ...parsed.data,
    });
    log.info({ memberId: member.id, acceptsInmail: saved.acceptsInmail }, "settings saved");
    revalidatePath("/settings/communications");
    return {
      ok: true,
      message: "settings.communications.saved",
      data: {
        acceptsInmail: saved.acceptsInmail,
        interestCategories: saved.interestCategories,
        signature: saved.signature,
        emailNotifications: saved.emailNotifications,
      },
    };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    log.error({ err: error, action: "saveCommunicationSettings", memberId: member.id }, "failed");
    return { ok: false, formError: "errors.unexpected", values };
  }
}

function settingsFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    out[field] ??= issue.message.startsWith("settings.")
      ? issue.message
      : "settings.validation.invalid";
  }
  return out;
}

/**
 * The submitted values, so a refused form shows what the member typed. ActionState keeps plain
 * strings: the checked categories travel as one comma-separated string.
 */
function keptSettingsValues(formData: FormData): Record<string, string> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    acceptsInmail: text("acceptsInmail"),
    interestCategories: formData
      .getAll("interestCategories")
      .filter((v) => typeof v === "string")
      .join(","),
    signature: text("signature"),
    emailNotifications: text("emailNotifications"),
  };
}
