import "server-only";
import type { MessageItemData } from "@/components/messaging/message-item";
import type { ThreadMessage } from "@/db/queries/threads";
import { localizedFor } from "@/lib/i18n/translator";

/** A thread's messages as items ready to show: the thread page and "Show earlier" alike. */
export function messageItems(
  messages: readonly ThreadMessage[],
  {
    memberId,
    memberName,
    otherName,
    memberPhotoId = null,
    otherPhotoId = null,
    locale,
  }: {
    memberId: string;
    memberName: string;
    otherName: string;
    memberPhotoId?: string | null;
    otherPhotoId?: string | null;
    locale: string;
  },
): MessageItemData[] {
  const { t: translate, format } = localizedFor(locale);
  const t = (key: string, values?: Record<string, string>) =>
    translate(`inbox.${key}` as "inbox.you", values);
  return messages.map((message) => {
    const mine = message.senderId === memberId;
    const name = mine ? memberName : otherName;
    return {
      id: message.id,
      senderId: message.senderId,
      who: mine ? t("you") : name,
      name,
      photoId: mine ? memberPhotoId : otherPhotoId,
      at: message.createdAt.toISOString(),
      atLabel: format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" }),
      kind: message.kind,
      // The member's own answer in the first person ("You're interested"), the other's by name.
      answer:
        message.kind === "interested"
          ? mine
            ? t("youSaidInterested")
            : t("saidInterested", { name })
          : message.kind === "not_interested"
            ? [
                mine ? t("youSaidNotInterested") : t("saidNotInterested", { name }),
                message.declineReason
                  ? translate(`inbox.declineReasons.${message.declineReason}` as "inbox.you")
                  : null,
              ]
                .filter(Boolean)
                .join(" · ")
            : message.kind === "later"
              ? (() => {
                  const date = message.laterFrom
                    ? format.dateTime(message.laterFrom, { dateStyle: "long" })
                    : null;
                  if (mine) return date ? t("youSaidLater", { date }) : t("youSaidLaterNoDate");
                  return date ? t("saidLater", { name, date }) : t("saidLaterNoDate", { name });
                })()
              : null,
      body: message.body,
    };
  });
}
