import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CampaignRow } from "@/lib/recruiting/campaigns";

/** Campaigns, each with its status and when it was launched (or made). */
export async function CampaignList({ campaigns }: { campaigns: CampaignRow[] }) {
  const t = await getTranslations("recruiting.campaign");
  const format = await getFormatter();
  return (
    <ul aria-label={t("listTitle")} className="divide-y divide-slate-100">
      {campaigns.map((c) => (
        <li
          key={c.id}
          className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3"
        >
          <Link
            prefetch={false}
            href={`/recruiting/campaigns/${c.id}`}
            className="min-w-0 break-words font-semibold text-brand-700 hover:underline"
          >
            {c.name}
          </Link>
          <span className="text-sm text-slate-600">
            {t(`status.${c.status}`)} ·{" "}
            {format.dateTime(c.launchedAt ?? c.createdAt, { dateStyle: "medium" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
