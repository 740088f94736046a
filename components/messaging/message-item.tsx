"use client";

import { Avatar } from "@/components/ui/avatar";
import { cx } from "@/components/ui/cn";

/**
 * One message, translated and formatted on the server (first page) or for "Show earlier". A
 * client component, like the inbox row: a thread page's payload carries each message's data,
 * not its element tree.
 */
export interface MessageItemData {
  id: string;
  senderId: string;
  /** "You" or the sender's name. */
  who: string;
  name: string;
  photoId?: string | null;
  at: string;
  atLabel: string;
  kind: "text" | "interested" | "not_interested" | "later";
  /** "Anna is interested", for a quick reply. */
  answer: string | null;
  body: string;
}

export function MessageItem({ item }: { item: MessageItemData }) {
  return (
    <li className="flex gap-3">
      <Avatar name={item.name} seed={item.senderId} photoId={item.photoId} size="sm" />
      <div className="min-w-0 flex-1">
        <p className="text-sm">
          <span className="font-semibold text-slate-900">{item.who}</span>{" "}
          <time className="text-xs text-slate-600" dateTime={item.at}>
            {item.atLabel}
          </time>
        </p>
        {item.answer && (
          <p
            className={cx(
              "mt-1 inline-block rounded-full px-3 py-0.5 text-sm font-semibold",
              item.kind === "interested"
                ? "bg-emerald-50 text-emerald-900"
                : item.kind === "later"
                  ? "bg-amber-50 text-amber-900"
                  : "bg-slate-100 text-slate-800",
            )}
          >
            {item.answer}
          </p>
        )}
        {item.body && (
          <p className="mt-1 whitespace-pre-line break-words text-slate-900">{item.body}</p>
        )}
      </div>
    </li>
  );
}
