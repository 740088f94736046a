import { ExternalLink } from "lucide";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InboxPane } from "@/components/messaging/inbox-pane";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { getDb } from "@/db";
import { requireMember } from "@/lib/auth/session";
import { openSponsored } from "@/lib/sponsored/inbox";
import { notInterestedAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("sponsored.title") };
}

/**
 * One sponsored message, as its recipient sees it: labelled "Sponsored", its sender, its button
 * and "Not interested". Opening it counts as opened (once). Another member's is a 404.
 */
export default async function SponsoredMessagePage({
  params,
}: {
  params: Promise<{ deliveryId: string }>;
}) {
  const member = await requireMember();
  const { deliveryId } = await params;
  const db = await getDb();
  const item = await openSponsored(db, { memberId: member.id, deliveryId });
  if (!item) notFound();
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const { advertiser } = item;
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-4 lg:grid-cols-[24rem_minmax(0,1fr)] lg:items-start">
      <div className="hidden lg:block">
        <InboxPane db={db} memberId={member.id} filter="all" sponsored />
      </div>
      <section aria-labelledby="sponsored-title" className="min-w-0 space-y-4">
        <Link
          href="/messaging?filter=sponsored"
          className="text-sm font-semibold text-brand-700 hover:underline lg:invisible"
        >
          ← {t("back")}
        </Link>
        <Card>
          <CardHeader className="space-y-3">
            <div className="flex items-center gap-3">
              <Avatar name={advertiser.name} seed={advertiser.id} photoId={advertiser.photoId} />
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="rounded bg-slate-200 px-1.5 text-xs font-semibold text-slate-800">
                    {t("sponsoredLabel")}
                  </span>
                  <Link href={`/in/${advertiser.handle}`} className="font-semibold hover:underline">
                    {advertiser.name}
                  </Link>
                </p>
                {advertiser.headline && (
                  <p className="text-sm text-slate-600">{advertiser.headline}</p>
                )}
              </div>
            </div>
            <h1 id="sponsored-title" className="text-xl font-semibold break-words">
              {item.subject}
            </h1>
            <p className="text-xs text-slate-600">
              <time dateTime={item.deliveredAt.toISOString()}>
                {format.dateTime(item.deliveredAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
          </CardHeader>
          <CardBody className="space-y-5">
            <p className="whitespace-pre-line break-words text-slate-900">{item.body}</p>
            <div className="flex flex-wrap items-start gap-3">
              <a
                href={`/api/sponsored/${item.id}`}
                target="_blank"
                rel="noopener noreferrer"
                className={buttonVariants()}
              >
                {item.ctaLabel}
                <Icon node={ExternalLink} className="size-4" />
                <span className="sr-only">({t("sponsored.opensNewTab")})</span>
              </a>
              <ActionButtonForm
                action={notInterestedAction}
                fields={{ deliveryId: item.id }}
                label={t("sponsored.notInterested")}
                pendingLabel={t("working")}
                variant="secondary"
                size="md"
              />
            </div>
            <p className="text-sm text-slate-600">
              {t("sponsored.why", { name: advertiser.name })}{" "}
              <Link
                href="/settings/communications"
                className="font-semibold text-brand-700 hover:underline"
              >
                {t("sponsored.settingsLink")}
              </Link>
            </p>
          </CardBody>
        </Card>
      </section>
    </div>
  );
}
