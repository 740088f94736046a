import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { LedgerRow } from "@/db/queries/credits";

const KNOWN_REASONS = new Set([
  "monthly_allotment",
  "monthly_allotment_over_cap",
  "credit_pack_purchase",
  "no_answer_refund",
  "inmail_sent",
  "expired_after_90_days",
  "premium_cancelled",
]);

function deltaText(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : "0";
}

function deltaTone(delta: number): string {
  return delta > 0 ? "text-emerald-800" : delta < 0 ? "text-red-800" : "text-slate-600";
}

/** The entry's reason and what it concerned: the InMail (a link) or the order. */
async function EntryDescription({ row }: { row: LedgerRow }) {
  const t = await getTranslations("premium.my");
  const format = await getFormatter();
  const reason = KNOWN_REASONS.has(row.reason) ? row.reason : "other";
  return (
    <>
      <p className="font-medium text-slate-900">
        {t(`reasons.${reason}` as "reasons.other", { count: row.withheld ?? 0 })}
      </p>
      {row.inmailThreadId && (
        <Link
          prefetch={false}
          href={`/messaging/${row.inmailThreadId}`}
          className="break-words text-brand-700 hover:underline"
        >
          {t("forInmail", { subject: row.inmailSubject ?? "", name: row.inmailRecipient ?? "" })}
        </Link>
      )}
      {row.orderCredits !== null && row.orderAmountCents !== null && (
        <p className="text-slate-600">
          {t("forOrder", {
            count: row.orderCredits,
            amount: format.number(row.orderAmountCents / 100, {
              style: "currency",
              currency: row.orderCurrency ?? "usd",
            }),
          })}
        </p>
      )}
    </>
  );
}

/** A grant's expiry; other entries have none. */
const expiryOf = (row: LedgerRow) => (row.kind === "grant" && row.expiresAt) || null;

/**
 * Every ledger entry with its reason, what it concerned, the change and the credit's expiry: a
 * table from the `sm` breakpoint on, and one stacked entry per row on a phone, where four
 * columns do not fit (only one of the two is displayed, so assistive technology meets one).
 */
export async function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const t = await getTranslations("premium.my");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <>
      <ul aria-label={t("historyTitle")} className="divide-y divide-slate-100 text-sm sm:hidden">
        {rows.map((row) => {
          const expires = expiryOf(row);
          return (
            <li key={row.id} className="py-3 first:pt-0 last:pb-0">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <EntryDescription row={row} />
                </div>
                <p className={cn("shrink-0 font-semibold tabular-nums", deltaTone(row.delta))}>
                  <span className="sr-only">{t("change")}: </span>
                  {deltaText(row.delta)}
                </p>
              </div>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
                <dt className="font-semibold">{t("date")}</dt>
                <dd>
                  <time dateTime={row.occurredAt.toISOString()}>{when(row.occurredAt)}</time>
                </dd>
                {expires && (
                  <>
                    <dt className="font-semibold">{t("expires")}</dt>
                    <dd>
                      <time dateTime={expires.toISOString()}>{day(expires)}</time>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("date")}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("entry")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">
                {t("change")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("expires")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const expires = expiryOf(row);
              return (
                <tr key={row.id}>
                  <td className="whitespace-nowrap py-2 pr-4 align-top text-slate-700">
                    <time dateTime={row.occurredAt.toISOString()}>{when(row.occurredAt)}</time>
                  </td>
                  <td className="py-2 pr-4 align-top">
                    <EntryDescription row={row} />
                  </td>
                  <td
                    className={cn(
                      "whitespace-nowrap py-2 pr-4 text-right align-top font-semibold tabular-nums",
                      deltaTone(row.delta),
                    )}
                  >
                    {deltaText(row.delta)}
                  </td>
                  <td className="whitespace-nowrap py-2 align-top text-slate-600">
                    {expires && <time dateTime={expires.toISOString()}>{day(expires)}</time>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
