"use client";

import { useTranslations } from "next-intl";
import { useTyping } from "./live-provider";

/** "Marco is typing…" under the conversation, announced politely to screen readers. */
export function TypingIndicator({ threadId, name }: { threadId: string; name: string }) {
  const t = useTranslations("inbox");
  const typing = useTyping(threadId).length > 0;
  return (
    <p aria-live="polite" className="min-h-5 text-sm italic text-slate-600">
      {typing ? t("typing", { name }) : ""}
    </p>
  );
}
