import "server-only";
import type { InboxRowData } from "@/components/messaging/inbox-row";
import type { Executor } from "@/db/client";
import { localizedFor } from "@/lib/i18n/translator";
import { listSponsoredFor } from "./inbox";

/**
 * The member's sponsored messages as inbox rows, labelled "Sponsored". An unopened one is shown
 * bold like an unread conversation, but no badge ever counts it.
 */
export async function sponsoredRows(
  db: Executor,
  {
    memberId,
    locale,
    after = null,
    first = false,
  }: { memberId: string; locale: string; after?: string | null; first?: boolean },
): Promise<{ rows: InboxRowData[]; next: string | null }> {
  const { items, next } = await listSponsoredFor(db, {
    memberId,
    after,
    limit: first ? 1 : undefined,
  });
  const { t, format } = localizedFor(locale);
  const rows = items.map(
    (item): InboxRowData => ({
      id: item.id,
      otherId: item.advertiser.id,
      otherName: item.advertiser.name,
      otherPhotoId: item.advertiser.photoId,
      online: false,
      unread: item.openedAt === null,
      unreadLabel: t("inbox.unread"),
      onlineLabel: t("inbox.activeNow"),
      at: item.deliveredAt.toISOString(),
      atLabel: format.dateTime(item.deliveredAt, { dateStyle: "medium" }),
      badge: t("inbox.sponsoredLabel"),
      subject: item.subject,
      snippet: item.body.slice(0, 200),
      href: `/messaging/sponsored/${item.id}`,
    }),
  );
  return { rows, next: first ? null : next };
}
