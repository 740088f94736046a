import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card, CardBody } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { isResetTokenUsable } from "@/lib/auth/accounts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const usable = token.length <= 200 && (await isResetTokenUsable(await getDb(), { token }));
  return (
    <Card>
      <CardBody className="space-y-6 p-6 sm:p-8">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("resetTitle")}</h1>
          {usable && <p className="mt-1 text-slate-600">{t("resetIntro")}</p>}
        </div>
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <div className="space-y-4">
            <FormMessage tone="error">{t("resetInvalid")}</FormMessage>
            <Link href="/forgot-password" className="font-semibold text-brand-700 hover:underline">
              {t("requestNewLink")}
            </Link>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
