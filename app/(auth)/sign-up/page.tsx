import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardBody } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  return (
    <Card>
      <CardBody className="space-y-6 p-6 sm:p-8">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("signUpTitle")}</h1>
          <p className="mt-1 text-slate-600">{t("signUpIntro")}</p>
        </div>
        <SignUpForm callbackUrl={safeCallbackUrl(params.callbackUrl)} />
        <p className="text-center text-sm text-slate-700">
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}
