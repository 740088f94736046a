import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { unblockFromSettingsAction } from "@/app/(app)/settings/blocked/actions";
import { Avatar } from "@/components/ui/avatar";
import { UnblockForm } from "./unblock-form";

type BlockedMember = {
  id: string;
  handle: string;
  name: string;
  headline: string;
  photoId?: string | null;
  blockedAt: Date;
};

/** The members the signed-in member blocked, each with Unblock. */
export async function BlockedMembersList({ blocked }: { blocked: BlockedMember[] }) {
  const t = await getTranslations("privacy.blocked");
  const format = await getFormatter();
  if (blocked.length === 0) {
    return <p className="px-5 py-8 text-center text-slate-600">{t("empty")}</p>;
  }
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-slate-100">
      {blocked.map((member) => (
        <li
          key={member.id}
          className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="flex min-w-0 items-center gap-3">
            <Avatar name={member.name} seed={member.id} photoId={member.photoId} size="md" />
            <div className="min-w-0">
              <Link
                prefetch={false}
                href={`/in/${encodeURIComponent(member.handle)}`}
                className="font-semibold text-slate-900 hover:underline"
              >
                {member.name}
              </Link>
              {member.headline && (
                <p className="truncate text-sm text-slate-700">{member.headline}</p>
              )}
              <p className="text-xs text-slate-600">
                {t("blockedOn", {
                  date: format.dateTime(member.blockedAt, { dateStyle: "medium" }),
                })}
              </p>
            </div>
          </div>
          <UnblockForm action={unblockFromSettingsAction} memberId={member.id} name={member.name} />
        </li>
      ))}
    </ul>
  );
}
