import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SessionList } from "@/components/settings/session-list";
import { Card, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { describeDevice } from "@/lib/auth/device";
import { getCurrentSession } from "@/lib/auth/session";
import { listSessions, SESSION_IDLE_DAYS, SESSION_MAX_DAYS } from "@/lib/auth/sessions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("account.security.title")} · ${t("settings.title")}` };
}

export default async function SecuritySettingsPage() {
  const session = await getCurrentSession();
  if (!session) redirect("/sign-in");
  const t = await getTranslations("account.security");
  const format = await getFormatter();
  const sessions = await listSessions(await getDb(), { memberId: session.member.id });
  const shown = sessions.map((s) => {
    const device = describeDevice(s.userAgent);
    return {
      id: s.id,
      current: s.id === session.sessionId,
      device: device ? t("deviceOn", device) : t("unknownDevice"),
      lastActive: t("lastActive", { when: format.relativeTime(s.lastSeenAt) }),
      signedIn: t("signedInAt", {
        when: format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }),
      }),
    };
  });
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader className="space-y-1 px-5 py-5">
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </CardHeader>
        <section aria-labelledby="sessions-heading" className="space-y-3 px-5 py-5">
          <h2 id="sessions-heading" className="text-lg font-semibold text-slate-900">
            {t("sessionsHeading")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("sessionsIntro", { idle: SESSION_IDLE_DAYS, max: SESSION_MAX_DAYS })}
          </p>
          <SessionList sessions={shown} />
        </section>
      </Card>
      <Card>
        <section aria-labelledby="password-heading" className="space-y-3 px-5 py-5">
          <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
            {t("passwordHeading")}
          </h2>
          <p className="text-sm text-slate-600">{t("passwordIntro")}</p>
          <ChangePasswordForm />
        </section>
      </Card>
    </div>
  );
}
