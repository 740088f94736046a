import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardBody } from "@/components/ui/card";
import { getDb } from "@/db";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getCurrentMember } from "@/lib/auth/session";
import { findEmailInvitationByToken } from "@/lib/network/email-invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; invite?: string }>;
}) {
  const params = await searchParams;
  // Signed in for real (a live session, not just a cookie): nothing to do here.
  if (await getCurrentMember()) redirect(safeCallbackUrl(params.callbackUrl));
  const t = await getTranslations("auth");
  const tInvite = await getTranslations("invitations.signUp");
  // A link from an email invitation: say who invited them; the token is claimed on sign-up.
  const invite = typeof params.invite === "string" ? params.invite : undefined;
  const invitation = invite
    ? await findEmailInvitationByToken(await getDb(), { token: invite })
    : null;
  return (
    <Card>
      <CardBody className="space-y-6 p-6 sm:p-8">
        <div>
          <h1 className="text-3xl font-semibold text-slate-900">{t("signUpTitle")}</h1>
          <p className="mt-1 text-slate-600">{t("signUpIntro")}</p>
        </div>
        {invite ? (
          <p
            className={
              invitation
                ? "rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-slate-900"
                : "rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
            }
          >
            {invitation
              ? tInvite("invitedBy", { inviter: invitation.inviterName })
              : tInvite("invalidLink")}
          </p>
        ) : null}
        <SignUpForm
          callbackUrl={safeCallbackUrl(params.callbackUrl ?? (invitation ? "/network" : undefined))}
          invite={invitation ? invite : undefined}
          defaultEmail={invitation?.email}
        />
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
