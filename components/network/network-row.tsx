import Link from "next/link";
import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";

/**
 * One person in My Network: avatar, name, headline and details; the actions sit on the right on
 * wide screens and under the text on phones, so neither gets squeezed.
 */
export function NetworkRow({
  member,
  avatar,
  title,
  details,
  actions,
}: {
  member?: { id: string; handle: string; name: string; headline: string; photoId?: string | null };
  /** Replaces the avatar and name when there is no member yet (an email invitation). */
  avatar?: ReactNode;
  title?: ReactNode;
  details?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:gap-3">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        {member ? <Avatar name={member.name} seed={member.id} photoId={member.photoId} /> : avatar}
        <div className="min-w-0 flex-1">
          {member ? (
            <Link
              prefetch={false}
              href={`/in/${member.handle}`}
              className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
            >
              {member.name}
            </Link>
          ) : (
            title
          )}
          {member ? <p className="truncate text-sm text-slate-600">{member.headline}</p> : null}
          {details}
        </div>
      </div>
      {actions ? <div className="flex shrink-0 justify-end">{actions}</div> : null}
    </li>
  );
}
