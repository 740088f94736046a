import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { listQueuedJobs, listSentMails } from "@/db/queries/jobs";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devJobs"))("title"), robots: { index: false } };
}

/** Development only: the job queue (attempts, last errors) and the mails the jobs sent. */
export default async function JobsPage() {
  if (!env.devToolsEnabled) notFound();
  const t = await getTranslations("devJobs");
  const format = await getFormatter();
  const db = await getDb();
  const [jobs, mails] = await Promise.all([listQueuedJobs(db), listSentMails(db)]);
  const when = (d: Date | null) =>
    d ? format.dateTime(new Date(d), { dateStyle: "short", timeStyle: "medium" }) : "—";
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </CardHeader>
        {jobs.length === 0 ? (
          <p className="px-5 py-6 text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("queueCaption")}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2">
                    {t("task")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("state")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("attempts")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("runAt")}
                  </th>
                  <th scope="col" className="px-4 py-2">
                    {t("lastError")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {jobs.map((job) => (
                  <tr key={job.id} className="align-top">
                    <td className="px-4 py-2 font-medium">
                      {job.task}
                      <span className="block break-all text-xs text-slate-600">{job.key}</span>
                    </td>
                    <td className="px-4 py-2">
                      {job.attempts >= job.maxAttempts
                        ? t("failed")
                        : job.lockedAt
                          ? t("running")
                          : job.attempts > 0
                            ? t("retrying")
                            : t("waiting")}
                    </td>
                    <td className="px-4 py-2 tabular-nums">
                      {job.attempts} / {job.maxAttempts}
                    </td>
                    <td className="px-4 py-2">{when(job.runAt)}</td>
                    <td className="max-w-xs break-words px-4 py-2 text-red-800">
                      {job.lastError ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <CardHeader>
          <h2 className="text-lg font-semibold">{t("sentTitle")}</h2>
        </CardHeader>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("sentTitle")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("to")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("state")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("sentAt")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {mails.map((mail) => (
                <tr key={mail.key}>
                  <td className="break-all px-4 py-2">{mail.toAddress || "—"}</td>
                  <td className="px-4 py-2">{mail.subject || t("nothingToSend")}</td>
                  <td className="px-4 py-2">{mail.status === "sent" ? t("sent") : t("sending")}</td>
                  <td className="px-4 py-2">{when(mail.sentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </main>
  );
}
