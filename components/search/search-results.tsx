import { ChevronLeft, ChevronRight } from "lucide";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SaveToProjectForm } from "@/components/recruiting/save-to-project";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { type MemberSearchResult, SEARCH_COUNT_CAP } from "@/db/queries/search";
import type { Reach } from "@/lib/messaging/reach";
import type { MemberSearchParams } from "@/lib/validation/search";
import { SearchResult } from "./search-result";

/** The same search at another page (or the first): the page's links keep the query and filters. */
function searchHref(params: MemberSearchParams, page?: { after: string } | { before: string }) {
  const query = new URLSearchParams();
  for (const key of ["q", "location", "industry", "degree"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (page && "after" in page) query.set("after", page.after);
  if (page && "before" in page) query.set("before", page.before);
  return `/search?${query}`;
}

const pageLink = "inline-flex items-center gap-1 text-brand-700 hover:underline";

export async function SearchResults({
  params,
  results,
  found,
  nextCursor,
  previousCursor,
  recruiting,
}: {
  params: MemberSearchParams;
  results: (MemberSearchResult & { reach: Reach })[];
  /** How many members match, counted up to SEARCH_COUNT_CAP. */
  found: number;
  nextCursor: string | null;
  /** Null on the first page. */
  previousCursor: string | null;
  /** A member with recruiting saves results to projects (their projects, the name's limit). */
  recruiting?: { projects: { id: string; name: string }[]; nameMax: number } | null;
}) {
  const t = await getTranslations("search.results");
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
          <>
            {recruiting && (
              <div className="pt-4">
                <SaveToProjectForm
                  projects={recruiting.projects}
                  pageMemberIds={results.map((r) => r.id)}
                  params={params}
                  nameMax={recruiting.nameMax}
                />
              </div>
            )}
            <ul aria-label={t("list")} className="divide-y divide-slate-100">
              {results.map((member) => (
                <SearchResult key={member.id} member={member} selectable={Boolean(recruiting)} />
              ))}
            </ul>
          </>
        )}
      </CardBody>
      {(nextCursor || previousCursor) && (
        // Previous and Next share the first row even on a phone; First page goes below them
        // there, and between them from `sm` on.
        <nav
          aria-label={t("pagination")}
          className="flex flex-wrap items-center gap-x-5 gap-y-2 border-t border-slate-100 px-5 py-3 text-sm font-semibold"
        >
          {previousCursor && (
            <>
              <Link
                prefetch={false}
                href={searchHref(params, { before: previousCursor })}
                rel="prev"
                className={pageLink}
              >
                <Icon node={ChevronLeft} className="size-4" />
                {t("previous")}
              </Link>
              <div className="order-last w-full sm:order-none sm:w-auto">
                <Link prefetch={false} href={searchHref(params)} className={pageLink}>
                  {t("first")}
                </Link>
              </div>
            </>
          )}
          {nextCursor && (
            <Link
              prefetch={false}
              href={searchHref(params, { after: nextCursor })}
              rel="next"
              className={`${pageLink} ml-auto`}
            >
              {t("next")}
              <Icon node={ChevronRight} className="size-4" />
            </Link>
          )}
        </nav>
      )}
    </Card>
  );
}
