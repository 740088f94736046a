import { getTranslations } from "next-intl/server";

/**
 * While a list page loads: its outline at once inside the shell, not a blank wait. Only for
 * pages that never answer 404: a loading boundary sends the response status before the page
 * has decided, so a notFound() below one would answer 200.
 */
export async function ListSkeleton() {
  const t = await getTranslations("app");
  return (
    <div className="mx-auto max-w-3xl space-y-4" aria-busy="true">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="animate-pulse space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <div className="h-6 w-1/3 rounded bg-slate-200" />
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="flex items-center gap-3">
            <div className="size-12 shrink-0 rounded-full bg-slate-200" />
            <div className="flex-1 space-y-2">
              <div className="h-4 w-1/2 rounded bg-slate-200" />
              <div className="h-3 w-3/4 rounded bg-slate-100" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
