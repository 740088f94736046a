import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommunicationSettingsForm } from "@/components/settings/communication-settings-form";
import { OpenProfileForm } from "@/components/settings/open-profile-form";
import { Card, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActivePlanForMember } from "@/db/queries/billing";
import { requireMember } from "@/lib/auth/session";
import { getCommunicationSettingsForMember } from "@/lib/settings/communication";
import { sponsoredMessagesOn } from "@/lib/sponsored/audience";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: `${t("communications.title")} · ${t("title")}` };
}

export default async function CommunicationSettingsPage() {
  const member = await requireMember();
  const t = await getTranslations("settings.communications");
  const db = await getDb();
  const [settings, plan] = await Promise.all([
    getCommunicationSettingsForMember(db, { memberId: member.id }),
    getActivePlanForMember(db, { memberId: member.id }),
  ]);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader className="px-5 py-5">
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{t("intro")}</p>
        </CardHeader>
        <CommunicationSettingsForm
          saved={{
            acceptsInmail: settings.acceptsInmail,
            interestCategories: settings.interestCategories,
            signature: settings.signature,
            emailNotifications: settings.emailNotifications,
            readReceipts: settings.readReceipts,
            showPresence: settings.showPresence,
            // Never chosen: on, or off for a member in the EU until they turn it on.
            sponsoredMessages: sponsoredMessagesOn(settings.sponsoredMessages, member.country),
          }}
        />
      </Card>
      <Card>
        <OpenProfileForm
          saved={settings.openProfile}
          premium={Boolean(plan?.plan.isPremium)}
          acceptsInmail={settings.acceptsInmail}
        />
      </Card>
    </div>
  );
}
