import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { DEGREE_FILTERS, SEARCH_TEXT_MAX } from "@/lib/text/fields";
import type { MemberSearchParams } from "@/lib/validation/search";

const labelClass = "block text-sm font-semibold text-slate-800";

/** A plain GET form: the search lives in the URL, so it can be shared, bookmarked and reloaded. */
export async function SearchForm({
  params,
  industries,
}: {
  params: MemberSearchParams;
  /** Stored value and its name in the reader's language. */
  industries: { value: string; label: string }[];
}) {
  const t = await getTranslations("search.form");
  return (
    <form
      action="/search"
      method="get"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,12rem)_auto] sm:items-end"
    >
      <div className="space-y-1.5 sm:col-span-2 lg:col-span-4">
        <label htmlFor="search-q" className={labelClass}>
          {t("q")}
        </label>
        <Input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={SEARCH_TEXT_MAX}
          placeholder={t("qPlaceholder")}
          autoComplete="off"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="search-location" className={labelClass}>
          {t("location")}
        </label>
        <Input
          id="search-location"
          name="location"
          defaultValue={params.location}
          maxLength={SEARCH_TEXT_MAX}
          placeholder={t("locationPlaceholder")}
          autoComplete="off"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="search-industry" className={labelClass}>
          {t("industry")}
        </label>
        <NativeSelect id="search-industry" name="industry" defaultValue={params.industry ?? ""}>
          <option value="">{t("anyIndustry")}</option>
          {industries.map((industry) => (
            <option key={industry.value} value={industry.value}>
              {industry.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="search-degree" className={labelClass}>
          {t("degree")}
        </label>
        <NativeSelect id="search-degree" name="degree" defaultValue={params.degree ?? ""}>
          <option value="">{t("anyDegree")}</option>
          {DEGREE_FILTERS.map((degree) => (
            <option key={degree} value={degree}>
              {t(`degrees.${degree}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <button type="submit" className={buttonVariants({ size: "field" })}>
        {t("submit")}
      </button>
    </form>
  );
}
