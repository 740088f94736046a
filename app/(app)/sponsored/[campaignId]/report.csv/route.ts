import { getDb } from "@/db";
import { getCurrentSession } from "@/lib/auth/session";
import { getSponsoredCampaign, sponsoredReport } from "@/lib/sponsored/campaigns";
import { csvResponse } from "@/lib/text/csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * A sponsored campaign's report by day (at most a year of rows): counts and spend only — who
 * received an advertiser's message is never theirs to see.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ campaignId: string }> },
) {
  const session = await getCurrentSession();
  if (!session) return new Response("Sign in first", { status: 401 });
  const db = await getDb();
  const { campaignId } = await params;
  const campaign = await getSponsoredCampaign(db, {
    advertiserId: session.member.id,
    campaignId,
  });
  if (!campaign) return new Response("Not found", { status: 404 });
  const report = await sponsoredReport(db, campaign);
  const money = (cents: number) => (cents / 100).toFixed(2);
  const rate = (value: number | null) => (value === null ? "" : value.toFixed(4));
  return csvResponse(
    [
      ["day", "delivered", "opened", "clicked", `spent_${campaign.currency}`],
      ...report.days.map((d) => [
        d.day,
        String(d.delivered),
        String(d.opened),
        String(d.clicked),
        money(d.spentCents),
      ]),
      [
        "total",
        String(report.delivered),
        String(report.opened),
        String(report.clicked),
        money(report.spentCents),
      ],
      [],
      ["not_interested", String(report.notInterested)],
      ["open_rate", rate(report.openRate)],
      ["click_to_open_rate", rate(report.clickToOpenRate)],
      [`budget_${campaign.currency}`, money(campaign.budgetCents)],
      [`remaining_${campaign.currency}`, money(report.remainingCents)],
    ],
    `sponsored-${campaign.id.slice(0, 8)}.csv`,
  );
}
