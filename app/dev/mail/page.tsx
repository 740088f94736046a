import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import { env } from "@/lib/env";
import { listCapturedMail } from "@/lib/mail";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMail"))("title"), robots: { index: false } };
}

/** Development only: every mail the app would have sent, newest first. */
export default async function CapturedMailPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string }>;
}) {
  if (!env.devToolsEnabled) notFound();
  const { to } = await searchParams;
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  const mails = await listCapturedMail({ to });
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </CardHeader>
        {mails.length === 0 ? (
          <p className="px-5 py-8 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {mails.map((mail) => (
              <li key={mail.id}>
                <Link
                  href={`/dev/mail/${mail.id}`}
                  aria-label={t("open", { to: mail.to, subject: mail.subject })}
                  className="grid gap-1 px-5 py-3 hover:bg-slate-50 sm:grid-cols-[14rem_1fr_auto] sm:gap-4"
                >
                  <span className="truncate text-sm text-slate-700">{mail.to}</span>
                  <span className="truncate font-semibold">{mail.subject}</span>
                  <time className="text-xs text-slate-600" dateTime={mail.sentAt}>
                    {format.dateTime(new Date(mail.sentAt), {
                      dateStyle: "short",
                      timeStyle: "medium",
                    })}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
