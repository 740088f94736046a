import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { cursorCodec } from "@/db/cursor";
import { isUniqueViolation } from "@/db/errors";
import { isUuid } from "@/db/ids";
import { type RecruitingPolicy, recruitingPolicy } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { now } from "@/lib/clock";
import { type Reach, type ReachRefusal, reachCost, reachOf } from "@/lib/messaging/reach";

/**
 * Recruiting projects: a recruiter's named lists of candidates, saved from search — one, a page,
 * or everyone a search finds — the audience of a campaign. Every function takes the caller as
 * `ownerId` and touches only the owner's projects: another member's project answers exactly like
 * one that does not exist ("not_found").
 *
 * Bounded everywhere: projects per member and candidates per project are numbers of the
 * `recruiting_policy` row; an add locks its project row, so concurrent adds (two tabs, a double
 * click, two instances) never pass the cap and the kept count stays exact.
 */

export type ProjectRefusal =
  /** The member's plan has no recruiting (plans.recruiting). */
  "not_allowed" | "not_found" | "name_taken" | "too_many_projects";

export type ProjectResult<T = object> = ({ ok: true } & T) | { ok: false; reason: ProjectRefusal };

export async function getRecruitingPolicy(db: Executor): Promise<RecruitingPolicy> {
  const [row] = await db.select().from(recruitingPolicy).limit(1);
  if (!row) throw new Error("recruiting_policy row is missing: migrations not applied?");
  return row;
}

