import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { env } from "@/lib/env";
import { getCapturedMail } from "@/lib/mail";

export const dynamic = "force-dynamic";

/** Links in a captured mail become clickable, so a reset link can be followed in the browser. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable string
      <a key={i} href={part} className="break-all font-semibold text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function CapturedMailDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  if (!env.devToolsEnabled) notFound();
  const mail = await getCapturedMail((await params).id);
  if (!mail) notFound();
  const t = await getTranslations("devMail");
  const format = await getFormatter();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-8">
      <Link href="/dev/mail" className="font-semibold text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{mail.subject}</h1>
          <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-x-3 text-sm">
            <dt className="text-slate-600">{t("from")}</dt>
            <dd>{mail.from}</dd>
            <dt className="text-slate-600">{t("to")}</dt>
            <dd>{mail.to}</dd>
            <dt className="text-slate-600">{t("sent")}</dt>
            <dd>
              {format.dateTime(new Date(mail.sentAt), { dateStyle: "medium", timeStyle: "medium" })}
            </dd>
          </dl>
        </CardHeader>
        <CardBody>
          <div className="whitespace-pre-wrap break-words text-slate-900">{linkify(mail.text)}</div>
        </CardBody>
      </Card>
    </main>
  );
}
