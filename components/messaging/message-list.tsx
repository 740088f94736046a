import { getLocale } from "next-intl/server";
import type { ThreadView } from "@/db/queries/threads";
import { messageItems } from "@/lib/messaging/thread-page";
import { EarlierMessages } from "./earlier-messages";
import { MessageItem } from "./message-item";

/**
 * The conversation, oldest first: its latest messages, and "Show earlier messages" above them
 * when there are older ones. Quick replies are shown as what they mean.
 */
export async function MessageList({
  view,
  memberId,
  memberName,
  memberPhotoId = null,
  labels,
}: {
  view: ThreadView;
  memberId: string;
  memberName: string;
  memberPhotoId?: string | null;
  labels: { showEarlier: string; loading: string; failed: string };
}) {
  const items = messageItems(view.messages, {
    locale: await getLocale(),
    memberId,
    memberName,
    otherName: view.other?.name ?? "—",
    memberPhotoId,
    otherPhotoId: view.other?.photoId ?? null,
  });
  return (
    <ol className="space-y-5">
      {items[0] && (
        <EarlierMessages
          threadId={view.thread.id}
          firstShownId={items[0].id}
          hasEarlier={view.earlier !== null}
          labels={labels}
        />
      )}
      {items.map((item) => (
        <MessageItem key={item.id} item={item} />
      ))}
    </ol>
  );
}
