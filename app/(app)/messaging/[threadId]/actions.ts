"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { keptValues, memberActionFor } from "@/lib/actions";
import { replyToThread } from "@/lib/messaging/reply";
import { messageSchema, quickReplySchema } from "@/lib/validation/inmail";

const threadId = z.uuid("inbox.replyRefusals.not_found");

async function limits() {
  return compositionLimits(await getInmailPolicy(await getDb()));
}

/** A reply in a thread; the service checks that the session's member takes part in it. */
export const replyAction = memberActionFor(
  "reply",
  async () => messageSchema(await limits()).extend({ threadId }),
  async (input, { member, formData }) => {
    const result = await replyToThread(await getDb(), {
      ...input,
      kind: "text",
      memberId: member.id,
    });
    if (!result.ok)
      return {
        ok: false,
        formError: `inbox.replyRefusals.${result.reason}`,
        values: keptValues(formData),
      };
    revalidatePath(`/messaging/${input.threadId}`);
    revalidatePath("/messaging");
    return { ok: true };
  },
);

export const quickReplyAction = memberActionFor(
  "quickReply",
  async () => quickReplySchema(await limits()).extend({ threadId }),
  async (input, { member, formData }) => {
    const result = await replyToThread(await getDb(), {
      memberId: member.id,
      threadId: input.threadId,
      kind: input.answer,
      note: input.note,
      idempotencyKey: input.idempotencyKey,
    });
    if (!result.ok)
      return {
        ok: false,
        formError: `inbox.replyRefusals.${result.reason}`,
        values: keptValues(formData),
      };
    revalidatePath(`/messaging/${input.threadId}`);
    revalidatePath("/messaging");
    return { ok: true };
  },
);
