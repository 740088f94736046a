import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { InboxFilter } from "@/db/queries/messaging";

/** The inbox's filters, and Sponsored: advertisers' messages, listed on their own. */
export type InboxView = InboxFilter | "sponsored";

const FILTERS: InboxView[] = ["all", "unread", "inmail", "sponsored", "archived"];

/** Filter links (plain navigation, so they work without JavaScript and can be bookmarked). */
export async function InboxFilters({ current, q = "" }: { current: InboxView; q?: string }) {
  // A search stays on while the filter changes (sponsored messages are not searched).
  const href = (filter: InboxView) => {
    const params = new URLSearchParams();
    if (q && filter !== "sponsored") params.set("q", q);
    if (filter !== "all") params.set("filter", filter);
    const query = params.toString();
    return query ? `/messaging?${query}` : "/messaging";
  };
  const t = await getTranslations("inbox");
  return (
    <nav aria-label={t("filtersLabel")} className="flex flex-wrap items-center gap-2">
      {FILTERS.map((filter) => (
        <Link
          key={filter}
          href={href(filter)}
          aria-current={filter === current ? "page" : undefined}
          className={cn(
            "rounded-full border px-3 py-1 text-sm font-semibold",
            filter === current
              ? "border-emerald-800 bg-emerald-800 text-white"
              : "border-slate-400 text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(`filters.${filter}`)}
        </Link>
      ))}
    </nav>
  );
}
