import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConnectionsList } from "@/components/network/connections-list";
import { InvitationLists } from "@/components/network/invitation-lists";
import { InviteEmailForm } from "@/components/network/invite-email-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import {
  listReceivedInvitations,
  listSentInvitations,
  searchConnectionsForMember,
} from "@/db/queries/invitations";
import { countConnections } from "@/db/queries/network";
import { requireMember } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("network"))("title") };
}

export default async function NetworkPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; after?: string | string[] }>;
}) {
  const member = await requireMember();
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const query = first(params.q)?.trim().slice(0, 100) ?? "";
  // ?after= is "Show more connections": the next page on its own (a plain link).
  const after = first(params.after)?.slice(0, 80) ?? null;
  const db = await getDb();
  const t = await getTranslations();
  const [total, received, sent, connections] = await Promise.all([
    countConnections(db, { memberId: member.id }),
    listReceivedInvitations(db, { memberId: member.id }),
    listSentInvitations(db, { memberId: member.id }),
    searchConnectionsForMember(db, { memberId: member.id, query, after }),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("network.title")}</h1>
          <p className="text-sm text-slate-600">{t("network.count", { count: total })}</p>
        </CardHeader>
      </Card>
      <InvitationLists received={received} sent={sent} />
      <Card>
        <CardHeader>
          <h2 className="text-lg font-semibold">{t("invitations.inviteByEmail.heading")}</h2>
          <p className="text-sm text-slate-600">{t("invitations.inviteByEmail.intro")}</p>
        </CardHeader>
        <CardBody>
          <InviteEmailForm />
        </CardBody>
      </Card>
      <ConnectionsList
        total={total}
        connections={connections.connections}
        next={connections.next}
        paged={Boolean(after)}
        query={query}
      />
    </div>
  );
}
