import { getDb } from "@/db";
import { getCurrentSession } from "@/lib/auth/session";
import { clickSponsored } from "@/lib/sponsored/inbox";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * A sponsored message's button: counts the member's click (once, however often they press it)
 * and sends them on to the advertiser's https address. Only the message's recipient is sent on;
 * anyone else gets the same 404 as for a message that does not exist.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ deliveryId: string }> },
) {
  const session = await getCurrentSession();
  if (!session) return new Response("Sign in first", { status: 401 });
  const { deliveryId } = await params;
  const url = await clickSponsored(await getDb(), { memberId: session.member.id, deliveryId });
  if (!url) return new Response("Not found", { status: 404 });
  return new Response(null, {
    status: 303,
    headers: { Location: url, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
