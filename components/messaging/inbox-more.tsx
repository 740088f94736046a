"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { loadInboxPageAction } from "@/app/(app)/messaging/inbox-actions";
import { InboxRow, type InboxRowData } from "./inbox-row";

type Page = { rows: InboxRowData[]; next: string | null };

async function fetchPage(fields: Record<string, string>): Promise<Page | null> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const result = await loadInboxPageAction(null, form).catch(() => null);
  return result?.ok && result.data ? (result.data as Page) : null;
}

/**
 * "Show more conversations": appends the next pages below the first (which the server renders
 * and live updates refresh). Without JavaScript the same control is a link to the next page.
 * When a refresh pushes the first page down (new conversations on top), the threads that fell
 * out of it are fetched into the gap, so nothing between the pages goes missing; a thread that
 * moved up into the first page is not shown twice.
 */
export function InboxMore({
  filter,
  next,
  firstPageIds,
  labels,
}: {
  filter: string;
  next: string;
  firstPageIds: string[];
  labels: { showMore: string; loading: string; failed: string };
}) {
  const [rows, setRows] = useState<InboxRowData[]>([]);
  const [cursor, setCursor] = useState<string | null>(next);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const firstPageEnd = useRef(next);
  const loaded = rows.length > 0;

  useEffect(() => {
    const previous = firstPageEnd.current;
    if (previous === next) return;
    firstPageEnd.current = next;
    if (!loaded) {
      setCursor(next);
      return;
    }
    void fetchPage({ filter, after: next, until: previous }).then((gap) => {
      if (!gap || gap.next) {
        // Too much changed to stitch together: start again below the new first page.
        setRows([]);
        setCursor(next);
        return;
      }
      setRows((shown) => {
        const known = new Set(shown.map((row) => row.id));
        return [...gap.rows.filter((row) => !known.has(row.id)), ...shown];
      });
    });
  }, [next, loaded, filter]);

  const onFirstPage = new Set(firstPageIds);
  const query = new URLSearchParams(filter === "all" ? {} : { filter });
  if (cursor) query.set("after", cursor);

  function load(event: React.MouseEvent) {
    event.preventDefault();
    if (!cursor || pending) return;
    startTransition(async () => {
      const page = await fetchPage({ filter, after: cursor });
      if (!page) {
        setFailed(true);
        return;
      }
      setFailed(false);
      setRows((shown) => {
        const known = new Set(shown.map((row) => row.id));
        return [...shown, ...page.rows.filter((row) => !known.has(row.id))];
      });
      setCursor(page.next);
    });
  }

  return (
    <>
      {rows
        .filter((row) => !onFirstPage.has(row.id))
        .map((row) => (
          <InboxRow key={row.id} row={row} />
        ))}
      {cursor && (
        <li className="px-5 py-4 text-center">
          <a
            href={`/messaging?${query}`}
            onClick={load}
            aria-disabled={pending || undefined}
            className="inline-flex min-h-10 items-center rounded-full border border-brand-700 px-4 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {pending ? labels.loading : labels.showMore}
          </a>
          {failed && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {labels.failed}
            </p>
          )}
        </li>
      )}
    </>
  );
}
