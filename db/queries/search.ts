import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../client";
import { cursorCodec } from "../cursor";
import { rowsOf } from "../sql";

export const SEARCH_PAGE_SIZE = 10;
/** The search form's industry list is cut here (the demo data has a few dozen). */
const MAX_INDUSTRIES = 200;
/** More words than this add nothing to a member search but cost in the planner. */
const MAX_QUERY_WORDS = 8;
/** Infix (ILIKE) matching on names only from this length on: shorter needles hit everyone. */
const MIN_INFIX_LENGTH = 3;
/**
 * Names this similar to the query count as typos of it ("Sophie Bekcer"). pg_trgm's `%` (0.3)
 * picks the candidates through the index; at 0.3 "sophie" would already find "Sophia Lorenz".
 */
const TYPO_SIMILARITY = 0.4;

export interface MemberSearchResult {
  id: string;
  handle: string;
  name: string;
  headline: string;
  title: string;
  company: string;
  location: string;
  industry: string;
  photoId: string | null;
  /** 1st-degree connection of the viewer. */
  isConnection: boolean;
  /** 1, 2 or 3 when the viewer is that close; null means out of network. */
  degree: 1 | 2 | 3 | null;
  premium: boolean;
  /** A pending invitation between the two: sent by the viewer, or received from this member. */
  invitation: { kind: "sent" | "received"; invitationId: string } | null;
}

