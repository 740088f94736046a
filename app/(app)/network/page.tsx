import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MemberLinkRow } from "@/components/profile/member-link-row";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { countConnections, listConnectionsForMember } from "@/db/queries/network";
import { requireMember } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("network"))("title") };
}

export default async function NetworkPage() {
  const member = await requireMember();
  const db = await getDb();
  const t = await getTranslations("network");
  const format = await getFormatter();
  const [total, connections] = await Promise.all([
    countConnections(db, { memberId: member.id }),
    listConnectionsForMember(db, { memberId: member.id, limit: 100 }),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("count", { count: total })}</p>
        </CardHeader>
        <CardBody>
          <h2 className="sr-only">{t("connections")}</h2>
          <ul className="divide-y divide-slate-100">
            {connections.map((c) => (
              <MemberLinkRow
                key={c.id}
                member={c}
                note={t("connectedOn", {
                  date: format.dateTime(c.connectedAt, { dateStyle: "medium" }),
                })}
              />
            ))}
          </ul>
        </CardBody>
      </Card>
    </div>
  );
}
