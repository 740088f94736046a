"use client";

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

export interface ChartSeries {
  key: string;
  /** Shown in the legend and as the table's column heading (translated on the server). */
  label: string;
  color: string;
}

export interface ChartDay {
  /** Shown under its bars (formatted on the server, in the reader's language). */
  label: string;
  values: Record<string, number>;
}

/**
 * Counts per day as bars, one per series. The chart is a picture of the table below it, which
 * is what assistive technology reads (the SVG is hidden from it).
 */
export function DailyChart({
  title,
  dayHeading,
  tableToggle,
  series,
  days,
}: {
  title: string;
  dayHeading: string;
  tableToggle: string;
  series: ChartSeries[];
  days: ChartDay[];
}) {
  const data = days.map((d) => ({ label: d.label, ...d.values }));
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-semibold text-slate-800">{title}</figcaption>
      <div aria-hidden="true" className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 4, right: 8, bottom: 4, left: -16 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-700">{tableToggle}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-1 pr-3 font-medium">
                  {dayHeading}
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-3 text-right font-medium">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.label} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {d.label}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="py-1 pr-3 text-right">
                      {d.values[s.key] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
