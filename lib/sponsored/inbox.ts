import "server-only";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { cursorCodec } from "@/db/cursor";
import { isUuid } from "@/db/ids";
import { members, sponsoredCampaigns, sponsoredDeliveries, sponsoredStops } from "@/db/schema";
import { now } from "@/lib/clock";
import { recordEvents } from "@/lib/live/events";
import { log } from "@/lib/log";

// The recipient's side of Sponsored InMail: the sponsored messages in their inbox (their own
// filter, never in the unread badges), opening one (counted once), its button (a redirect that
// counts a click once) and "Not interested" (hides it and stops that advertiser). Another
// member's delivery is "not found", like one that does not exist.

export interface SponsoredItem {
  id: string;
  subject: string;
  body: string;
  deliveredAt: Date;
  openedAt: Date | null;
  ctaLabel: string;
  advertiser: {
    id: string;
    name: string;
    handle: string;
    headline: string;
    photoId: string | null;
  };
}

const itemColumns = {
  id: sponsoredDeliveries.id,
  subject: sponsoredDeliveries.subject,
  body: sponsoredDeliveries.body,
  deliveredAt: sponsoredDeliveries.deliveredAt,
  openedAt: sponsoredDeliveries.openedAt,
  ctaLabel: sponsoredCampaigns.ctaLabel,
  advertiserId: members.id,
  advertiserName: members.name,
  advertiserHandle: members.handle,
  advertiserHeadline: members.headline,
  advertiserPhotoId: members.photoId,
};

function toItem(row: ItemRow): SponsoredItem {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    deliveredAt: row.deliveredAt,
    openedAt: row.openedAt,
    ctaLabel: row.ctaLabel,
    advertiser: {
      id: row.advertiserId,
      name: row.advertiserName,
      handle: row.advertiserHandle,
      headline: row.advertiserHeadline,
      photoId: row.advertiserPhotoId,
    },
  };
}

type ItemRow = Awaited<ReturnType<typeof itemsQuery>>[number];

function itemsQuery(db: Executor) {
  return db
    .select(itemColumns)
    .from(sponsoredDeliveries)
    .innerJoin(sponsoredCampaigns, eq(sponsoredCampaigns.id, sponsoredDeliveries.campaignId))
    .innerJoin(members, eq(members.id, sponsoredCampaigns.advertiserId));
}

export const SPONSORED_INBOX_PAGE = 20;

const cursor = cursorCodec(z.object({ at: z.iso.datetime(), id: z.uuid() }), 200);

