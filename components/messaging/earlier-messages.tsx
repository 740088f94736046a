"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { loadEarlierMessagesAction } from "@/app/(app)/messaging/inbox-actions";
import { MessageItem, type MessageItemData } from "./message-item";

type Page = { items: MessageItemData[]; earlier: string | null };

async function fetchEarlier(fields: Record<string, string>): Promise<Page | null> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const result = await loadEarlierMessagesAction(null, form).catch(() => null);
  return result?.ok && result.data ? (result.data as Page) : null;
}

/**
 * "Show earlier messages", above the latest ones the server rendered. Loaded messages stay when
 * a live refresh moves the server's window forward: the messages that fell out of it are read
 * into the gap (or, if too many arrived, the list starts over from the new window).
 */
export function EarlierMessages({
  threadId,
  firstShownId,
  hasEarlier,
  labels,
}: {
  threadId: string;
  firstShownId: string;
  hasEarlier: boolean;
  labels: { showEarlier: string; loading: string; failed: string };
}) {
  const [items, setItems] = useState<MessageItemData[]>([]);
  const [cursor, setCursor] = useState(firstShownId);
  const [more, setMore] = useState(hasEarlier);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const windowStart = useRef(firstShownId);
  const loaded = items.length > 0;

  useEffect(() => {
    const previous = windowStart.current;
    if (previous === firstShownId) return;
    windowStart.current = firstShownId;
    const restart = () => {
      setItems([]);
      setCursor(firstShownId);
      setMore(hasEarlier);
    };
    if (!loaded) {
      restart();
      return;
    }
    void fetchEarlier({ threadId, before: firstShownId, since: previous }).then((gap) => {
      if (!gap || gap.earlier) restart();
      else setItems((shown) => [...shown, ...gap.items]);
    });
  }, [firstShownId, hasEarlier, loaded, threadId]);

  function load() {
    if (pending) return;
    startTransition(async () => {
      const page = await fetchEarlier({ threadId, before: cursor });
      if (!page) {
        setFailed(true);
        return;
      }
      setFailed(false);
      setItems((shown) => [...page.items, ...shown]);
      if (page.items[0]) setCursor(page.items[0].id);
      setMore(page.earlier !== null);
    });
  }

  return (
    <>
      {more && (
        <li className="text-center">
          <button
            type="button"
            onClick={load}
            aria-disabled={pending || undefined}
            className="inline-flex min-h-10 items-center rounded-full border border-brand-700 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {pending ? labels.loading : labels.showEarlier}
          </button>
          {failed && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {labels.failed}
            </p>
          )}
        </li>
      )}
      {items.map((item) => (
        <MessageItem key={item.id} item={item} />
      ))}
    </>
  );
}