/** Whether the member's active plan includes recruiting, and that plan's name. */
export async function recruitingAccess(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<{ allowed: boolean; planName: string | null }> {
  const [row] = await rowsOf<{ recruiting: boolean; name: string }>(
    db,
    sql`select p.recruiting, p.name from subscriptions s join plans p on p.id = s.plan_id
        where s.member_id = ${memberId} and s.status = 'active' limit 1`,
  );
  return { allowed: Boolean(row?.recruiting), planName: row?.name ?? null };
}

/**
 * What a page needs to offer "save to a project" to a member with recruiting (search results, a
 * profile): their projects and the name's limit. Null without recruiting.
 */
export async function recruitingContext(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<{ projects: { id: string; name: string }[]; nameMax: number } | null> {
  if (!(await recruitingAccess(db, { memberId })).allowed) return null;
  const [projects, policy] = await Promise.all([
    listProjects(db, { ownerId: memberId }),
    getRecruitingPolicy(db),
  ]);
  return {
    projects: projects.map(({ id, name }) => ({ id, name })),
    nameMax: policy.projectNameMaxCharacters,
  };
}

/** The plans that include recruiting, cheapest first: what the upsell names. */
export async function recruitingPlans(db: Executor): Promise<{ id: string; name: string }[]> {
  return rowsOf<{ id: string; name: string }>(
    db,
    sql`select id, name from plans where recruiting order by price_cents, sort_order limit 10`,
  );
}

/** Serialises the project writes of one owner (creates against the per-member cap). */
function lockOwner(tx: Executor, ownerId: string) {
  return tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`recruiting:${ownerId}`}, 0))`,
  );
}

export async function createProject(
  db: Executor,
  { ownerId, name }: { ownerId: string; name: string },
): Promise<ProjectResult<{ projectId: string }>> {
  if (!(await recruitingAccess(db, { memberId: ownerId })).allowed) {
    return { ok: false, reason: "not_allowed" };
  }
  const policy = await getRecruitingPolicy(db);
  try {
    return await db.transaction(async (tx) => {
      await lockOwner(tx, ownerId);
      const [row] = await rowsOf<{ n: number }>(
        tx,
        sql`select count(*)::int as n from recruiting_projects where owner_id = ${ownerId}`,
      );
      if (Number(row?.n ?? 0) >= policy.maxProjectsPerMember) {
        return { ok: false as const, reason: "too_many_projects" as const };
      }
      const at = now().toISOString();
      const [created] = await rowsOf<{ id: string }>(
        tx,
        sql`insert into recruiting_projects (owner_id, name, created_at, updated_at)
            values (${ownerId}, ${name}, ${at}::timestamptz, ${at}::timestamptz) returning id`,
      );
      if (!created) throw new Error("project insert returned nothing");
      return { ok: true as const, projectId: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "recruiting_projects_owner_name_key")) {
      return { ok: false, reason: "name_taken" };
    }
    throw error;
  }
}

export async function renameProject(
  db: Executor,
  { ownerId, projectId, name }: { ownerId: string; projectId: string; name: string },
): Promise<ProjectResult> {
  try {
    const rows = await rowsOf<{ id: string }>(
      db,
      sql`update recruiting_projects set name = ${name}, updated_at = ${now().toISOString()}::timestamptz
          where id = ${projectId} and owner_id = ${ownerId} returning id`,
    );
    return rows.length ? { ok: true } : { ok: false, reason: "not_found" };
  } catch (error) {
    if (isUniqueViolation(error, "recruiting_projects_owner_name_key")) {
      return { ok: false, reason: "name_taken" };
    }
    throw error;
  }
}

/** Deletes the project and its list (the candidates are members: they are not touched). */
export async function deleteProject(
  db: Executor,
  { ownerId, projectId }: { ownerId: string; projectId: string },
): Promise<ProjectResult> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`delete from recruiting_projects where id = ${projectId} and owner_id = ${ownerId}
        returning id`,
  );
  return rows.length ? { ok: true } : { ok: false, reason: "not_found" };
}

/** One save reads at most this many ids (a search's "all matching" is counted up to 1,000). */
const MAX_IDS_PER_ADD = 1_000;

export interface AddOutcome {
  /** Newly saved. */
  added: number;
  /** Already in the project (saved once, whatever way). */
  alreadyThere: number;
  /** Not saved because the project is full (recruiting_policy.max_candidates_per_project). */
  overCap: number;
  /** Not members one may save: gone, oneself, or on either side of a block. */
  unavailable: number;
}

/**
 * Saves members to a project, deduplicated, in the order given (search order), up to the cap.
 * One transaction: the project row is locked, the eligible new ones are inserted up to the room
 * left, and the kept count moves by exactly what was inserted.
 */
export async function addCandidates(
  db: Executor,
  { ownerId, projectId, memberIds }: { ownerId: string; projectId: string; memberIds: string[] },
): Promise<ProjectResult<AddOutcome>> {
  if (!(await recruitingAccess(db, { memberId: ownerId })).allowed) {
    return { ok: false, reason: "not_allowed" };
  }
  const policy = await getRecruitingPolicy(db);
  const ids = [...new Set(memberIds.filter((id) => isUuid(id)))].slice(0, MAX_IDS_PER_ADD);
  return db.transaction(async (tx) => {
    const [project] = await rowsOf<{ candidate_count: number }>(
      tx,
      sql`select candidate_count from recruiting_projects
          where id = ${projectId} and owner_id = ${ownerId} for update`,
    );
    if (!project) return { ok: false as const, reason: "not_found" as const };
    if (ids.length === 0) {
      return { ok: true as const, added: 0, alreadyThere: 0, overCap: 0, unavailable: 0 };
    }
    const room = Math.max(0, policy.maxCandidatesPerProject - Number(project.candidate_count));
    const at = now().toISOString();
    const [row] = await rowsOf<{ eligible: number; fresh: number; added: number }>(
      tx,
      sql`with wanted as (
            select m.id, w.ord
            from unnest(${sql.param(ids)}::uuid[]) with ordinality as w(id, ord)
            join members m on m.id = w.id
            where m.id <> ${ownerId}
              and not exists (select 1 from blocks b
                where (b.blocker_id = ${ownerId} and b.blocked_id = m.id)
                   or (b.blocker_id = m.id and b.blocked_id = ${ownerId}))
          ),
          fresh as (
            select id, ord from wanted
            where not exists (select 1 from project_candidates pc
              where pc.project_id = ${projectId} and pc.member_id = wanted.id)
          ),
          inserted as (
            insert into project_candidates (project_id, member_id, added_at)
            select ${projectId}::uuid, id, ${at}::timestamptz from fresh order by ord limit ${room}
            on conflict do nothing
            returning member_id
          ),
          counted as (
            update recruiting_projects
            set candidate_count = candidate_count + (select count(*) from inserted),
                updated_at = ${at}::timestamptz
            where id = ${projectId}
            returning 1
          )
          select (select count(*) from wanted)::int as eligible,
                 (select count(*) from fresh)::int as fresh,
                 (select count(*) from inserted)::int as added,
                 (select count(*) from counted)::int as counted`,
    );
    const eligible = Number(row?.eligible ?? 0);
    const fresh = Number(row?.fresh ?? 0);
    const added = Number(row?.added ?? 0);
    return {
      ok: true as const,
      added,
      alreadyThere: eligible - fresh,
      overCap: fresh - added,
      unavailable: ids.length - eligible,
    };
  });
}

export async function removeCandidate(
  db: Executor,
  { ownerId, projectId, memberId }: { ownerId: string; projectId: string; memberId: string },
): Promise<ProjectResult> {
  return db.transaction(async (tx) => {
    const [project] = await rowsOf<{ id: string }>(
      tx,
      sql`select id from recruiting_projects where id = ${projectId} and owner_id = ${ownerId}
          for update`,
    );
    if (!project) return { ok: false as const, reason: "not_found" as const };
    const removed = await rowsOf<{ member_id: string }>(
      tx,
      sql`delete from project_candidates where project_id = ${projectId} and member_id = ${memberId}
          returning member_id`,
    );
    if (removed.length > 0) {
      await tx.execute(
        sql`update recruiting_projects set candidate_count = candidate_count - 1,
            updated_at = ${now().toISOString()}::timestamptz where id = ${projectId}`,
      );
    }
    return { ok: true as const };
  });
}

export interface ProjectSummary {
  id: string;
  name: string;
  candidateCount: number;
  updatedAt: Date;
}

/** The owner's projects, most recently changed first (at most the policy's cap of them). */
export async function listProjects(
  db: Executor,
  { ownerId }: { ownerId: string },
): Promise<ProjectSummary[]> {
  const policy = await getRecruitingPolicy(db);
  const rows = await rowsOf<{
    id: string;
    name: string;
    candidate_count: number;
    updated_at: Date;
  }>(
    db,
    sql`select id, name, candidate_count, updated_at from recruiting_projects
        where owner_id = ${ownerId} order by updated_at desc, id
        limit ${policy.maxProjectsPerMember}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    candidateCount: Number(r.candidate_count),
    updatedAt: new Date(r.updated_at),
  }));
}

