import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { countSearchMatches, listIndustries, queryWords, searchMembers } from "@/db/queries/search";
import { requireMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { reachOf } from "@/lib/messaging/reach";
import { industryLabel } from "@/lib/profile/industries";
import { canonicalPlaceQuery } from "@/lib/profile/places";
import { recruitingContext } from "@/lib/recruiting/projects";
import { parseMemberSearchParams } from "@/lib/validation/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("search");
  const { q } = parseMemberSearchParams(await searchParams);
  return { title: q ? t("titleFor", { q }) : t("title") };
}

export default async function SearchPage({ searchParams }: Props) {
  const member = await requireMember();
  const db = await getDb();
  const t = await getTranslations("search");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const [params, industries] = await Promise.all([
    searchParams.then(parseMemberSearchParams),
    listIndustries(db),
  ]);
  // An industry that is not in the list would filter by something the form cannot show.
  if (params.industry && !industries.includes(params.industry)) params.industry = undefined;
  // A place typed in German or Italian ("München", "Germania") filters by its stored English form.
  const query = {
    ...params,
    location: params.location ? canonicalPlaceQuery(params.location) : params.location,
  };
  const searching =
    queryWords(params.q).length > 0 || Boolean(params.location || params.industry || params.degree);
  const [page, found] = searching
    ? await Promise.all([
        searchMembers(db, { viewerId: member.id, ...query }),
        countSearchMatches(db, { viewerId: member.id, ...query }),
      ])
    : [null, 0];
  // How the member may reach each one: the one reach rule, for the page's rows in one statement.
  const [reach, recruiting] = await Promise.all([
    page
      ? reachOf(db, { senderId: member.id, recipientIds: page.results.map((r) => r.id) })
      : new Map(),
    page?.results.length ? recruitingContext(db, { memberId: member.id }) : null,
  ]);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </CardHeader>
        <CardBody>
          <SearchForm
            params={params}
            industries={industries
              .map((value) => ({ value, label: industryLabel(value, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale))}
          />
        </CardBody>
      </Card>
      {page ? (
        <SearchResults
          params={params}
          results={page.results.map((r) => ({
            ...r,
            reach: reach.get(r.id) ?? { kind: "refused", reason: "recipient_not_found" },
          }))}
          nextCursor={page.nextCursor}
          previousCursor={page.previousCursor}
          found={found}
          recruiting={recruiting}
        />
      ) : (
        <p className="px-1 text-slate-600">{t("results.start")}</p>
      )}
    </div>
  );
}