/** The member's sponsored messages, newest first, without those they said no to; by keyset. */
export async function listSponsoredFor(
  db: Executor,
  {
    memberId,
    after = null,
    limit = SPONSORED_INBOX_PAGE,
  }: { memberId: string; after?: string | null; limit?: number },
): Promise<{ items: SponsoredItem[]; next: string | null }> {
  const size = Math.min(Math.max(1, limit), SPONSORED_INBOX_PAGE);
  const from = cursor.decode(after);
  const rows = await itemsQuery(db)
    .where(
      and(
        eq(sponsoredDeliveries.memberId, memberId),
        isNull(sponsoredDeliveries.notInterestedAt),
        from
          ? or(
              lt(sponsoredDeliveries.deliveredAt, new Date(from.at)),
              and(
                eq(sponsoredDeliveries.deliveredAt, new Date(from.at)),
                lt(sponsoredDeliveries.id, from.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(sponsoredDeliveries.deliveredAt), desc(sponsoredDeliveries.id))
    .limit(size + 1)
    // The first page runs beside every inbox page (the pinned row): prepared, not planned per call.
    .prepare("sponsored_list")
    .execute();
  const items = rows.slice(0, size).map(toItem);
  const last = items.at(-1);
  return {
    items,
    next:
      rows.length > size && last
        ? cursor.encode({ at: last.deliveredAt.toISOString(), id: last.id })
        : null,
  };
}

/** Opens the member's sponsored message: the first time counts as "opened". */
export async function openSponsored(
  db: Executor,
  { memberId, deliveryId }: { memberId: string; deliveryId: string },
): Promise<SponsoredItem | null> {
  if (!isUuid(deliveryId)) return null;
  const [row] = await itemsQuery(db).where(
    and(
      eq(sponsoredDeliveries.id, deliveryId),
      eq(sponsoredDeliveries.memberId, memberId),
      isNull(sponsoredDeliveries.notInterestedAt),
    ),
  );
  if (!row) return null;
  if (!row.openedAt) {
    await db.transaction(async (tx) => {
      const [first] = await tx
        .update(sponsoredDeliveries)
        .set({ openedAt: now() })
        .where(and(eq(sponsoredDeliveries.id, deliveryId), isNull(sponsoredDeliveries.openedAt)))
        .returning({ id: sponsoredDeliveries.id });
      // The advertiser's report follows live (once per member: only the first open).
      if (first) await recordEvents(tx, [{ memberId: row.advertiserId, kind: "inbox" }]);
    });
  }
  return toItem(row);
}

/**
 * The button: counts the member's click once (and an open, if the button was reached without
 * one), and says where to send them — the campaign's https address.
 */
export async function clickSponsored(
  db: Executor,
  { memberId, deliveryId }: { memberId: string; deliveryId: string },
): Promise<string | null> {
  if (!isUuid(deliveryId)) return null;
  const [row] = await db
    .select({ url: sponsoredCampaigns.ctaUrl, advertiserId: sponsoredCampaigns.advertiserId })
    .from(sponsoredDeliveries)
    .innerJoin(sponsoredCampaigns, eq(sponsoredCampaigns.id, sponsoredDeliveries.campaignId))
    .where(and(eq(sponsoredDeliveries.id, deliveryId), eq(sponsoredDeliveries.memberId, memberId)));
  if (!row) return null;
  const at = now();
  await db.transaction(async (tx) => {
    const [first] = await tx
      .update(sponsoredDeliveries)
      .set({
        clickedAt: at,
        openedAt: sql`coalesce(${sponsoredDeliveries.openedAt}, ${at.toISOString()}::timestamptz)`,
      })
      .where(and(eq(sponsoredDeliveries.id, deliveryId), isNull(sponsoredDeliveries.clickedAt)))
      .returning({ id: sponsoredDeliveries.id });
    if (first) await recordEvents(tx, [{ memberId: row.advertiserId, kind: "inbox" }]);
  });
  return row.url;
}

/** "Not interested": the message leaves the inbox and its advertiser reaches this member no more. */
export async function notInterestedInSponsored(
  db: Executor,
  { memberId, deliveryId }: { memberId: string; deliveryId: string },
): Promise<boolean> {
  if (!isUuid(deliveryId)) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(sponsoredDeliveries)
      .set({
        notInterestedAt: sql`coalesce(${sponsoredDeliveries.notInterestedAt}, ${now().toISOString()}::timestamptz)`,
      })
      .where(
        and(eq(sponsoredDeliveries.id, deliveryId), eq(sponsoredDeliveries.memberId, memberId)),
      )
      .returning({ campaignId: sponsoredDeliveries.campaignId });
    if (!row) return false;
    const [campaign] = await tx
      .select({ advertiserId: sponsoredCampaigns.advertiserId })
      .from(sponsoredCampaigns)
      .where(eq(sponsoredCampaigns.id, row.campaignId));
    if (campaign) {
      await tx
        .insert(sponsoredStops)
        .values({ memberId, advertiserId: campaign.advertiserId })
        .onConflictDoNothing();
      await recordEvents(tx, [
        { memberId, kind: "inbox" },
        { memberId: campaign.advertiserId, kind: "inbox" },
      ]);
    }
    log.info({ memberId, deliveryId }, "sponsored message: not interested");
    return true;
  });
}
