import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxPane } from "@/components/messaging/inbox-pane";
import { getDb } from "@/db";
import { parseCursor, parseInboxFilter } from "@/db/queries/messaging";
import { requireShell } from "@/lib/auth/session";
import { searchText } from "@/lib/messaging/inbox-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/** The inbox: the list alone on a phone; on a wide screen, beside a pane that invites a pick. */
export default async function MessagingPage({
  searchParams,
}: {
  searchParams: Promise<{
    filter?: string;
    after?: string;
    archived?: string;
    hidden?: string;
    q?: string;
  }>;
}) {
  const { member, shell } = await requireShell();
  const params = await searchParams;
  const filter = parseInboxFilter(params.filter);
  const sponsored = params.filter === "sponsored";
  // ?after= is the no-JavaScript "Show more": that page on its own, with a way back to the top
  // (the sponsored list's cursor is its own, checked where it is read).
  const after = sponsored
    ? (params.after?.slice(0, 200) ?? null)
    : parseCursor(params.after)
      ? (params.after as string)
      : null;
  const t = await getTranslations("inbox");
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-4 lg:grid-cols-[24rem_minmax(0,1fr)] lg:items-start">
      <InboxPane
        db={await getDb()}
        memberId={member.id}
        filter={filter}
        after={after}
        archivedNotice={params.archived === "1"}
        hiddenNotice={sponsored && params.hidden === "1"}
        q={searchText(params.q)}
        sponsored={sponsored}
        sponsoredWaiting={shell.sponsoredWaiting}
      />
      <div className="hidden rounded-lg border border-dashed border-slate-300 px-6 py-16 text-center text-slate-600 lg:block">
        {t("pickConversation")}
      </div>
    </div>
  );
}
