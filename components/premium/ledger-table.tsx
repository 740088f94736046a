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

/** Every ledger entry with its reason, what it concerned, the change and the credit's expiry. */
export async function LedgerTable({ rows }: { rows: LedgerRow[] }) {
  const t = await getTranslations("premium.my");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
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
            const reason = KNOWN_REASONS.has(row.reason) ? row.reason : "other";
            return (
              <tr key={row.id}>
                <td className="whitespace-nowrap py-2 pr-4 align-top text-slate-700">
                  <time dateTime={row.occurredAt.toISOString()}>{date(row.occurredAt)}</time>
                </td>
                <td className="py-2 pr-4 align-top">
                  <p className="font-medium text-slate-900">
                    {t(`reasons.${reason}` as "reasons.other", { count: row.withheld ?? 0 })}
                  </p>
                  {row.inmailThreadId && (
                    <Link
                      prefetch={false}
                      href={`/messaging/${row.inmailThreadId}`}
                      className="text-brand-700 hover:underline"
                    >
                      {t("forInmail", {
                        subject: row.inmailSubject ?? "",
                        name: row.inmailRecipient ?? "",
                      })}
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
                </td>
                <td
                  className={cn(
                    "whitespace-nowrap py-2 pr-4 text-right align-top font-semibold tabular-nums",
                    row.delta > 0
                      ? "text-emerald-800"
                      : row.delta < 0
                        ? "text-red-800"
                        : "text-slate-600",
                  )}
                >
                  {row.delta > 0
                    ? `+${row.delta}`
                    : row.delta < 0
                      ? `−${Math.abs(row.delta)}`
                      : "0"}
                </td>
                <td className="whitespace-nowrap py-2 align-top text-slate-600">
                  {row.kind === "grant" && row.expiresAt
                    ? format.dateTime(row.expiresAt, { dateStyle: "medium" })
                    : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
