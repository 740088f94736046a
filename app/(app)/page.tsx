import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberLinkRow } from "@/components/profile/member-link-row";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { getDb } from "@/db";
import { availableCredits, getActivePlanForMember } from "@/db/queries/billing";
import { countConnections, suggestConnections } from "@/db/queries/network";
import { requireShell } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ confirmed?: string; welcome?: string }>;
}) {
  const { confirmed, welcome } = await searchParams;
  const { member, shell } = await requireShell();
  // A new member is asked about their work and place first (or skips it).
  if (!member.onboardedAt) redirect(confirmed ? "/welcome?confirmed=1" : "/welcome");
  const db = await getDb();
  const t = await getTranslations("home");
  // A member who joined in the last day is welcomed, not welcomed back.
  const joinedToday = now().getTime() - member.createdAt.getTime() < 86_400_000;
  const tAccount = await getTranslations("account.confirm");
  const tProfile = await getTranslations("profileEdit");
  await settleMemberNow(db, member.id);
  const unread = shell.unreadThreads;
  const [connections, plan, credits, suggestions] = await Promise.all([
    countConnections(db, { memberId: member.id }),
    getActivePlanForMember(db, { memberId: member.id }),
    availableCredits(db, { memberId: member.id, at: now() }),
    suggestConnections(db, { memberId: member.id }),
  ]);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[16rem_minmax(0,1fr)]">
      <Card className="h-fit overflow-hidden">
        <div className="h-16 bg-gradient-to-r from-brand-700 to-brand-500" />
        <CardBody className="-mt-10 space-y-2">
          <Avatar
            name={member.name}
            seed={member.id}
            photoId={member.photoId}
            size="lg"
            className="ring-4 ring-white"
          />
          <Link
            prefetch={false}
            href={`/in/${member.handle}`}
            className="block text-lg font-semibold hover:underline"
          >
            {member.name}
          </Link>
          <p className="text-sm text-slate-600">{member.headline}</p>
          <p className="pt-2 text-sm font-medium text-slate-700">
            {plan ? t("planPremium", { plan: plan.plan.name }) : t("planBasic")}
          </p>
        </CardBody>
      </Card>
      <div className="space-y-6">
        {confirmed && member.emailVerifiedAt && (
          <FormMessage tone="success">{tAccount("confirmed")}</FormMessage>
        )}
        {welcome && <FormMessage tone="success">{tProfile("onboarding.welcomeDone")}</FormMessage>}
        <Card>
          <CardBody className="space-y-3">
            <h1 className="text-2xl font-semibold">
              {t(joinedToday ? "welcomeNew" : "welcome", { name: member.name })}
            </h1>
            <p className="text-slate-600">{t("intro")}</p>
            <ul className="grid gap-3 sm:grid-cols-3">
              <Stat href="/network" text={t("connections", { count: connections })} />
              <Stat href="/premium" text={t("credits", { count: credits })} />
              <Stat href="/messaging" text={t("unread", { count: unread })} />
            </ul>
          </CardBody>
        </Card>
        <Card>
          <CardHeader>
            <h2 className="text-lg font-semibold">{t("peopleYouMayKnow")}</h2>
            <p className="text-sm text-slate-600">{t("peopleYouMayKnowHint")}</p>
          </CardHeader>
          <CardBody>
            {suggestions.length === 0 ? (
              <p className="text-slate-600">{t("noSuggestions")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {suggestions.map((s) => (
                  <MemberLinkRow
                    key={s.id}
                    member={s}
                    note={t("mutual", { count: Number(s.mutual) })}
                  />
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}

function Stat({ href, text }: { href: string; text: string }) {
  return (
    <li>
      <Link
        prefetch={false}
        href={href}
        className="block rounded-md border border-slate-200 px-4 py-3 text-sm font-semibold text-slate-800 hover:border-brand-700 hover:bg-brand-50"
      >
        {text}
      </Link>
    </li>
  );
}
