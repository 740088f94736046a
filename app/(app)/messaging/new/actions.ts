"use server";

import { z } from "zod";
import { getCommunicationSettings } from "@/db/queries/members";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { keptValues, memberAction } from "@/lib/actions";
import { refusalKey } from "@/lib/messaging/refusals";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { sendMessage } from "@/lib/messaging/send-message";
import { composeInmailSchema, messageSchema } from "@/lib/validation/inmail";

export const sendInmailAction = memberAction({
  name: "sendInmail",
  input: async ({ db, member }) => {
    const [policy, settings] = await Promise.all([
      getInmailPolicy(db),
      getCommunicationSettings(db, { memberId: member.id }),
    ]);
    return composeInmailSchema(compositionLimits(policy), settings?.signature ?? "");
  },
  limits: ["inmail_hour", "inmail_week"],
  requireConfirmedEmail: true,
  async handler(input, { db, member, fields, revalidate, redirect }) {
    // The sender is always the session's member; the form only names the recipient.
    const result = await sendInmail(db, { ...input, senderId: member.id });
    if (!result.ok) {
      return {
        ok: false,
        formError: refusalKey(result.reason),
        values: keptValues(fields),
      };
    }
    revalidate("/messaging");
    return redirect(`/messaging/${result.threadId}`);
  },
});

export const sendMessageAction = memberAction({
  name: "sendMessage",
  input: async ({ db }) =>
    messageSchema(compositionLimits(await getInmailPolicy(db))).extend({
      recipientId: z.uuid("compose.errors.recipientMissing"),
    }),
  limits: ["message_hour", "message_week"],
  requireConfirmedEmail: true,
  async handler(input, { db, member, fields, revalidate, redirect }) {
    const result = await sendMessage(db, { ...input, senderId: member.id });
    if (!result.ok) {
      return {
        ok: false,
        formError: refusalKey(result.reason),
        values: keptValues(fields),
      };
    }
    revalidate("/messaging");
    return redirect(`/messaging/${result.threadId}`);
  },
});
