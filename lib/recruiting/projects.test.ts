import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { searchMemberIds } from "@/db/queries/search";
import { upsertPlans } from "@/db/seed/plans";
import { rowsOf } from "@/db/sql";
import { testDb } from "@/db/testing";
import { block, connect, createMember } from "@/db/testing/factories";
import { addDays, fixedClock, setClock } from "@/lib/clock";
import { subscribe } from "@/lib/credits/subscriptions";
import {
  addCandidates,
  createProject,
  deleteProject,
  getProject,
  listCandidates,
  listProjects,
  projectReachSummary,
  removeCandidate,
  renameProject,
} from "./projects";

const at = new Date("2026-06-01T08:00:00Z");

async function recruiter(planId = "recruiter_lite") {
  const db = testDb();
  const member = await createMember(db);
  expect(await subscribe(db, { memberId: member.id, planId })).toMatchObject({ ok: true });
  return member;
}

async function project(ownerId: string, name = `Project ${randomUUID().slice(0, 8)}`) {
  const created = await createProject(testDb(), { ownerId, name });
  if (!created.ok) throw new Error(`createProject: ${created.reason}`);
  return created.projectId;
}

/** What is stored, not what the services say: rows and the kept count. */
async function stored(projectId: string) {
  const [row] = await rowsOf<{ rows: number; kept: number }>(
    testDb(),
    sql`select (select count(*)::int from project_candidates where project_id = ${projectId}) as rows,
               (select candidate_count from recruiting_projects where id = ${projectId}) as kept`,
  );
  return { rows: Number(row?.rows), kept: Number(row?.kept) };
}

async function setPolicy(values: { projects?: number; candidates?: number }) {
  await testDb().execute(
    sql`update recruiting_policy set
          max_projects_per_member = ${values.projects ?? 50},
          max_candidates_per_project = ${values.candidates ?? 1000}`,
  );
}

beforeAll(() => upsertPlans(testDb()));
afterEach(() => setPolicy({}));

