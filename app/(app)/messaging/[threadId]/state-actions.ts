"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { markThreadUnread, setThreadArchived } from "@/lib/messaging/inbox-state";

// The member's own view of a conversation. Plain forms (they work without JavaScript); a thread
// the member is not in answers exactly like one that does not exist.
const threadInput = z.object({ threadId: z.uuid("refusals.not_found") });
const notFound = { ok: false as const, formError: "refusals.not_found" };

/** Archive, and go back to the inbox (where it no longer is). */
export const archiveThreadAction = memberAction({
  name: "archiveThread",
  input: threadInput,
  async handler({ threadId }, { db, member, revalidate, redirect }) {
    if (!(await setThreadArchived(db, { memberId: member.id, threadId, archived: true }))) {
      return notFound;
    }
    revalidate("/messaging", "layout");
    return redirect("/messaging?archived=1");
  },
});

/** Back to the inbox from Archived; the conversation stays open. */
export const unarchiveThreadAction = memberAction({
  name: "unarchiveThread",
  input: threadInput,
  async handler({ threadId }, { db, member, revalidate }) {
    if (!(await setThreadArchived(db, { memberId: member.id, threadId, archived: false }))) {
      return notFound;
    }
    revalidate("/messaging", "layout");
    return { ok: true };
  },
});

/** Unread again until it is opened: back to the inbox, where it shows as unread. */
export const markThreadUnreadAction = memberAction({
  name: "markThreadUnread",
  input: threadInput,
  async handler({ threadId }, { db, member, revalidate, redirect }) {
    if (!(await markThreadUnread(db, { memberId: member.id, threadId }))) return notFound;
    revalidate("/messaging", "layout");
    return redirect("/messaging");
  },
});
