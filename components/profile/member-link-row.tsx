import Link from "next/link";
import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";

/** One member in a list: avatar, name (the link), headline and an optional note. */
export function MemberLinkRow({
  member,
  note,
  children,
}: {
  member: { id: string; handle: string; name: string; headline: string; photoId?: string | null };
  note?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li className="flex items-center gap-3 py-3">
      <Avatar name={member.name} seed={member.id} photoId={member.photoId} />
      <div className="min-w-0 flex-1">
        <Link
          prefetch={false}
          href={`/in/${member.handle}`}
          className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
        >
          {member.name}
        </Link>
        <p className="truncate text-sm text-slate-600">{member.headline}</p>
        {note ? <p className="text-xs text-slate-600">{note}</p> : null}
      </div>
      {children}
    </li>
  );
}