export async function getProject(
  db: Executor,
  { ownerId, projectId }: { ownerId: string; projectId: string },
): Promise<ProjectSummary | null> {
  if (!isUuid(projectId)) return null;
  const [row] = await rowsOf<{
    id: string;
    name: string;
    candidate_count: number;
    updated_at: Date;
  }>(
    db,
    sql`select id, name, candidate_count, updated_at from recruiting_projects
        where id = ${projectId} and owner_id = ${ownerId}`,
  );
  return row
    ? {
        id: row.id,
        name: row.name,
        candidateCount: Number(row.candidate_count),
        updatedAt: new Date(row.updated_at),
      }
    : null;
}

export const CANDIDATES_PAGE_SIZE = 20;

const cursorSchema = z.object({ a: z.iso.datetime(), i: z.guid() });

const candidateCursors = cursorCodec(cursorSchema, 200);

export interface Candidate {
  id: string;
  handle: string;
  name: string;
  headline: string;
  title: string;
  company: string;
  location: string;
  photoId: string | null;
  addedAt: Date;
}

type CandidateRow = Omit<Candidate, "addedAt" | "photoId"> & {
  added_at: Date;
  photo_id: string | null;
};

/**
 * One page of a project's candidates, newest first, by keyset both ways: `after` a page's last
 * row or `before` its first. Previous gives back exactly the page Next came from.
 */
