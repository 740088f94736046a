import { Search } from "lucide";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/components/ui/icon";
import { SEARCH_TEXT_MAX } from "@/lib/text/fields";

/** The search box of the top bar; on phones, where it would not fit, a link to the search page. */
export async function NavSearch() {
  const t = await getTranslations("search.nav");
  return (
    <>
      <search className="hidden min-w-0 max-w-72 flex-1 sm:block">
        <form action="/search" method="get" className="relative">
          <label htmlFor="nav-search-q" className="sr-only">
            {t("label")}
          </label>
          <Icon
            node={Search}
            className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-slate-600"
            aria-hidden="true"
          />
          <input
            id="nav-search-q"
            name="q"
            type="search"
            maxLength={SEARCH_TEXT_MAX}
            placeholder={t("placeholder")}
            autoComplete="off"
            className="block h-9 w-full rounded-md border border-transparent bg-slate-100 pl-8 pr-3 text-sm text-slate-900 placeholder:text-slate-600 focus:border-brand-700 focus:bg-white focus:outline-2 focus:outline-brand-700"
          />
        </form>
      </search>
      <Link
        href="/search"
        aria-label={t("label")}
        className="flex h-14 w-11 shrink-0 items-center justify-center text-slate-600 hover:text-slate-900 sm:hidden"
      >
        <Icon node={Search} className="size-6" />
      </Link>
    </>
  );
}
