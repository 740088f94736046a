import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdvanceClockForm } from "@/components/dev/advance-clock-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { DAY, now } from "@/lib/clock";
import { refreshTestClock, testClockAvailable } from "@/lib/clock/test-clock";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devClock"))("title"), robots: { index: false } };
}

/** Development and test only: move business time forward for everyone (never in production). */
export default async function TestClockPage() {
  if (!testClockAvailable()) notFound();
  const offset = await refreshTestClock(await getDb());
  const t = await getTranslations("devClock");
  const format = await getFormatter();
  const current = now();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </CardHeader>
        <CardBody className="space-y-4">
          <p>
            {t("now")}{" "}
            <time className="font-semibold" dateTime={current.toISOString()}>
              {format.dateTime(current, { dateStyle: "full", timeStyle: "short" })}
            </time>
          </p>
          <p className="text-sm text-slate-700">
            {t("offset", { days: Math.round((offset / DAY) * 10) / 10 })}
          </p>
          <AdvanceClockForm />
          <Link
            href="/"
            className="inline-block text-sm font-semibold text-brand-700 hover:underline"
          >
            {t("back")}
          </Link>
        </CardBody>
      </Card>
    </main>
  );
}
