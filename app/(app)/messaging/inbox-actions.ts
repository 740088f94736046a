"use server";

import { z } from "zod";
import { INBOX_FILTERS } from "@/db/queries/messaging";
import { otherParticipantName, threadMessages } from "@/db/queries/threads";
import { memberAction } from "@/lib/actions";
import { inboxPage } from "@/lib/messaging/inbox-page";
import { messageItems } from "@/lib/messaging/thread-page";

/**
 * "Show more conversations": the next page of the caller's own inbox, after a cursor — or, with
 * `until`, the threads between a refreshed first page and the pages already shown below it.
 */
export const loadInboxPageAction = memberAction({
  name: "loadInboxPage",
  input: z.object({
    filter: z.enum(INBOX_FILTERS),
    after: z.string().max(80),
    until: z.string().max(80).optional(),
  }),
  async handler({ filter, after, until }, { db, member, caller }) {
    // A gap is read in one go, up to the longest page; a longer one starts the list over.
    const limit = until ? 50 : undefined;
    return {
      ok: true,
      data: await inboxPage(db, {
        memberId: member.id,
        locale: caller.locale,
        filter,
        after,
        until,
        limit,
      }),
    };
  },
});

/**
 * "Show earlier messages": the messages before `before` in one of the caller's threads — or,
 * with `since`, those between a window the page showed and the newer window a refresh brought.
 * Not a participant: nothing, exactly as for a thread that does not exist.
 */
export const loadEarlierMessagesAction = memberAction({
  name: "loadEarlierMessages",
  input: z.object({
    threadId: z.uuid("refusals.not_found"),
    before: z.uuid(),
    since: z.uuid().optional(),
  }),
  async handler({ threadId, before, since }, { db, member, caller }) {
    const people = await otherParticipantName(db, { memberId: member.id, threadId });
    if (!people) return { ok: false, formError: "refusals.not_found" };
    const page = await threadMessages(db, { threadId, before, since: since ?? null });
    const items = messageItems(page.messages, {
      locale: caller.locale,
      memberId: member.id,
      memberName: member.name,
      otherName: people.otherName,
      memberPhotoId: member.photoId,
      otherPhotoId: people.otherPhotoId,
    });
    return { ok: true, data: { items, earlier: page.earlier } };
  },
});
