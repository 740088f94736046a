import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { Card, CardBody } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.confirm"))("title") };
}

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account.confirm");
  return (
    <Card>
      <CardBody className="space-y-5 p-6 sm:p-8">
        <h1 className="text-3xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <ConfirmEmailForm token={token.slice(0, 200)} />
      </CardBody>
    </Card>
  );
}
