"use client";

import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface ChartDay {
  /** Shown under its bar (formatted on the server, in the reader's language). */
  label: string;
  sent: number;
  answered: number;
  refunded: number;
}

/**
 * Sends, answers and refunds per day. The chart is a picture of the table below it, which is
 * what assistive technology reads (the SVG is hidden from it).
 */
export function CampaignChart({ days }: { days: ChartDay[] }) {
  const t = useTranslations("recruiting.campaign.chart");
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-semibold text-slate-800">{t("title")}</figcaption>
      <div aria-hidden="true" className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={days}
            accessibilityLayer={false}
            margin={{ top: 4, right: 8, bottom: 4, left: -16 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="sent" name={t("sent")} fill="#0a66c2" />
            <Bar dataKey="answered" name={t("answered")} fill="#057642" />
            <Bar dataKey="refunded" name={t("refunded")} fill="#b24020" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-700">{t("asTable")}</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("day")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t("sent")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {t("answered")}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                {t("refunded")}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.label} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {d.label}
                </th>
                <td className="py-1 pr-3 text-right">{d.sent}</td>
                <td className="py-1 pr-3 text-right">{d.answered}</td>
                <td className="py-1 text-right">{d.refunded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
