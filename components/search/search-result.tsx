import { MessageSquare, Send } from "lucide";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ConnectButton } from "@/components/network/connect-button";
import { DegreeBadge } from "@/components/profile/degree-badge";
import { SAVE_FORM_ID } from "@/components/recruiting/save-to-project";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { MemberSearchResult } from "@/db/queries/search";
import { isLocale } from "@/lib/i18n/config";
import type { Reach } from "@/lib/messaging/reach";
import { industryLabel } from "@/lib/profile/industries";
import { displayLocation } from "@/lib/profile/places";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * One member found, with the way the viewer may reach them as the reach rule decided it: a free
 * message (connection, Open Profile), an InMail (a credit), or a disabled button that says why
 * not (refuses InMail, still waiting for the answer to an earlier InMail).
 */
export async function SearchResult({
  member,
  selectable = false,
}: {
  member: MemberSearchResult & { reach: Reach };
  /** A checkbox that ticks this member for the "save to a project" form above the list. */
  selectable?: boolean;
}) {
  const t = await getTranslations("search.result");
  const tSave = await getTranslations("recruiting.save");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : "en";
  const headline =
    member.headline ||
    (member.title && member.company
      ? t("titleAtCompany", { title: member.title, company: member.company })
      : member.title || member.company);
  const place = [displayLocation(member.location, locale), industryLabel(member.industry, locale)]
    .filter(Boolean)
    .join(" · ");
  const noteId = `search-note-${member.id}`;
  const { reach } = member;
  const refusal = reach.kind === "refused" ? reach.reason : null;
  // A free message: to a connection, or to a Premium member with Open Profile.
  const free = reach.kind === "message" || (reach.kind === "inmail" && reach.free);
  const messageIcon = free ? MessageSquare : Send;
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 py-4 sm:grid-cols-[auto_minmax(0,1fr)_auto]">
      <div className="flex items-center gap-3">
        {selectable && (
          <input
            type="checkbox"
            form={SAVE_FORM_ID}
            name="memberId"
            value={member.id}
            aria-label={tSave("select", { name: member.name })}
            className="size-5 accent-brand-700"
          />
        )}
        <Avatar name={member.name} seed={member.id} photoId={member.photoId} />
      </div>
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            prefetch={false}
            href={`/in/${member.handle}`}
            className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
          >
            {member.name}
          </Link>
          <DegreeBadge degree={member.degree} />
          {member.premium && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
              {t("premium")}
            </span>
          )}
        </p>
        {headline && <p className="line-clamp-2 text-sm text-slate-700">{headline}</p>}
        {place && <p className="text-sm text-slate-600">{place}</p>}
      </div>
      <div className="col-start-2 flex flex-wrap items-start gap-2 sm:col-start-3 sm:row-start-1 sm:justify-end">
        {!member.isConnection && (
          <ConnectButton
            memberId={member.id}
            name={member.name}
            size="sm"
            state={member.invitation ?? { kind: "none" }}
          />
        )}
        <div className="flex flex-col items-start gap-1 sm:items-end">
          {refusal === "self" ||
          refusal === "blocked" ||
          refusal === "recipient_not_found" ? null : refusal ? (
            // Shown, so the member knows why, but not offered: it could only be refused.
            <button
              type="button"
              disabled
              aria-describedby={noteId}
              className={buttonVariants({ variant: "secondary", size: "sm" })}
            >
              <Icon node={messageIcon} className="size-4" />
              <span>{t.rich("sendInmail", { name: member.name, hidden })}</span>
            </button>
          ) : (
            <Link
              prefetch={false}
              href={`/messaging/new?to=${encodeURIComponent(member.handle)}`}
              className={buttonVariants({ variant: "secondary", size: "sm" })}
            >
              <Icon node={messageIcon} className="size-4" />
              <span>
                {free
                  ? t.rich("message", { name: member.name, hidden })
                  : t.rich("sendInmail", { name: member.name, hidden })}
              </span>
            </Link>
          )}
          {refusal === "opted_out" && (
            <p id={noteId} className="text-xs text-slate-600">
              {t("refusesInmail")}
            </p>
          )}
          {refusal === "awaiting_answer" && (
            <p id={noteId} className="max-w-56 text-xs text-slate-600 sm:text-right">
              {t("awaitingAnswer")}
            </p>
          )}
          {reach.kind === "inmail" && reach.free && (
            <p className="text-xs text-emerald-800">{t("openProfile")}</p>
          )}
        </div>
      </div>
    </li>
  );
}
