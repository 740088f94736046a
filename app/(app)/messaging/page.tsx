import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/messaging/inbox-filters";
import { PresenceDot } from "@/components/profile/presence-dot";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { getDb } from "@/db";
import { type InboxFilter, listThreadsForMember } from "@/db/queries/messaging";
import { requireMember } from "@/lib/auth/session";
import { onlineConnections } from "@/lib/live/presence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

function parseFilter(value: unknown): InboxFilter {
  return value === "unread" || value === "inmail" ? value : "all";
}

export default async function MessagingPage({
  searchParams,
}: {
  searchParams: Promise<{ filter?: string }>;
}) {
  const member = await requireMember();
  const filter = parseFilter((await searchParams).filter);
  const t = await getTranslations();
  const format = await getFormatter();
  const db = await getDb();
  const threads = await listThreadsForMember(db, { memberId: member.id, filter });
  const online = await onlineConnections(db, {
    viewerId: member.id,
    memberIds: threads.map((thread) => thread.otherId),
  });
  return (
    <div className="mx-auto max-w-3xl">
      <Card>
        <CardHeader className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="text-xl font-semibold">{t("inbox.title")}</h1>
            <Link
              href="/messaging/sent"
              className="text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("inbox.sentLink")}
            </Link>
          </div>
          <InboxFilters current={filter} />
        </CardHeader>
        {threads.length === 0 ? (
          <p className="px-5 py-10 text-center text-slate-600">{t(`inbox.empty.${filter}`)}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {threads.map((thread) => (
              <li key={thread.id}>
                <Link
                  href={`/messaging/${thread.id}`}
                  className={cn(
                    "flex gap-3 px-5 py-3 hover:bg-slate-50",
                    thread.unread && "bg-brand-50 hover:bg-brand-100",
                  )}
                >
                  <span className="relative shrink-0">
                    <Avatar name={thread.otherName} seed={thread.otherId} />
                    {online.has(thread.otherId) && (
                      <span className="absolute -bottom-0.5 -right-0.5">
                        <PresenceDot />
                      </span>
                    )}
                  </span>
                  <div className="min-w-0 flex-1">
                    <div className="flex items-baseline justify-between gap-2">
                      <p className={thread.unread ? "font-bold" : "font-semibold"}>
                        {thread.otherName}
                        {thread.unread && <span className="sr-only"> ({t("inbox.unread")})</span>}
                      </p>
                      <time
                        className="shrink-0 text-xs text-slate-600"
                        dateTime={thread.lastMessageAt.toISOString()}
                      >
                        {format.dateTime(thread.lastMessageAt, { dateStyle: "medium" })}
                      </time>
                    </div>
                    <p className="flex min-w-0 items-center gap-2 text-sm text-slate-800">
                      {thread.kind === "inmail" && (
                        <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                          {t("inbox.inmailLabel")}
                          {thread.category
                            ? ` · ${t(`categories.${thread.category}` as "categories.business_deal")}`
                            : ""}
                        </span>
                      )}
                      <span className="truncate">{thread.subject}</span>
                    </p>
                    <p className="truncate text-sm text-slate-600">{thread.snippet}</p>
                  </div>
                  {thread.unread && (
                    <span
                      aria-hidden="true"
                      className="mt-2 size-2.5 shrink-0 rounded-full bg-brand-700"
                    />
                  )}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
