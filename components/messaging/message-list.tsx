import { getFormatter, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import type { ThreadView } from "@/db/queries/threads";

/** The conversation, oldest first; quick replies are shown as what they mean. */
export async function MessageList({
  view,
  memberId,
  memberName,
}: {
  view: ThreadView;
  memberId: string;
  memberName: string;
}) {
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const other = view.other;
  return (
    <ol className="space-y-5">
      {view.messages.map((message) => {
        const mine = message.senderId === memberId;
        const name = mine ? memberName : (other?.name ?? "—");
        return (
          <li key={message.id} className="flex gap-3">
            <Avatar name={name} seed={message.senderId} size="sm" />
            <div className="min-w-0 flex-1">
              <p className="text-sm">
                <span className="font-semibold text-slate-900">{mine ? t("you") : name}</span>{" "}
                <time className="text-xs text-slate-600" dateTime={message.createdAt.toISOString()}>
                  {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              {message.kind !== "text" && (
                <p
                  className={cn(
                    "mt-1 inline-block rounded-full px-3 py-0.5 text-sm font-semibold",
                    message.kind === "interested"
                      ? "bg-emerald-50 text-emerald-900"
                      : "bg-slate-100 text-slate-800",
                  )}
                >
                  {message.kind === "interested"
                    ? t("saidInterested", { name })
                    : t("saidNotInterested", { name })}
                </p>
              )}
              {message.body && (
                <p className="mt-1 whitespace-pre-line break-words text-slate-900">
                  {message.body}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
