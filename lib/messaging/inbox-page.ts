import "server-only";
import type { InboxRowData } from "@/components/messaging/inbox-row";
import type { Executor } from "@/db/client";
import { type InboxSearchPage, searchInbox } from "@/db/queries/inbox-search";
import { type InboxFilter, listInbox, type ThreadSummary } from "@/db/queries/messaging";
import { localizedFor } from "@/lib/i18n/translator";
import { SEARCH_TEXT_MAX } from "@/lib/text/fields";

/**
 * One page of the member's inbox as rows ready to show: the page itself and the "Show more"
 * action use this, so both render exactly alike. One query whatever the inbox's size: the page,
 * with the presence of the people on it.
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
  return { next, rows: rowsFor({ locale, threads }) };
}

/** ?q= as searched: a string, cut to the search box's own limit before any other work. */
export function searchText(value: unknown): string {
  return typeof value === "string" ? value.slice(0, SEARCH_TEXT_MAX).trim() : "";
}

/**
 * One page of a search in the member's own conversations, as rows like the inbox's; each leads
 * to its thread with the search kept (the list beside it stays the search).
 */
export async function inboxSearchPage(
  db: Executor,
  {
    memberId,
    locale,
    q,
    filter,
    after,
  }: { memberId: string; locale: string; q: string; filter: InboxFilter; after: string | null },
): Promise<Omit<InboxSearchPage, "threads"> & { rows: InboxRowData[] }> {
  const { threads, ...rest } = await searchInbox(db, { memberId, q, filter, after });
  const rows = rowsFor({ locale, threads });
  const query = new URLSearchParams({ q });
  if (filter !== "all") query.set("filter", filter);
  return { ...rest, rows: rows.map((row) => ({ ...row, href: `/messaging/${row.id}?${query}` })) };
}

function rowsFor({
  locale,
  threads,
}: {
  locale: string;
  threads: ThreadSummary[];
}): InboxRowData[] {
  const { t, format } = localizedFor(locale);
  return threads.map((thread) => ({
    id: thread.id,
    otherId: thread.otherId,
    otherName: thread.otherName,
    otherPhotoId: thread.otherPhotoId,
    online: thread.otherOnline,
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
  }));
}
