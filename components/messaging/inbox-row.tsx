"use client";

import Link from "next/link";
import { PresenceDot } from "@/components/profile/presence-dot";
import { Avatar } from "@/components/ui/avatar";
import { cx } from "@/components/ui/cn";

/** One inbox row, everything already translated and formatted on the server. */
export interface InboxRowData {
  id: string;
  otherId: string;
  otherName: string;
  otherPhotoId?: string | null;
  online: boolean;
  unread: boolean;
  /** "Unread" and "Active now", for screen readers. */
  unreadLabel: string;
  onlineLabel: string;
  at: string;
  atLabel: string;
  /** "InMail · Job offer", or null for a message thread. */
  badge: string | null;
  subject: string;
  snippet: string;
  /** Where the row leads (a search keeps its words in the link); the thread by default. */
  href?: string;
}

/**
 * Rendered by the server for the first page and by the browser for the pages "Show more" adds:
 * the same markup either way. A client component, so a page's payload carries each row's data
 * once (a few hundred bytes) rather than its whole element tree beside the HTML; the list is on
 * every inbox and thread page and in a sent InMail's answer. No prefetch: a list of fifty
 * threads must not fire fifty requests.
 */
export function InboxRow({ row, current = false }: { row: InboxRowData; current?: boolean }) {
  return (
    <li>
      <Link
        href={row.href ?? `/messaging/${row.id}`}
        prefetch={false}
        aria-current={current ? "page" : undefined}
        className={cx(
          "flex gap-3 px-5 py-3",
          current
            ? "bg-slate-100 shadow-[inset_3px_0_0_var(--color-brand-700)]"
            : row.unread
              ? "bg-brand-50 hover:bg-brand-100"
              : "hover:bg-slate-50",
        )}
      >
        <span className="relative shrink-0">
          <Avatar name={row.otherName} seed={row.otherId} photoId={row.otherPhotoId} />
          {row.online && (
            <span className="absolute -bottom-0.5 -right-0.5">
              <PresenceDot label={row.onlineLabel} />
            </span>
          )}
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex items-baseline justify-between gap-2">
            <p className={cx("min-w-0 break-words", row.unread ? "font-bold" : "font-semibold")}>
              {row.otherName}
              {row.unread && <span className="sr-only"> ({row.unreadLabel})</span>}
            </p>
            <time className="shrink-0 text-xs text-slate-600" dateTime={row.at}>
              {row.atLabel}
            </time>
          </div>
          <p className="flex min-w-0 items-center gap-2 text-sm text-slate-800">
            {row.badge && (
              <span className="shrink-0 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                {row.badge}
              </span>
            )}
            <span className="truncate">{row.subject}</span>
          </p>
          <p className="truncate text-sm text-slate-600">{row.snippet}</p>
        </div>
        {row.unread && (
          <span aria-hidden="true" className="mt-2 size-2.5 shrink-0 rounded-full bg-brand-700" />
        )}
      </Link>
    </li>
  );
}
