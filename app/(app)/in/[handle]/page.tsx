import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ConnectButton } from "@/components/network/connect-button";
import { BlockedProfile } from "@/components/privacy/blocked-profile";
import { ProfileMoreMenu } from "@/components/privacy/profile-more-menu";
import { DegreeBadge } from "@/components/profile/degree-badge";
import { SaveProfileToProject } from "@/components/recruiting/save-profile-to-project";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { getActivePlanForMember } from "@/db/queries/billing";
import { invitationStateBetween } from "@/db/queries/invitations";
import { getCommunicationSettings, getMemberByHandle } from "@/db/queries/members";
import { countConnections, degreeBetween, isBlockedEitherWay } from "@/db/queries/network";
import { requireMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/config";
import { hasOpenProfile } from "@/lib/messaging/open-profile";
import { reachOne } from "@/lib/messaging/reach";
import { hasBlocked } from "@/lib/network/blocks";
import { industryLabel } from "@/lib/profile/industries";
import { displayLocation } from "@/lib/profile/places";
import { recruitingContext } from "@/lib/recruiting/projects";

type Props = { params: Promise<{ handle: string }> };

async function loadProfile(handle: string, viewerId: string) {
  const db = await getDb();
  const member = await getMemberByHandle(db, { handle });
  if (!member) return null;
  if (member.id !== viewerId && (await isBlockedEitherWay(db, { a: viewerId, b: member.id }))) {
    // The blocker sees who they blocked, with Unblock. A member who blocked the viewer is not
    // shown at all: it looks exactly like no one is there (404), so a block is not revealed.
    return (await hasBlocked(db, { blockerId: viewerId, blockedId: member.id }))
      ? { blockedByViewer: true as const, member }
      : null;
  }
  const [degree, connections, plan, settings, openProfile, reach, recruiting] = await Promise.all([
    degreeBetween(db, { viewerId, otherId: member.id }),
    countConnections(db, { memberId: member.id }),
    getActivePlanForMember(db, { memberId: member.id }),
    getCommunicationSettings(db, { memberId: member.id }),
    hasOpenProfile(db, { memberId: member.id }),
    // The one rule of who may reach whom, and at what cost: the button below only shows it.
    reachOne(db, { senderId: viewerId, recipientId: member.id }),
    member.id === viewerId ? null : recruitingContext(db, { memberId: viewerId }),
  ]);
  const premium = Boolean(plan?.plan.isPremium);
  return {
    blockedByViewer: false as const,
    member,
    degree,
    connections,
    premium,
    settings,
    openProfile,
    reach,
    recruiting,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireMember();
  const profile = await loadProfile((await params).handle, viewer.id);
  return { title: profile?.member.name ?? "—" };
}

export default async function ProfilePage({ params }: Props) {
  const viewer = await requireMember();
  const profile = await loadProfile((await params).handle, viewer.id);
  if (!profile) notFound();
  if (profile.blockedByViewer) return <BlockedProfile member={profile.member} />;
  const { member, degree, connections, premium, settings, openProfile, reach, recruiting } =
    profile;
  const refusal = reach.kind === "refused" ? reach.reason : null;
  const t = await getTranslations();
  const format = await getFormatter();
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "en";
  const place = displayLocation(member.location, locale);
  const invitation =
    degree === 0
      ? null
      : await invitationStateBetween(await getDb(), { viewerId: viewer.id, otherId: member.id });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {/* Not overflow-hidden: the "More" panel opens below the card's edge. */}
      <Card>
        <div className="h-28 rounded-t-lg bg-gradient-to-r from-brand-800 via-brand-600 to-brand-500 sm:h-36" />
        <CardBody className="-mt-16 space-y-3 sm:-mt-20">
          <Avatar
            name={member.name}
            seed={member.id}
            photoId={member.photoId}
            size="xl"
            className="ring-4 ring-white"
          />
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold text-slate-900">{member.name}</h1>
            {degree === 0 ? (
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium">
                {t("profile.you")}
              </span>
            ) : (
              <DegreeBadge degree={degree} />
            )}
            {premium && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                {t("profile.premium")}
              </span>
            )}
            {openProfile && degree !== 0 && (
              <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">
                {t("privacy.openProfile.badge")}
              </span>
            )}
          </div>
          <p className="text-lg text-slate-800">{member.headline}</p>
          <p className="text-sm text-slate-600">
            {place}
            {place ? " · " : ""}
            <span className="font-semibold text-brand-700">
              {t("profile.connections", { count: connections })}
            </span>
          </p>
          {degree !== 0 && (
            <p id="profile-inmail-note" className="text-sm text-slate-700">
              {refusal === "awaiting_answer"
                ? t("profile.awaitingAnswer", { name: member.name })
                : settings?.acceptsInmail !== false
                  ? t("profile.acceptsInmail")
                  : t("profile.refusesInmail")}
            </p>
          )}
          {reach.kind === "inmail" && reach.free && (
            <p className="text-sm font-medium text-emerald-800">
              {t("privacy.openProfile.profileHint", { name: member.name })}
            </p>
          )}
          <div className="flex flex-wrap gap-2 pt-1">
            {degree === 0 ? (
              <>
                <Link href="/settings/profile" className={buttonVariants()}>
                  {t("profile.editProfile")}
                </Link>
                <Link
                  href="/settings/communications"
                  className={buttonVariants({ variant: "secondary" })}
                >
                  {t("profile.editSettings")}
                </Link>
              </>
            ) : refusal ? (
              // Not offered (it could only be refused), but shown with the reason above.
              <button
                type="button"
                disabled
                aria-describedby="profile-inmail-note"
                className={buttonVariants({ variant: "secondary" })}
              >
                {t("profile.sendInmail")}
              </button>
            ) : (
              <Link
                href={`/messaging/new?to=${encodeURIComponent(member.handle)}`}
                className={buttonVariants()}
              >
                {reach.kind === "message" || (reach.kind === "inmail" && reach.free)
                  ? t("profile.message")
                  : t("profile.sendInmail")}
              </Link>
            )}
            {degree !== 0 && <ProfileMoreMenu memberId={member.id} name={member.name} />}
            {/* Last: its status line below may be wider than the button. */}
            {invitation && invitation.kind !== "connected" && (
              <ConnectButton memberId={member.id} name={member.name} state={invitation} />
            )}
          </div>
        </CardBody>
      </Card>
      {recruiting && (
        <Card>
          <CardBody>
            <SaveProfileToProject
              memberId={member.id}
              name={member.name}
              projects={recruiting.projects}
              nameMax={recruiting.nameMax}
            />
          </CardBody>
        </Card>
      )}
      {member.about && (
        <Card>
          <CardHeader>
            <h2 className="text-lg font-semibold">{t("profile.about")}</h2>
          </CardHeader>
          <CardBody>
            <p className="whitespace-pre-line text-slate-800">{member.about}</p>
          </CardBody>
        </Card>
      )}
      {(member.title || member.company) && (
        <Card>
          <CardHeader>
            <h2 className="text-lg font-semibold">{t("profile.experience")}</h2>
          </CardHeader>
          <CardBody>
            <p className="font-semibold">{member.title}</p>
            <p className="text-slate-700">{member.company}</p>
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader>
          <h2 className="text-lg font-semibold">{t("profile.details")}</h2>
        </CardHeader>
        <CardBody>
          <dl className="grid gap-3 sm:grid-cols-2">
            <Detail term={t("profile.industry")} value={industryLabel(member.industry, locale)} />
            <Detail term={t("profile.location")} value={place} />
            {member.timeZone && (
              <Detail
                term={t("profile.localTime")}
                value={format.dateTime(now(), { timeZone: member.timeZone, timeStyle: "short" })}
              />
            )}
            {settings && settings.interestCategories.length > 0 && (
              <Detail
                term={t("profile.interests")}
                value={settings.interestCategories.map((c) => t(`categories.${c}`)).join(", ")}
              />
            )}
          </dl>
          <p className="mt-4 text-sm text-slate-600">
            {t("profile.memberSince", {
              date: format.dateTime(member.createdAt, { year: "numeric", month: "long" }),
            })}
          </p>
        </CardBody>
      </Card>
    </div>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  if (!value) return null;
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-600">{term}</dt>
      <dd className="text-slate-900">{value}</dd>
    </div>
  );
}
