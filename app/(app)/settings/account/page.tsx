import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangeEmailForm, ChangeNameForm } from "@/components/settings/account-forms";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("profileEdit.account.title")} · ${t("settings.title")}` };
}

export default async function AccountSettingsPage() {
  const member = await requireMember();
  const t = await getTranslations("profileEdit.account");
  return (
    <Card>
      <CardHeader className="px-5 py-5">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </CardHeader>
      <CardBody className="space-y-4 border-b border-slate-100 py-5">
        <h2 className="text-lg font-semibold text-slate-900">{t("nameHeading")}</h2>
        <ChangeNameForm name={member.name} />
      </CardBody>
      <CardBody className="space-y-4 py-5">
        <h2 className="text-lg font-semibold text-slate-900">{t("emailHeading")}</h2>
        <ChangeEmailForm email={member.email} />
      </CardBody>
    </Card>
  );
}
