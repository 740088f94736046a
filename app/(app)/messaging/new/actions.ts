"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getCommunicationSettings } from "@/db/queries/members";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { keptValues, memberActionFor } from "@/lib/actions";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { sendMessage } from "@/lib/messaging/send-message";
import { composeInmailSchema, messageSchema } from "@/lib/validation/inmail";

export const sendInmailAction = memberActionFor(
  "sendInmail",
  async (member) => {
    const db = await getDb();
    const [policy, settings] = await Promise.all([
      getInmailPolicy(db),
      getCommunicationSettings(db, { memberId: member.id }),
    ]);
    return composeInmailSchema(compositionLimits(policy), settings?.signature ?? "");
  },
  async (input, { member, formData }) => {
    // The sender is always the session's member; the form only names the recipient.
    const result = await sendInmail(await getDb(), { ...input, senderId: member.id });
    if (!result.ok) {
      return {
        ok: false,
        formError: `compose.refusals.${result.reason}`,
        values: keptValues(formData),
      };
    }
    revalidatePath("/messaging");
    redirect(`/messaging/${result.threadId}`);
  },
);

export const sendMessageAction = memberActionFor(
  "sendMessage",
  async () =>
    messageSchema(compositionLimits(await getInmailPolicy(await getDb()))).extend({
      recipientId: z.uuid("compose.errors.recipientMissing"),
    }),
  async (input, { member, formData }) => {
    const result = await sendMessage(await getDb(), { ...input, senderId: member.id });
    if (!result.ok) {
      return {
        ok: false,
        formError: `compose.refusals.${result.reason}`,
        values: keptValues(formData),
      };
    }
    revalidatePath("/messaging");
    redirect(`/messaging/${result.threadId}`);
  },
);
