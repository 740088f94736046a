import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BlockedMembersList } from "@/components/privacy/blocked-members-list";
import { Card, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { listBlockedMembers } from "@/lib/network/blocks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("privacy.blockedTitle")} · ${t("settings.title")}` };
}

export default async function BlockedMembersPage({
  searchParams,
}: {
  searchParams: Promise<{ unblocked?: string }>;
}) {
  const member = await requireMember();
  const t = await getTranslations("privacy");
  const db = await getDb();
  const { unblocked } = await searchParams;
  const blocked = await listBlockedMembers(db, { blockerId: member.id });
  return (
    <Card>
      <CardHeader className="space-y-1 px-5 py-5">
        <h1 className="text-2xl font-semibold text-slate-900">{t("blockedTitle")}</h1>
        <p className="text-slate-700">{t("blocked.intro")}</p>
      </CardHeader>
      <div className="px-5 pt-4 empty:hidden">
        {unblocked === "1" && (
          <FormMessage tone="success">{t("blocked.unblockedMessage")}</FormMessage>
        )}
      </div>
      <BlockedMembersList blocked={blocked} />
    </Card>
  );
}
