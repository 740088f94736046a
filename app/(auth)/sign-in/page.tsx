import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardBody } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentMember } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{
    callbackUrl?: string;
    signedOut?: string;
    reset?: string;
    confirmed?: string;
  }>;
}) {
  const params = await searchParams;
  // Signed in for real (a live session, not just a cookie): nothing to do here.
  if (await getCurrentMember()) redirect(safeCallbackUrl(params.callbackUrl));
  const t = await getTranslations("auth");
  const tAccount = await getTranslations("account.confirm");
  return (
    <Card>
      <CardBody className="space-y-6 p-6 sm:p-8">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("signInTitle")}</h1>
          <p className="mt-1 text-slate-600">{t("signInIntro")}</p>
        </div>
        {params.signedOut && <FormMessage tone="success">{t("signedOut")}</FormMessage>}
        {params.reset && <FormMessage tone="success">{t("resetDone")}</FormMessage>}
        {params.confirmed && (
          <FormMessage tone="success">{tAccount("confirmedSignIn")}</FormMessage>
        )}
        <SignInForm callbackUrl={safeCallbackUrl(params.callbackUrl)} />
        <p className="text-center text-sm text-slate-700">
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-semibold text-brand-700 hover:underline">
            {t("joinNow")}
          </Link>
        </p>
      </CardBody>
    </Card>
  );
}