export interface MemberSearch {
  viewerId: string;
  q?: string;
  location?: string;
  industry?: string;
  /** Only members of this degree as seen by the viewer ("out": beyond 3rd or unconnected). */
  degree?: "1" | "2" | "3" | "out";
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`; an invalid one starts from the top. */
  after?: string;
  /**
   * Opaque cursor from a page's `previousCursor`: the page just before it. Ignored when `after`
   * is valid; an invalid one starts from the top.
   */
  before?: string;
}

export interface MemberSearchPage {
  results: MemberSearchResult[];
  /** The page after this one, if there is one. */
  nextCursor: string | null;
  /** The page before this one; null on the first page. */
  previousCursor: string | null;
}

/**
 * The words of a query as the full-text parser would see them: letters (with their combining
 * marks) and digits. Everything else — tsquery operators, quotes, LIKE wildcards, emoji — only
 * separates words, so user input can never change the shape of the tsquery.
 */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_QUERY_WORDS);
}

/** "soph beck" → "soph:* & beck:*": every word must match, each as a prefix. */
export function prefixTsquery(words: string[]): string {
  return words.map((w) => `${w}:*`).join(" & ");
}

/** For LIKE/ILIKE patterns: the needle matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The keyset: (tier desc, name asc, id asc). See searchMembers for the tiers.
const cursorSchema = z.object({
  t: z.number().int().min(0).max(5),
  n: z.string().max(300),
  i: z.guid(),
});
type Cursor = z.infer<typeof cursorSchema>;

const cursors = cursorCodec(cursorSchema, 500);

export function encodeCursor(cursor: Cursor): string {
  return cursors.encode(cursor);
}

export function decodeCursor(value: string | undefined): Cursor | null {
  return cursors.decode(value);
}

type Row = Omit<MemberSearchResult, "degree" | "invitation"> & {
  invitationKind: "sent" | "received" | null;
  invitationId: string | null;
  degree: number | null;
};

/** The conditions of a search: those every result meets, and the relevance tiers. */
function searchPlan({
  viewerId,
  q,
  location,
  industry,
  degree,
}: Pick<MemberSearch, "viewerId" | "q" | "location" | "industry" | "degree">) {
  const words = queryWords(q);
  const text = words.join(" ");

  const where: SQL[] = [
    sql`m.id <> ${viewerId}`,
    sql`not exists (select 1 from blocks k where k.blocker_id = ${viewerId} and k.blocked_id = m.id)`,
    sql`not exists (select 1 from blocks k where k.blocker_id = m.id and k.blocked_id = ${viewerId})`,
  ];
  const place = location?.trim();
  if (place) where.push(sql`m.location ilike ${`%${escapeLike(place)}%`}`);
  const sector = industry?.trim();
  if (sector) where.push(sql`m.industry = ${sector}`);
  // The viewer's 1st- and 2nd-degree sets are the CTEs `first` and `second` below; a member is
  // 3rd degree when one of their connections is 2nd degree (connections are stored both ways).
  const third = sql`exists (select 1 from connections t
    where t.member_id = m.id and t.connected_member_id in (select id from second))`;
  if (degree === "1") where.push(sql`m.id in (select id from first)`);
  if (degree === "2") where.push(sql`m.id in (select id from second)`);
  if (degree === "3" || degree === "out") {
    where.push(sql`m.id not in (select id from first) and m.id not in (select id from second)`);
    where.push(degree === "3" ? third : sql`not ${third}`);
  }

  // The tiers, best first: each row belongs to the first tier it matches.
  // `walk`: the tier's matches are spread over the alphabet (a word of a title, a company, a
  // headline), so walking the (name, id) index fills a page early and PostgreSQL may choose to.
  // Name tiers are not: their matches sit together at the query's own place in name order
  // ("Sophie B…"), so a walk would read every name before them — they are always found through
  // their index and sorted.
  const tiers: { tier: number; match: SQL; walk: boolean }[] = [];
  if (words.length === 0) {
    tiers.push({ tier: 0, match: sql`true`, walk: true });
  } else {
    // Accents fold both ways (migration 0011): the documents hold folded text, so does the query.
    const tsquery = sql`to_tsquery('simple', inmail_fold(${prefixTsquery(words)}))`;
    const folded = sql`inmail_fold(${text}::text)`;
    const name = sql`inmail_fold(m.name)`;
    // `text` is letters, digits and spaces only (queryWords): no LIKE wildcard can be in it.
    const infix =
      text.length >= MIN_INFIX_LENGTH ? sql` or ${name} ilike '%' || ${folded} || '%'` : sql``;
    tiers.push(
      { tier: 5, match: sql`lower(${name}) = lower(${folded})`, walk: false },
      { tier: 4, match: sql`m.name_document @@ ${tsquery}`, walk: false },
      {
        tier: 3,
        match: sql`((${name} % ${folded} and similarity(${name}, ${folded}) >= ${TYPO_SIMILARITY})${infix})`,
        walk: false,
      },
      { tier: 2, match: sql`m.profile_document @@ ${tsquery}`, walk: true },
      { tier: 1, match: sql`m.search_document @@ ${tsquery}`, walk: true },
    );
  }
  // The viewer's network, for the degree filters and the page's badges.
  const network = sql`first as materialized (
      select connected_member_id as id from connections where member_id = ${viewerId}
    ),
    second as materialized (
      select distinct b.connected_member_id as id
      from connections b join first f on b.member_id = f.id
      where b.connected_member_id <> ${viewerId}
        and b.connected_member_id not in (select id from first)
    )`;
  const needsNetwork = degree !== undefined;
  return { where, tiers, network, needsNetwork };
}

type SearchPlan = ReturnType<typeof searchPlan>;

/** Counting stops here: "1,000+ results" says enough, and counting further costs. */
export const SEARCH_COUNT_CAP = 1_000;

/**
 * How many members the search finds, up to SEARCH_COUNT_CAP: one bounded query over the same
 * conditions as the pages (any tier), through the same indexes.
 */
export async function countSearchMatches(
  db: Executor,
  params: Pick<MemberSearch, "viewerId" | "q" | "location" | "industry" | "degree">,
): Promise<number> {
  const { where, tiers, network, needsNetwork } = searchPlan(params);
  const any = sql`(${sql.join(
    tiers.map((tier) => sql`(${tier.match})`),
    sql` or `,
  )})`;
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`${needsNetwork ? sql`with ${network} ` : sql``}
      select count(*)::int as n from (
        select 1 from members m where ${any} and ${sql.join(where, sql` and `)}
        limit ${SEARCH_COUNT_CAP + 1}) found`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Member search as `viewerId` sees it: never themself, never anyone on either side of a block.
 *
 * Relevance in tiers, best first, each tier in name order:
 *   5  the name is the query ("marco rossi" → Marco Rossi)
 *   4  every word is a prefix of a word of the name
 *   3  the name is a typo of the query, or contains it (pg_trgm: "Sophie Bekcer", "offman")
 *   2  every word is in the name, title or company
 *   1  every word is somewhere, the headline included
 * Words match as prefixes in three documents, each with its GIN index and statistics:
 * `name_document`, `profile_document` (name, title, company) and `search_document` (all of it,
 * the headline included). Each tier is its own ordered, limited query, read best tier first
 * until the page is full, so PostgreSQL picks per tier between the GIN index (a few matches,
 * then sorted) and walking the (name, id) index (a broad word: "engineer" matches 15 % of
 * members, and its page is found after a few dozen rows) — nothing ranks every match, and the
 * tiers after a full page are never read. Connection, degree, InMail opt-in and Premium are then
 * computed in one statement for the page's rows only.
 *
 * Pages by keyset both ways: `after` a page's last row (tier desc, name, id), or `before` its
 * first row — the same comparisons and indexes read in the other direction, so Previous gives
 * back exactly the page Next came from, and no page count or offset is ever kept.
 */
export async function searchMembers(
  db: Executor,
  {
    viewerId,
    q,
    location,
    industry,
    degree,
    limit = SEARCH_PAGE_SIZE,
    after,
    before,
  }: MemberSearch,
): Promise<MemberSearchPage> {
  const pageSize = Math.max(1, Math.min(Math.trunc(limit), 100));
  const plan = searchPlan({ viewerId, q, location, industry, degree });
  const afterCursor = decodeCursor(after);
  // `after` wins: our links never carry both.
  const beforeCursor = afterCursor ? null : decodeCursor(before);

  let page: KeyRow[];
  let more: boolean;
  let earlier: boolean;
  if (beforeCursor) {
    // Backwards: the rows just before the cursor, nearest first, one extra to know whether
    // there are more before them.
    const found = await readTiers(db, plan, beforeCursor, "backward", pageSize + 1);
    if (found.length <= pageSize) {
      // The top was reached (the first page, or rows came and went since): show the first page
      // itself, full, rather than a short page that starts there.
      return searchMembers(db, { viewerId, q, location, industry, degree, limit: pageSize });
    }
    page = found.slice(0, pageSize).reverse();
    earlier = true;
    // The cursor's own row comes after this page (unless it was deleted since).
    more = true;
  } else {
    const found = await readTiers(db, plan, afterCursor, "forward", pageSize + 1);
    page = found.slice(0, pageSize);
    more = found.length > pageSize;
    // A page after a cursor has at least the cursor's row before it.
    earlier = afterCursor !== null;
  }
  if (page.length === 0) return { results: [], nextCursor: null, previousCursor: null };
  const results = await describeResults(db, { viewerId, network: plan.network, page });
  const first = page[0];
  const last = page.at(-1);
  return {
    results,
    nextCursor: more && last ? cursorOf(last) : null,
    previousCursor: earlier && first ? cursorOf(first) : null,
  };
}

/**
 * The ids of the first `limit` members a search finds, in page order (at most 1,000): "save
 * everyone matching this search" to a recruiting project. The same tiers and indexes as the
 * pages; nothing else is read.
 */
export async function searchMemberIds(
  db: Executor,
  params: Pick<MemberSearch, "viewerId" | "q" | "location" | "industry" | "degree">,
  limit: number,
): Promise<string[]> {
  const want = Math.max(0, Math.min(Math.trunc(limit), SEARCH_COUNT_CAP));
  if (want === 0) return [];
  const rows = await readTiers(db, searchPlan(params), null, "forward", want);
  return rows.map((row) => row.id);
}

type KeyRow = { id: string; name: string; tier: number };

const cursorOf = (row: KeyRow) => encodeCursor({ t: row.tier, n: row.name, i: row.id });

/**
 * Up to `want` keys next to the cursor in page order (forward) or in reverse page order
 * (backward), tier by tier until enough are found: a broad word fills a page from its first
 * tiers and the rest are never read. Forward from the cursor reads its tier past it, then the
 * worse tiers; backward reads its tier before it, then the better tiers.
 */
async function readTiers(
  db: Executor,
  { where, tiers, network, needsNetwork }: SearchPlan,
  cursor: Cursor | null,
  direction: "forward" | "backward",
  want: number,
): Promise<KeyRow[]> {
  const forward = direction === "forward";
  // Backwards from no cursor would be the end of the list: never asked for.
  if (!forward && !cursor) return [];
  const order = forward ? [...tiers.entries()] : [...tiers.entries()].reverse();
  const found: KeyRow[] = [];
  for (const [index, { tier, match, walk }] of order) {
    // Forward: pages already shown cover every better tier and this one up to the cursor.
    // Backward: the worse tiers come after the cursor.
    if (cursor && (forward ? tier > cursor.t : tier < cursor.t)) continue;
    const conditions = [
      match,
      ...tiers.slice(0, index).map((better) => sql`not coalesce(${better.match}, false)`),
      ...where,
    ];
    if (cursor && tier === cursor.t) {
      conditions.push(
        forward
          ? sql`(m.name, m.id) > (${cursor.n}::text, ${cursor.i}::uuid)`
          : sql`(m.name, m.id) < (${cursor.n}::text, ${cursor.i}::uuid)`,
      );
    }
    const name = walk ? sql`m.name` : sql`m.name || ''`;
    found.push(
      ...(await rowsOf<KeyRow>(
        db,
        sql`${needsNetwork ? sql`with ${network} ` : sql``}
          select m.id, m.name, ${tier}::int as tier from members m
          where ${sql.join(conditions, sql` and `)}
          order by ${forward ? sql`${name}, m.id` : sql`${name} desc, m.id desc`}
          limit ${want - found.length}`,
      )),
    );
    if (found.length >= want) break;
  }
  return found;
}

/**
 * Connection, degree, Premium and invitation, for the page's rows only. How the viewer may reach
 * each one is the reach rule's answer (lib/messaging/reach), asked by the page.
 */
async function describeResults(
  db: Executor,
  { viewerId, network, page }: { viewerId: string; network: SQL; page: KeyRow[] },
): Promise<MemberSearchResult[]> {
  const rows = await rowsOf<Row>(
    db,
    sql`with ${network}
      select m.id, m.handle, m.name, m.headline, m.title, m.company, m.location, m.industry,
        m.photo_id as "photoId",
        m.id in (select id from first) as "isConnection",
        case
          when m.id in (select id from first) then 1
          when m.id in (select id from second) then 2
          when exists (select 1 from connections t
            where t.member_id = m.id and t.connected_member_id in (select id from second)) then 3
        end as degree,
        exists (select 1 from subscriptions s join plans p on p.id = s.plan_id
          where s.member_id = m.id and s.status = 'active' and p.is_premium) as premium,
        inv.kind as "invitationKind",
        inv.id as "invitationId"
      from members m
      left join lateral (
        select i.id, case when i.inviter_id = ${viewerId} then 'sent' else 'received' end as kind
        from invitations i
        where i.status = 'pending'
          and ((i.inviter_id = ${viewerId} and i.invitee_id = m.id)
            or (i.inviter_id = m.id and i.invitee_id = ${viewerId}))
        limit 1
      ) inv on true
      where m.id in ${sql`(${sql.join(
        page.map((p) => sql`${p.id}::uuid`),
        sql`, `,
      )})`}`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { degree, invitationKind, invitationId, ...rest } = row;
    return [
      {
        ...rest,
        isConnection: Boolean(rest.isConnection),
        premium: Boolean(rest.premium),
        invitation: invitationKind && invitationId ? { kind: invitationKind, invitationId } : null,
        degree: degree === null ? null : (Number(degree) as 1 | 2 | 3),
      },
    ];
  });
}

/** Industries members have declared, for the search filter. */
export async function listIndustries(db: Executor): Promise<string[]> {
  // A skip scan over members_industry_idx: one index probe per distinct industry (at most
  // MAX_INDUSTRIES), instead of reading every member's row to find a few dozen values.
  const rows = await rowsOf<{ industry: string }>(
    db,
    sql`with recursive found(industry, n) as (
        (select industry, 1 from members where industry > '' order by industry limit 1)
        union all
        select (select m.industry from members m where m.industry > found.industry
                order by m.industry limit 1), found.n + 1
        from found where found.industry is not null and found.n < ${MAX_INDUSTRIES}
      )
      select industry from found where industry is not null`,
  );
  return rows.map((r) => r.industry);
}
