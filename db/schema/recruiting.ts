import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { members } from "./members";

/**
 * A recruiter's named list of candidates, saved from search (DESIGN.md, "Campaigns"): the
 * audience of a campaign. Only its owner sees it; the candidates are never told.
 */
export const recruitingProjects = pgTable(
  "recruiting_projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Kept here (changed with every add and remove) so lists never count candidates. */
    candidateCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name once per owner, whatever its case: "Munich plant" and "munich plant" are one.
    uniqueIndex("recruiting_projects_owner_name_key").on(t.ownerId, sql`lower(${t.name})`),
    index("recruiting_projects_owner_updated_idx").on(t.ownerId, t.updatedAt.desc(), t.id),
    check("recruiting_projects_count_nonneg", sql`${t.candidateCount} >= 0`),
  ],
);

/** One candidate in one project, once (the key deduplicates every way of adding). */
export const projectCandidates = pgTable(
  "project_candidates",
  {
    projectId: uuid()
      .notNull()
      .references(() => recruitingProjects.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.memberId] }),
    // The project page, newest first, by keyset.
    index("project_candidates_project_added_idx").on(
      t.projectId,
      t.addedAt.desc(),
      t.memberId.desc(),
    ),
    // A member's row is found when the member goes away (cascade) without a scan.
    index("project_candidates_member_idx").on(t.memberId),
  ],
);

/**
 * The numbers of recruiting (limits are data, not code constants). One row, written by the
 * migration; read through db/queries/recruiting.ts.
 */
export const recruitingPolicy = pgTable(
  "recruiting_policy",
  {
    id: boolean().primaryKey().default(true),
    maxProjectsPerMember: integer().notNull(),
    maxCandidatesPerProject: integer().notNull(),
    projectNameMaxCharacters: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("recruiting_policy_single_row", sql`${t.id}`),
    check(
      "recruiting_policy_positive",
      sql`${t.maxProjectsPerMember} > 0 and ${t.maxCandidatesPerProject} > 0 and ${t.projectNameMaxCharacters} > 0`,
    ),
  ],
);

export type RecruitingProject = typeof recruitingProjects.$inferSelect;
export type RecruitingPolicy = typeof recruitingPolicy.$inferSelect;
