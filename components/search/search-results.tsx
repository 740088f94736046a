import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { type MemberSearchResult, SEARCH_COUNT_CAP } from "@/db/queries/search";
import type { MemberSearchParams } from "@/lib/validation/search";
import { SearchResult } from "./search-result";

/** The same search with another cursor (or none): the page's links keep the query and filters. */
function searchHref(params: MemberSearchParams, after?: string): string {
  const query = new URLSearchParams();
  for (const key of ["q", "location", "industry", "degree"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (after) query.set("after", after);
  return `/search?${query}`;
}

export async function SearchResults({
  params,
  results,
  found,
  nextCursor,
}: {
  params: MemberSearchParams;
  results: MemberSearchResult[];
  /** How many members match, counted up to SEARCH_COUNT_CAP. */
  found: number;
  nextCursor: string | null;
}) {
  const t = await getTranslations("search.results");
  const onLaterPage = Boolean(params.after);
  return (
    <Card aria-labelledby="search-results-heading">
      <CardHeader className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="search-results-heading" className="min-w-0 break-words text-lg font-semibold">
          {params.q ? t("headingFor", { q: params.q }) : t("heading")}
        </h2>
        <Link
          prefetch={false}
          href="/search"
          className="text-sm font-semibold text-brand-700 hover:underline"
        >
          {t("clear")}
        </Link>
        {found > 0 && (
          <p className="w-full text-sm text-slate-600">
            {found > SEARCH_COUNT_CAP ? t("countCapped") : t("count", { count: found })}
          </p>
        )}
      </CardHeader>
      <CardBody className="py-0">
        {results.length === 0 ? (
          <div className="py-6">
            <p className="font-semibold text-slate-900">{t("empty")}</p>
            <p className="text-sm text-slate-600">{t("emptyHint")}</p>
          </div>
        ) : (
          <ul aria-label={t("list")} className="divide-y divide-slate-100">
            {results.map((member) => (
              <SearchResult key={member.id} member={member} />
            ))}
          </ul>
        )}
      </CardBody>
      {(nextCursor || onLaterPage) && (
        <nav
          aria-label={t("pagination")}
          className="flex items-center justify-between gap-3 border-t border-slate-100 px-5 py-3 text-sm font-semibold"
        >
          {onLaterPage ? (
            <Link
              prefetch={false}
              href={searchHref(params)}
              className="text-brand-700 hover:underline"
            >
              {t("first")}
            </Link>
          ) : (
            <span />
          )}
          {nextCursor && (
            <Link
              prefetch={false}
              href={searchHref(params, nextCursor)}
              rel="next"
              className="inline-flex items-center gap-1 text-brand-700 hover:underline"
            >
              {t("next")}
              <ChevronRight className="size-4" aria-hidden="true" />
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