describe("who may recruit", () => {
  it("is a feature of the plan: Recruiter Lite and Sales Navigator, not Basic or Premium Career", async () => {
    const db = testDb();
    setClock(fixedClock(at));
    const basic = await createMember(db);
    expect(await createProject(db, { ownerId: basic.id, name: "Hires" })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    const career = await recruiter("premium_career");
    expect(await createProject(db, { ownerId: career.id, name: "Hires" })).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    for (const planId of ["recruiter_lite", "sales_navigator"]) {
      const member = await recruiter(planId);
      expect(await createProject(db, { ownerId: member.id, name: "Hires" })).toMatchObject({
        ok: true,
      });
    }
    // Saving to a project needs the plan too.
    const owner = await recruiter();
    const projectId = await project(owner.id);
    expect(
      await addCandidates(db, { ownerId: basic.id, projectId, memberIds: [career.id] }),
    ).toEqual({ ok: false, reason: "not_allowed" });
  });
});

describe("projects", () => {
  it("have one name per owner whatever its case; another owner may use it", async () => {
    const db = testDb();
    const anna = await recruiter();
    const ben = await recruiter();
    await project(anna.id, "Munich plant");
    expect(await createProject(db, { ownerId: anna.id, name: "munich PLANT" })).toEqual({
      ok: false,
      reason: "name_taken",
    });
    expect(await createProject(db, { ownerId: ben.id, name: "Munich plant" })).toMatchObject({
      ok: true,
    });
    const other = await project(anna.id, "Milan office");
    expect(
      await renameProject(db, { ownerId: anna.id, projectId: other, name: "MUNICH plant" }),
    ).toEqual({ ok: false, reason: "name_taken" });
    expect(
      await renameProject(db, { ownerId: anna.id, projectId: other, name: "Milan HQ" }),
    ).toEqual({ ok: true });
    expect((await listProjects(db, { ownerId: anna.id })).map((p) => p.name).sort()).toEqual([
      "Milan HQ",
      "Munich plant",
    ]);
  });

  it("of another member answer exactly like projects that do not exist", async () => {
    const db = testDb();
    const owner = await recruiter();
    const intruder = await recruiter();
    const candidate = await createMember(db);
    const projectId = await project(owner.id);
    expect(
      await addCandidates(db, { ownerId: owner.id, projectId, memberIds: [candidate.id] }),
    ).toMatchObject({ ok: true, added: 1 });
    const missing = randomUUID();
    for (const id of [projectId, missing]) {
      expect(await getProject(db, { ownerId: intruder.id, projectId: id })).toBeNull();
      expect(
        await renameProject(db, { ownerId: intruder.id, projectId: id, name: "Mine" }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(await deleteProject(db, { ownerId: intruder.id, projectId: id })).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(
        await addCandidates(db, { ownerId: intruder.id, projectId: id, memberIds: [intruder.id] }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(
        await removeCandidate(db, {
          ownerId: intruder.id,
          projectId: id,
          memberId: candidate.id,
        }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(
        (await listCandidates(db, { ownerId: intruder.id, projectId: id })).candidates,
      ).toEqual([]);
      expect(await projectReachSummary(db, { ownerId: intruder.id, projectId: id })).toMatchObject({
        candidates: 0,
      });
    }
    // Nothing changed.
    expect(await stored(projectId)).toEqual({ rows: 1, kept: 1 });
    expect((await getProject(db, { ownerId: owner.id, projectId }))?.name).toMatch(/^Project /);
  });

  it("stop at the policy's number per member, even when created all at once", async () => {
    const db = testDb();
    await setPolicy({ projects: 3 });
    const owner = await recruiter();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createProject(db, { ownerId: owner.id, name: `P${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === "too_many_projects")).toHaveLength(5);
    expect(await listProjects(db, { ownerId: owner.id })).toHaveLength(3);
  });
});

describe("candidates", () => {
  it("are saved once, in order, never oneself, a blocked member or a made-up id", async () => {
    const db = testDb();
    const owner = await recruiter();
    const [a, b, c, blocker, blocked] = await Promise.all(
      Array.from({ length: 5 }, () => createMember(db)),
    );
    if (!a || !b || !c || !blocker || !blocked) throw new Error("members");
    await block(db, blocker.id, owner.id);
    await block(db, owner.id, blocked.id);
    const projectId = await project(owner.id);

    expect(
      await addCandidates(db, {
        ownerId: owner.id,
        projectId,
        memberIds: [a.id, b.id, a.id, owner.id, blocker.id, blocked.id, randomUUID(), "nope"],
      }),
    ).toEqual({ ok: true, added: 2, alreadyThere: 0, overCap: 0, unavailable: 4 });
    expect(
      await addCandidates(db, { ownerId: owner.id, projectId, memberIds: [b.id, c.id] }),
    ).toEqual({ ok: true, added: 1, alreadyThere: 1, overCap: 0, unavailable: 0 });
    expect(await stored(projectId)).toEqual({ rows: 3, kept: 3 });

    expect(await removeCandidate(db, { ownerId: owner.id, projectId, memberId: b.id })).toEqual({
      ok: true,
    });
    // Removing again changes nothing (a double click).
    expect(await removeCandidate(db, { ownerId: owner.id, projectId, memberId: b.id })).toEqual({
      ok: true,
    });
    expect(await stored(projectId)).toEqual({ rows: 2, kept: 2 });
  });

  it("never pass the cap and keep an exact count under concurrent adds", async () => {
    const db = testDb();
    await setPolicy({ candidates: 7 });
    const owner = await recruiter();
    const projectId = await project(owner.id);
    const members = await Promise.all(Array.from({ length: 24 }, () => createMember(db)));
    // Twelve overlapping saves of three at once (two tabs, a double click, two instances).
    const batches = Array.from({ length: 12 }, (_, i) =>
      [0, 1, 2].map((k) => members[(i * 2 + k) % members.length]?.id ?? ""),
    );
    const results = await Promise.all(
      batches.map((memberIds) => addCandidates(db, { ownerId: owner.id, projectId, memberIds })),
    );
    const added = results.reduce((n, r) => n + (r.ok ? r.added : 0), 0);
    expect(added).toBe(7);
    expect(await stored(projectId)).toEqual({ rows: 7, kept: 7 });
    const full = await addCandidates(db, {
      ownerId: owner.id,
      projectId,
      memberIds: members.map((m) => m.id),
    });
    expect(full).toMatchObject({ ok: true, added: 0, alreadyThere: 7, overCap: 17 });
  });

  it("page newest first by keyset, and Previous gives back the page Next came from", async () => {
    const db = testDb();
    const owner = await recruiter();
    const projectId = await project(owner.id);
    const members = await Promise.all(Array.from({ length: 45 }, () => createMember(db)));
    // Saved in three sittings, an hour apart; a sitting's rows share their time.
    for (const [i, sitting] of [members.slice(0, 15), members.slice(15, 30), members.slice(30)].map(
      (s, i) => [i, s] as const,
    )) {
      setClock(fixedClock(new Date(at.getTime() + i * 3_600_000)));
      await addCandidates(db, {
        ownerId: owner.id,
        projectId,
        memberIds: sitting.map((m) => m.id),
      });
    }
    const one = await listCandidates(db, { ownerId: owner.id, projectId });
    expect(one.candidates).toHaveLength(20);
    expect(one.previousCursor).toBeNull();
    // Newest sitting first.
    expect(new Set(members.slice(30).map((m) => m.id))).toEqual(
      new Set(one.candidates.slice(0, 15).map((c) => c.id)),
    );
    const two = await listCandidates(db, {
      ownerId: owner.id,
      projectId,
      after: one.nextCursor ?? "",
    });
    const three = await listCandidates(db, {
      ownerId: owner.id,
      projectId,
      after: two.nextCursor ?? "",
    });
    expect(three.candidates).toHaveLength(5);
    expect(three.nextCursor).toBeNull();
    const seen = [...one.candidates, ...two.candidates, ...three.candidates].map((c) => c.id);
    expect(new Set(seen).size).toBe(45);
    const back = await listCandidates(db, {
      ownerId: owner.id,
      projectId,
      before: three.previousCursor ?? "",
    });
    expect(back.candidates.map((c) => c.id)).toEqual(two.candidates.map((c) => c.id));
    // A forged cursor starts from the top; it never errors.
    const forged = await listCandidates(db, { ownerId: owner.id, projectId, after: "x'; --" });
    expect(forged.candidates.map((c) => c.id)).toEqual(one.candidates.map((c) => c.id));
  });

  it("from 'all matching this search' are the search's own results, up to the cap", async () => {
    const db = testDb();
    await setPolicy({ candidates: 4 });
    const owner = await recruiter();
    const word = `Quokka${randomUUID().slice(0, 6)}`;
    const found = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createMember(db, { name: `${word} Person${i}` })),
    );
    await createMember(db, { name: "Someone Else" });
    const ids = await searchMemberIds(db, { viewerId: owner.id, q: word }, 4);
    expect(ids).toHaveLength(4);
    expect(ids.every((id) => found.some((m) => m.id === id))).toBe(true);
    const projectId = await project(owner.id);
    expect(await addCandidates(db, { ownerId: owner.id, projectId, memberIds: ids })).toMatchObject(
      { ok: true, added: 4 },
    );
  });
});

describe("the reach summary", () => {
  it("counts who gets an InMail, a free message, or cannot be reached, and the credits", async () => {
    const db = testDb();
    setClock(fixedClock(addDays(at, 1)));
    const owner = await recruiter();
    const friend = await createMember(db);
    await connect(db, owner.id, friend.id);
    const strangers = await Promise.all([createMember(db), createMember(db)]);
    const refuser = await createMember(db, { settings: { acceptsInmail: false } });
    const projectId = await project(owner.id);
    await addCandidates(db, {
      ownerId: owner.id,
      projectId,
      memberIds: [friend.id, ...strangers.map((s) => s.id), refuser.id],
    });
    expect(await projectReachSummary(db, { ownerId: owner.id, projectId })).toEqual({
      candidates: 4,
      inmail: 2,
      openProfile: 0,
      message: 1,
      refused: { opted_out: 1 },
      creditsNeeded: 2,
    });
  });
});
