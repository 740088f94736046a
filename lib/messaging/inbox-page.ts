import "server-only";
import type { InboxRowData } from "@/components/messaging/inbox-row";
import type { Executor } from "@/db/client";
import { type InboxFilter, listInbox } from "@/db/queries/messaging";
import { localizedFor } from "@/lib/i18n/translator";
import { onlineConnections } from "@/lib/live/presence";

/**
 * One page of the member's inbox as rows ready to show: the page itself and the "Show more"
 * action use this, so both render exactly alike. Three queries whatever the inbox's size: the
 * page, the presence of the people on it, nothing else.
 */
export async function inboxPage(
  db: Executor,
  {
    memberId,
    locale,
    filter,
    after,
    until = null,
    limit,
  }: {
    memberId: string;
    /** The language the member reads the app in. */
    locale: string;
    filter: InboxFilter;
    after: string | null;
    until?: string | null;
    limit?: number;
  },
): Promise<{ rows: InboxRowData[]; next: string | null }> {
  const { threads, next } = await listInbox(db, { memberId, filter, after, until, limit });
  const online = await onlineConnections(db, {
    viewerId: memberId,
    memberIds: threads.map((x) => x.otherId),
  });
  const { t, format } = localizedFor(locale);
  return {
    next,
    rows: threads.map((thread) => ({
      id: thread.id,
      otherId: thread.otherId,
      otherName: thread.otherName,
      online: online.has(thread.otherId),
      unread: thread.unread,
      unreadLabel: t("inbox.unread"),
      onlineLabel: t("inbox.activeNow"),
      at: thread.lastMessageAt.toISOString(),
      atLabel: format.dateTime(thread.lastMessageAt, { dateStyle: "medium" }),
      badge:
        thread.kind === "inmail"
          ? thread.category
            ? `${t("inbox.inmailLabel")} · ${t(`categories.${thread.category}` as "categories.business_deal")}`
            : t("inbox.inmailLabel")
          : null,
      subject: thread.subject,
      snippet: thread.snippet,
    })),
  };
}
