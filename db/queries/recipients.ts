import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";
import { prefixTsquery, queryWords, searchMembers } from "./search";

export interface RecipientSuggestion {
  id: string;
  handle: string;
  name: string;
  headline: string;
  photoId: string | null;
  /** 1, 2 or 3, or null out of network. */
  degree: 1 | 2 | 3 | null;
}

/** Suggestions shown at most: the box is for picking one person, not for browsing. */
export const RECIPIENT_SUGGESTIONS = 8;

/**
 * "New message" as you type a name: the member's connections whose name matches first (a free
 * message), then everyone else member search finds, nearest first — never the member, never
 * anyone on either side of a block (member search's rule; connections are never blocked: a
 * block ends the connection). At most RECIPIENT_SUGGESTIONS, two bounded queries.
 */
export async function suggestRecipients(
  db: Executor,
  { viewerId, q }: { viewerId: string; q: string },
): Promise<RecipientSuggestion[]> {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const text = words.join(" ");
  const connections = await rowsOf<Omit<RecipientSuggestion, "degree">>(
    db,
    sql`select m.id, m.handle, m.name, m.headline, m.photo_id as "photoId"
        from connections c join members m on m.id = c.connected_member_id
        where c.member_id = ${viewerId}
          and (m.name_document @@ to_tsquery('simple', inmail_fold(${prefixTsquery(words)}))
            or inmail_fold(m.name) ilike '%' || inmail_fold(${text}::text) || '%')
        order by m.name, m.id
        limit ${RECIPIENT_SUGGESTIONS}`,
  );
  const found: RecipientSuggestion[] = connections.map((c) => ({ ...c, degree: 1 }));
  if (found.length < RECIPIENT_SUGGESTIONS) {
    const { results } = await searchMembers(db, {
      viewerId,
      q: text,
      limit: RECIPIENT_SUGGESTIONS,
    });
    const seen = new Set(found.map((f) => f.id));
    for (const r of results) {
      if (found.length >= RECIPIENT_SUGGESTIONS) break;
      if (seen.has(r.id)) continue;
      found.push({
        id: r.id,
        handle: r.handle,
        name: r.name,
        headline: r.headline,
        photoId: r.photoId,
        degree: r.degree,
      });
    }
  }
  return found;
}
