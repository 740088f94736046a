import { Search, SquarePen } from "lucide";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/messaging/inbox-filters";
import { InboxMore } from "@/components/messaging/inbox-more";
import { InboxRow } from "@/components/messaging/inbox-row";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { Input } from "@/components/ui/input";
import type { Executor } from "@/db/client";
import type { InboxFilter } from "@/db/queries/messaging";
import { inboxPage, inboxSearchPage } from "@/lib/messaging/inbox-page";
import { sponsoredRows } from "@/lib/sponsored/rows";
import { SEARCH_TEXT_MAX } from "@/lib/text/fields";

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
  hiddenNotice = false,
  q = "",
  sponsored = false,
  sponsoredWaiting = true,
}: {
  db: Executor;
  memberId: string;
  filter: InboxFilter;
  after?: string | null;
  currentThreadId?: string | null;
  archivedNotice?: boolean;
  /** A sponsored message was just declined ("Not interested"). */
  hiddenNotice?: boolean;
  /** Words to search the member's own conversations for ("" lists the inbox). */
  q?: string;
  /** The Sponsored filter: advertisers' messages instead of conversations. */
  sponsored?: boolean;
  /** False when the session's statement found no sponsored message to pin: none is read. */
  sponsoredWaiting?: boolean;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  // Sponsored messages are listed on their own and not searched.
  const sponsoredPage = sponsored ? await sponsoredRows(db, { memberId, locale, after }) : null;
  const query = sponsored ? "" : q.trim();
  const search = query
    ? await inboxSearchPage(db, { memberId, locale, q: query, filter, after })
    : null;
  // "All", first page: the newest sponsored message the member has not declined, on top.
  const [{ rows, next }, pinned] = await Promise.all([
    search ??
      (sponsoredPage
        ? { rows: [], next: null }
        : inboxPage(db, { memberId, locale, filter, after })),
    sponsoredWaiting && filter === "all" && !after && !search
      ? sponsoredRows(db, { memberId, locale, first: true })
      : null,
  ]);
  const format = await getFormatter();
  const searchLink = (cursor: string) => {
    const params = new URLSearchParams({ q: query });
    if (filter !== "all") params.set("filter", filter);
    params.set("after", cursor);
    return `/messaging?${params}`;
  };
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
              <Icon node={SquarePen} className="size-4" />
              {t("inbox.newMessage")}
            </Link>
          </div>
        </div>
        <search>
          <form action="/messaging" className="flex gap-2">
            <label htmlFor="inbox-search" className="sr-only">
              {t("inbox.searchLabel")}
            </label>
            <Input
              id="inbox-search"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={SEARCH_TEXT_MAX}
              placeholder={t("inbox.searchPlaceholder")}
              className="h-10"
            />
            {filter !== "all" && <input type="hidden" name="filter" value={filter} />}
            <button
              type="submit"
              className="inline-flex size-10 shrink-0 items-center justify-center rounded-full border border-brand-700 text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              <Icon node={Search} className="size-4 shrink-0" />
              <span className="sr-only">{t("inbox.searchSubmit")}</span>
            </button>
          </form>
        </search>
        <InboxFilters current={sponsored ? "sponsored" : filter} q={query} />
        {search && (
          <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-700">
            <span className="min-w-0">{t("inbox.searchResultsFor", { q: query })}</span>
            <Link
              href={filter === "all" ? "/messaging" : `/messaging?filter=${filter}`}
              className="font-semibold text-brand-700 hover:underline"
            >
              {t("inbox.clearSearch")}
            </Link>
          </p>
        )}
        {hiddenNotice && (
          <p role="status" className="text-sm text-slate-700">
            {t("inbox.sponsored.hidden")}
          </p>
        )}
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
      {after && !search && (
        <p className="border-b border-slate-100 px-5 py-2 text-sm">
          <Link
            href={
              sponsored
                ? "/messaging?filter=sponsored"
                : filter === "all"
                  ? "/messaging"
                  : `/messaging?filter=${filter}`
            }
            className="font-semibold text-brand-700 hover:underline"
          >
            ← {t("inbox.newest")}
          </Link>
        </p>
      )}
      {sponsoredPage ? (
        sponsoredPage.rows.length === 0 ? (
          <p className="px-5 py-10 text-center text-slate-600">{t("inbox.empty.sponsored")}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-100">
              {sponsoredPage.rows.map((row) => (
                <InboxRow key={row.id} row={row} />
              ))}
            </ul>
            {sponsoredPage.next && (
              <p className="px-5 py-4 text-center text-sm">
                <Link
                  href={`/messaging?filter=sponsored&after=${sponsoredPage.next}`}
                  prefetch={false}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {t("inbox.showMore")}
                </Link>
              </p>
            )}
          </>
        )
      ) : search ? (
        <>
          {rows.length > 0 && (
            <ul className="divide-y divide-slate-100">
              {rows.map((row) => (
                <InboxRow key={row.id} row={row} current={row.id === currentThreadId} />
              ))}
            </ul>
          )}
          <div className="space-y-2 px-5 py-4 text-center text-sm text-slate-700">
            {rows.length === 0 && search.reason !== "window" && (
              <p className="py-6">{t("inbox.searchEmpty", { q: query })}</p>
            )}
            {search.reason === "window" && search.searchedBack && (
              <p>
                {t("inbox.searchedBack", {
                  date: format.dateTime(search.searchedBack, { dateStyle: "medium" }),
                })}
              </p>
            )}
            {search.next && (
              <Link
                href={searchLink(search.next)}
                prefetch={false}
                className="font-semibold text-brand-700 hover:underline"
              >
                {search.reason === "window" ? t("inbox.searchOlder") : t("inbox.searchMore")}
              </Link>
            )}
          </div>
        </>
      ) : rows.length === 0 && !pinned?.rows.length ? (
        <div className="space-y-4 px-5 py-10 text-center text-slate-600">
          <p>{t(`inbox.empty.${filter}`)}</p>
          {filter === "all" && !after && (
            <p className="flex flex-wrap justify-center gap-3">
              <Link href="/messaging/new" className={buttonVariants({ size: "sm" })}>
                {t("inbox.emptyStart")}
              </Link>
              <Link href="/search" className={buttonVariants({ size: "sm", variant: "secondary" })}>
                {t("inbox.emptyFind")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {pinned?.rows.map((row) => (
            <InboxRow key={row.id} row={row} />
          ))}
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
