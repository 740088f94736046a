"use server";

import { z } from "zod";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { keptValues, memberAction } from "@/lib/actions";
import { replyToThread } from "@/lib/messaging/reply";
import { messageSchema, quickReplySchema } from "@/lib/validation/inmail";

const threadId = z.uuid("refusals.not_found");

/** A reply in a thread; the service checks that the session's member takes part in it. */
export const replyAction = memberAction({
  name: "reply",
  input: async ({ db }) =>
    messageSchema(compositionLimits(await getInmailPolicy(db))).extend({ threadId }),
  limits: ["message_hour", "message_week"],
  requireConfirmedEmail: true,
  async handler(input, { db, member, fields, revalidate }) {
    const result = await replyToThread(db, { ...input, kind: "text", memberId: member.id });
    if (!result.ok) {
      return {
        ok: false,
        formError: `refusals.${result.reason}`,
        values: keptValues(fields),
      };
    }
    revalidate(`/messaging/${input.threadId}`);
    revalidate("/messaging");
    return { ok: true };
  },
});

/**
 * "Interested" / "Not interested". Any member may answer an InMail they received, Basic members
 * and those who have not confirmed their address included: answering is not reaching out.
 */
export const quickReplyAction = memberAction({
  name: "quickReply",
  input: async ({ db }) =>
    quickReplySchema(compositionLimits(await getInmailPolicy(db))).extend({ threadId }),
  limits: ["message_hour", "message_week"],
  async handler(input, { db, member, fields, revalidate }) {
    const result = await replyToThread(db, {
      memberId: member.id,
      threadId: input.threadId,
      kind: input.answer,
      note: input.note,
      reason: input.reason,
      weeks: input.weeks,
      shareEmail: input.shareEmail,
      phone: input.phone,
      idempotencyKey: input.idempotencyKey,
    });
    if (!result.ok) {
      return {
        ok: false,
        formError: `refusals.${result.reason}`,
        values: keptValues(fields),
      };
    }
    revalidate(`/messaging/${input.threadId}`);
    revalidate("/messaging");
    return { ok: true };
  },
});
