import { getDb } from "@/db";
import { getCurrentSession } from "@/lib/auth/session";
import { getCampaign, listDeliveries } from "@/lib/recruiting/campaigns";
import { getRecruitingPolicy } from "@/lib/recruiting/projects";
import { csvResponse } from "@/lib/text/csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every recipient of a campaign and what became of them (at most the campaign cap of rows). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ campaignId: string }> },
) {
  const session = await getCurrentSession();
  if (!session) return new Response("Sign in first", { status: 401 });
  const db = await getDb();
  const { campaignId } = await params;
  const ownerId = session.member.id;
  const campaign = await getCampaign(db, { ownerId, campaignId });
  if (!campaign) return new Response("Not found", { status: 404 });
  const policy = await getRecruitingPolicy(db);
  const { rows } = await listDeliveries(db, {
    ownerId,
    campaignId,
    limit: policy.maxRecipientsPerCampaign,
  });
  const lines = [
    [
      "name",
      "profile",
      "status",
      "skip_reason",
      "kind",
      "sent_at",
      "read",
      "answer",
      "decline_reason",
      "later_from",
      "refunded",
    ],
    ...rows.map((r) => [
      r.name,
      `/in/${r.handle}`,
      r.status,
      r.skipReason ?? "",
      r.kind ?? "",
      r.sentAt?.toISOString() ?? "",
      r.read ? "yes" : "no",
      r.answer ?? "",
      r.declineReason ?? "",
      r.laterFrom?.toISOString() ?? "",
      r.refunded ? "yes" : "no",
    ]),
  ];
  return csvResponse(lines, `campaign-${campaign.id.slice(0, 8)}.csv`);
}