export async function listCandidates(
  db: Executor,
  {
    ownerId,
    projectId,
    after,
    before,
    limit = CANDIDATES_PAGE_SIZE,
  }: { ownerId: string; projectId: string; after?: string; before?: string; limit?: number },
): Promise<{ candidates: Candidate[]; nextCursor: string | null; previousCursor: string | null }> {
  const size = Math.max(1, Math.min(Math.trunc(limit), 100));
  const afterCursor = candidateCursors.decode(after);
  const beforeCursor = afterCursor ? null : candidateCursors.decode(before);
  const owned = sql`pc.project_id = ${projectId} and exists (select 1 from recruiting_projects p
    where p.id = ${projectId} and p.owner_id = ${ownerId})`;
  const read = (condition: SQL, order: SQL) =>
    rowsOf<CandidateRow>(
      db,
      sql`select m.id, m.handle, m.name, m.headline, m.title, m.company, m.location,
            m.photo_id, pc.added_at
          from project_candidates pc join members m on m.id = pc.member_id
          where ${owned} and ${condition}
          order by ${order} limit ${size + 1}`,
    );
  let rows: CandidateRow[];
  let more: boolean;
  let earlier: boolean;
  if (beforeCursor) {
    const found = await read(
      sql`(pc.added_at, pc.member_id) > (${beforeCursor.a}::timestamptz, ${beforeCursor.i}::uuid)`,
      sql`pc.added_at, pc.member_id`,
    );
    if (found.length <= size) return listCandidates(db, { ownerId, projectId, limit: size });
    rows = found.slice(0, size).reverse();
    earlier = true;
    more = true;
  } else {
    const found = await read(
      afterCursor
        ? sql`(pc.added_at, pc.member_id) < (${afterCursor.a}::timestamptz, ${afterCursor.i}::uuid)`
        : sql`true`,
      sql`pc.added_at desc, pc.member_id desc`,
    );
    rows = found.slice(0, size);
    more = found.length > size;
    earlier = afterCursor !== null;
  }
  const candidates = rows.map(({ added_at, photo_id, ...rest }) => ({
    ...rest,
    photoId: photo_id,
    addedAt: new Date(added_at),
  }));
  const cursorOf = (c: Candidate) =>
    candidateCursors.encode({ a: c.addedAt.toISOString(), i: c.id });
  const first = candidates[0];
  const last = candidates.at(-1);
  return {
    candidates,
    nextCursor: more && last ? cursorOf(last) : null,
    previousCursor: earlier && first ? cursorOf(first) : null,
  };
}

export interface ReachSummary {
  candidates: number;
  /** An InMail that costs a credit. */
  inmail: number;
  /** A free InMail (Open Profile). */
  openProfile: number;
  /** A free message (1st-degree connection). */
  message: number;
  /** Cannot be reached now, by reason. */
  refused: Partial<Record<ReachRefusal, number>>;
  creditsNeeded: number;
}

/**
 * How the owner may reach everyone in the project, from the one reach rule: what a campaign's
 * summary will say before launch. All candidates (at most the cap, 1,000) in one statement.
 */
export async function projectReachSummary(
  db: Executor,
  { ownerId, projectId }: { ownerId: string; projectId: string },
): Promise<ReachSummary> {
  const policy = await getRecruitingPolicy(db);
  const ids = await rowsOf<{ member_id: string }>(
    db,
    sql`select pc.member_id from project_candidates pc
        join recruiting_projects p on p.id = pc.project_id and p.owner_id = ${ownerId}
        where pc.project_id = ${projectId} limit ${policy.maxCandidatesPerProject}`,
  );
  const reach = await reachOf(db, {
    senderId: ownerId,
    recipientIds: ids.map((r) => r.member_id),
  });
  return summarise([...reach.values()]);
}

export function summarise(reaches: Reach[]): ReachSummary {
  const summary: ReachSummary = {
    candidates: reaches.length,
    inmail: 0,
    openProfile: 0,
    message: 0,
    refused: {},
    creditsNeeded: 0,
  };
  for (const reach of reaches) {
    summary.creditsNeeded += reachCost(reach);
    if (reach.kind === "message") summary.message++;
    else if (reach.kind === "inmail") {
      if (reach.free) summary.openProfile++;
      else summary.inmail++;
    } else summary.refused[reach.reason] = (summary.refused[reach.reason] ?? 0) + 1;
  }
  return summary;
}
