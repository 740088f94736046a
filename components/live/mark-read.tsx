"use client";

import { useEffect } from "react";
import { markThreadReadAction } from "@/app/(app)/messaging/live-actions";

/**
 * Tells the server the open thread has been read, whenever its newest message changes while the
 * tab is visible (and when it becomes visible again). An explicit action: loading or
 * prefetching the page reads nothing.
 */
export function MarkRead({
  threadId,
  latestMessageId,
}: {
  threadId: string;
  latestMessageId: string;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newer message is read again
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== "visible") return;
      const form = new FormData();
      form.set("threadId", threadId);
      void markThreadReadAction(null, form);
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    return () => document.removeEventListener("visibilitychange", mark);
  }, [threadId, latestMessageId]);
  return null;
}
