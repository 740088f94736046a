import { SquarePen } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/messaging/inbox-filters";
import { InboxMore } from "@/components/messaging/inbox-more";
import { InboxRow } from "@/components/messaging/inbox-row";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import type { Executor } from "@/db/client";
import type { InboxFilter } from "@/db/queries/messaging";
import { inboxPage } from "@/lib/messaging/inbox-page";

/**
 * The conversation list: the whole inbox page on a phone, the left pane beside an open
 * conversation on a wide screen (where the open one is marked as the current page).
 */
export async function InboxPane({
  db,
  memberId,
  filter,
  after = null,
  currentThreadId = null,
  archivedNotice = false,
}: {
  db: Executor;
  memberId: string;
  filter: InboxFilter;
  after?: string | null;
  currentThreadId?: string | null;
  archivedNotice?: boolean;
}) {
  const t = await getTranslations();
  const { rows, next } = await inboxPage(db, {
    memberId,
    locale: await getLocale(),
    filter,
    after,
  });
  return (
    <Card className="h-fit">
      <CardHeader className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {currentThreadId ? (
            <h2 className="text-xl font-semibold">{t("inbox.title")}</h2>
          ) : (
            <h1 className="text-xl font-semibold">{t("inbox.title")}</h1>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href="/messaging/sent"
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("inbox.sentLink")}
            </Link>
            <Link href="/messaging/new" className={buttonVariants({ size: "sm" })}>
              <SquarePen className="size-4" aria-hidden="true" />
              {t("inbox.newMessage")}
            </Link>
          </div>
        </div>
        <InboxFilters current={filter} />
        {archivedNotice && (
          <p role="status" className="text-sm text-slate-700">
            {t("inbox.archivedNotice")}{" "}
            <Link
              href="/messaging?filter=archived"
              className="font-semibold text-brand-700 hover:underline"
            >
              {t("inbox.filters.archived")}
            </Link>
          </p>
        )}
      </CardHeader>
      {after && (
        <p className="border-b border-slate-100 px-5 py-2 text-sm">
          <Link
            href={filter === "all" ? "/messaging" : `/messaging?filter=${filter}`}
            className="font-semibold text-brand-700 hover:underline"
          >
            ← {t("inbox.newest")}
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="px-5 py-10 text-center text-slate-600">{t(`inbox.empty.${filter}`)}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((row) => (
            <InboxRow key={row.id} row={row} current={row.id === currentThreadId} />
          ))}
          {next && (
            <InboxMore
              key={`${filter}:${after ?? ""}`}
              filter={filter}
              next={next}
              firstPageIds={rows.map((row) => row.id)}
              labels={{
                showMore: t("inbox.showMore"),
                loading: t("inbox.loadingMore"),
                failed: t("inbox.loadFailed"),
              }}
            />
          )}
        </ul>
      )}
    </Card>
  );
}
