import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Card, CardBody } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <Card>
      <CardBody className="space-y-6 p-6 sm:p-8">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("forgotTitle")}</h1>
          <p className="mt-1 text-slate-600">{t("forgotIntro")}</p>
        </div>
        <ForgotPasswordForm />
        <p className="text-center text-sm">
          <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}
