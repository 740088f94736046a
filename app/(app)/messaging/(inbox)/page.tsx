import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/messaging/inbox-filters";
import { InboxMore } from "@/components/messaging/inbox-more";
import { InboxRow } from "@/components/messaging/inbox-row";
import { Card, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { parseCursor, parseInboxFilter } from "@/db/queries/messaging";
import { requireMember } from "@/lib/auth/session";
import { inboxPage } from "@/lib/messaging/inbox-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function MessagingPage({
  searchParams,
}: {
  searchParams: Promise<{ filter?: string; after?: string; archived?: string }>;
}) {
  const member = await requireMember();
  const params = await searchParams;
  const filter = parseInboxFilter(params.filter);
  // ?after= is the no-JavaScript "Show more": that page on its own, with a way back to the top.
  const after = parseCursor(params.after) ? (params.after as string) : null;
  const t = await getTranslations();
  const db = await getDb();
  const { rows, next } = await inboxPage(db, {
    memberId: member.id,
    locale: await getLocale(),
    filter,
    after,
  });
  return (
    <div className="mx-auto max-w-3xl">
      <Card>
        <CardHeader className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="text-xl font-semibold">{t("inbox.title")}</h1>
            <Link
              href="/messaging/sent"
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("inbox.sentLink")}
            </Link>
          </div>
          <InboxFilters current={filter} />
          {params.archived === "1" && (
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
              <InboxRow key={row.id} row={row} />
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
    </div>
  );
}
