"use server";

import { memberAction } from "@/lib/actions";
import { log } from "@/lib/log";
import { updateCommunicationSettings } from "@/lib/settings/communication";
import {
  type CommunicationSettingsInput,
  communicationSettingsSchema,
} from "@/lib/validation/settings";

/** What the form shows after a save: the settings as stored (normalized). */
export type SavedCommunicationSettings = Pick<
  CommunicationSettingsInput,
  | "acceptsInmail"
  | "interestCategories"
  | "signature"
  | "emailNotifications"
  | "readReceipts"
  | "showPresence"
  | "sponsoredMessages"
>;

/** The member is always the session's; the form names no member. */
export const saveCommunicationSettingsAction = memberAction<
  typeof communicationSettingsSchema,
  SavedCommunicationSettings
>({
  name: "saveCommunicationSettings",
  input: communicationSettingsSchema,
  // Several checked categories arrive as repeated fields.
  repeated: ["interestCategories"],
  async handler(input, { db, member, revalidate }) {
    const saved = await updateCommunicationSettings(db, { memberId: member.id, ...input });
    log.info({ memberId: member.id, acceptsInmail: saved.acceptsInmail }, "settings saved");
    revalidate("/settings/communications");
    return {
      ok: true,
      message: "settings.communications.saved",
      data: {
        acceptsInmail: saved.acceptsInmail,
        interestCategories: saved.interestCategories,
        signature: saved.signature,
        emailNotifications: saved.emailNotifications,
        readReceipts: saved.readReceipts,
        showPresence: saved.showPresence,
        sponsoredMessages: saved.sponsoredMessages ?? false,
      },
    };
  },
});
