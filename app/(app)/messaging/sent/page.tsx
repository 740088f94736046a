import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { getDb } from "@/db";
import { listSentInmails } from "@/db/queries/threads";
import { requireMember } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("sentTitle") };
}

const STATUS_STYLE = {
  awaiting_answer: "bg-brand-50 text-brand-800 ring-brand-200",
  answered: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  declined: "bg-slate-100 text-slate-800 ring-slate-300",
  refunded: "bg-amber-50 text-amber-900 ring-amber-200",
} as const;

/** The sender's view: every InMail, its state, its refund deadline and the credit it used. */
export default async function SentInmailsPage() {
  const member = await requireMember();
  const t = await getTranslations("inbox");
  const tc = await getTranslations("categories");
  const format = await getFormatter();
  const sent = await listSentInmails(await getDb(), { memberId: member.id });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        prefetch={false}
        href="/messaging"
        className="text-sm font-semibold text-brand-700 hover:underline"
      >
        ← {t("back")}
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("sentTitle")}</h1>
          <p className="text-sm text-slate-600">{t("sentIntro")}</p>
        </CardHeader>
        {sent.length === 0 ? (
          <p className="px-5 py-10 text-center text-slate-600">{t("noSent")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {sent.map((inmail) => {
              const lateAnswer = inmail.status === "refunded" && inmail.answeredAt !== null;
              return (
                <li key={inmail.id} className="space-y-1 px-5 py-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link
                      prefetch={false}
                      href={`/messaging/${inmail.threadId}`}
                      className="font-semibold hover:underline"
                    >
                      {inmail.subject}
                    </Link>
                    <span
                      className={cn(
                        "rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1",
                        STATUS_STYLE[inmail.status],
                      )}
                    >
                      {lateAnswer ? t("status.refundedLate") : t(`status.${inmail.status}`)}
                    </span>
                  </div>
                  <p className="text-sm text-slate-700">
                    {t("to", { name: inmail.recipientName })} · {tc(inmail.category)} ·{" "}
                    {t("sentOn", { date: date(inmail.sentAt) })}
                  </p>
                  <p className="text-sm text-slate-600">
                    {inmail.free ? t("creditFree") : t("creditUsed")}
                    {inmail.free && inmail.status === "awaiting_answer" ? null : " · "}
                    {inmail.status === "awaiting_answer" && inmail.free
                      ? null
                      : inmail.status === "awaiting_answer"
                        ? t("refundBy", { date: date(inmail.refundDueAt) })
                        : inmail.status === "refunded" && inmail.refundedAt
                          ? t("refundedOn", { date: date(inmail.refundedAt) })
                          : inmail.answeredAt
                            ? t("answeredOn", { date: date(inmail.answeredAt) })
                            : null}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
