import { MailCheck } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardBody } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.checkInbox"))("title") };
}

/** After sign-up, for a new address and a taken one alike (nothing here says which). */
export default async function CheckInboxPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>;
}) {
  const t = await getTranslations("account.checkInbox");
  const { email } = await searchParams;
  const shown = typeof email === "string" && email.length <= 254 ? email : "";
  return (
    <Card>
      <CardBody className="space-y-5 p-6 sm:p-8">
        <Icon node={MailCheck} className="size-10 text-brand-700" />
        <h1 className="text-3xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="break-words text-slate-800">{t("text", { email: shown })}</p>
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <Link
          href="/sign-in"
          className="inline-flex h-10 items-center rounded-full bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("signIn")}
        </Link>
      </CardBody>
    </Card>
  );
}
