"use server";

import { getInmailPolicy } from "@/db/queries/policy";
import { searchMemberIds } from "@/db/queries/search";
import { type MemberActionContext, memberAction } from "@/lib/actions";
import { canonicalPlaceQuery } from "@/lib/profile/places";
import {
  type CampaignRefusal,
  changeCampaign,
  createCampaign,
  launchCampaign,
  updateCampaign,
} from "@/lib/recruiting/campaigns";
import {
  type AddOutcome,
  addCandidates,
  createProject,
  deleteProject,
  getProject,
  getRecruitingPolicy,
  type ProjectRefusal,
  removeCandidate,
  renameProject,
} from "@/lib/recruiting/projects";
import { parseLocalDateTime, type Schedule } from "@/lib/recruiting/schedule";
import {
  campaignSchema,
  changeCampaignSchema,
  createProjectSchema,
  editCampaignSchema,
  launchCampaignSchema,
  projectIdSchema,
  projectNameField,
  removeCandidateSchema,
  renameProjectSchema,
  saveCandidatesSchema,
} from "@/lib/validation/recruiting";

// Every action acts as the session's member; the services only ever touch that member's own
// projects, so another member's project id is "not found", exactly like a made-up one.

function refusal(reason: ProjectRefusal) {
  return reason === "name_taken"
    ? { ok: false as const, fieldErrors: { name: "recruiting.refusals.name_taken" } }
    : { ok: false as const, formError: `recruiting.refusals.${reason}` };
}

function refreshProjectPages({ revalidate }: Pick<MemberActionContext, "revalidate">) {
  revalidate("/recruiting", "layout");
}

const nameMax = async ({ db }: MemberActionContext) =>
  (await getRecruitingPolicy(db)).projectNameMaxCharacters;

export const createProjectAction = memberAction({
  name: "createProject",
  input: async (context) => createProjectSchema(await nameMax(context)),
  async handler({ name }, context) {
    const result = await createProject(context.db, { ownerId: context.member.id, name });
    if (!result.ok) return refusal(result.reason);
    refreshProjectPages(context);
    return context.redirect(`/recruiting/projects/${result.projectId}`);
  },
});

export const renameProjectAction = memberAction({
  name: "renameProject",
  input: async (context) => renameProjectSchema(await nameMax(context)),
  async handler({ projectId, name }, context) {
    const result = await renameProject(context.db, {
      ownerId: context.member.id,
      projectId,
      name,
    });
    if (!result.ok) return refusal(result.reason);
    refreshProjectPages(context);
    return { ok: true, message: name };
  },
});

export const deleteProjectAction = memberAction({
  name: "deleteProject",
  input: projectIdSchema,
  async handler({ projectId }, context) {
    const result = await deleteProject(context.db, { ownerId: context.member.id, projectId });
    if (!result.ok) return refusal(result.reason);
    refreshProjectPages(context);
    return context.redirect("/recruiting?deleted=1");
  },
});

export const removeCandidateAction = memberAction({
  name: "removeCandidate",
  input: removeCandidateSchema,
  async handler({ projectId, memberId }, context) {
    const result = await removeCandidate(context.db, {
      ownerId: context.member.id,
      projectId,
      memberId,
    });
    if (!result.ok) return refusal(result.reason);
    refreshProjectPages(context);
    return { ok: true };
  },
});

export interface SaveOutcome extends AddOutcome {
  projectId: string;
  projectName: string;
}

/**
 * Saves search results to a project: the ticked ones, the page, or everyone the search finds
 * (run again here from its parameters, up to the room left in the project). Into a project of
 * the member's, or a new one named in the same form.
 */
export const saveCandidatesAction = memberAction<
  ReturnType<typeof saveCandidatesSchema>,
  SaveOutcome
>({
  name: "saveCandidates",
  input: async (context) => saveCandidatesSchema(await nameMax(context)),
  repeated: ["memberId", "pageMemberId"],
  async handler(input, context) {
    const { db, member } = context;
    const policy = await getRecruitingPolicy(db);
    let projectId = input.projectId || "";
    let projectName = "";
    if (!projectId) {
      const name = projectNameField(policy.projectNameMaxCharacters).safeParse(
        input.newProjectName ?? "",
      );
      if (!name.success) {
        return {
          ok: false,
          fieldErrors: {
            newProjectName: name.error.issues[0]?.message ?? "recruiting.errors.nameRequired",
          },
        };
      }
      const created = await createProject(db, { ownerId: member.id, name: name.data });
      if (!created.ok) {
        return created.reason === "name_taken"
          ? { ok: false, fieldErrors: { newProjectName: "recruiting.refusals.name_taken" } }
          : refusal(created.reason);
      }
      projectId = created.projectId;
      projectName = name.data;
    }
    const memberIds =
      input.scope === "selected"
        ? input.memberId
        : input.scope === "page"
          ? input.pageMemberId
          : await searchMemberIds(
              db,
              {
                viewerId: member.id,
                q: input.q,
                location: input.location ? canonicalPlaceQuery(input.location) : undefined,
                industry: input.industry,
                degree: input.degree,
              },
              policy.maxCandidatesPerProject,
            );
    const result = await addCandidates(db, { ownerId: member.id, projectId, memberIds });
    if (!result.ok) return refusal(result.reason);
    projectName ||= (await getProject(db, { ownerId: member.id, projectId }))?.name ?? "";
    refreshProjectPages(context);
    // The search page's project list gains a project saved into for the first time.
    context.revalidate("/search");
    const { ok: _ok, ...outcome } = result;
    return { ok: true, data: { ...outcome, projectId, projectName } };
  },
});

function campaignRefusal(reason: CampaignRefusal) {
  return { ok: false as const, formError: `recruiting.campaign.refusals.${reason}` };
}

/** A draft from a project's candidates; the page it opens previews it and sums it up. */
export const createCampaignAction = memberAction({
  name: "createCampaign",
  input: async ({ db }) => {
    const [policy, inmail] = await Promise.all([getRecruitingPolicy(db), getInmailPolicy(db)]);
    return campaignSchema({
      subjectMax: inmail.subjectMaxCharacters,
      bodyMax: inmail.bodyMaxCharacters,
      nameMax: policy.projectNameMaxCharacters,
    });
  },
  async handler(input, context) {
    const result = await createCampaign(context.db, { ...input, ownerId: context.member.id });
    if (!result.ok) return campaignRefusal(result.reason);
    refreshProjectPages(context);
    return context.redirect(`/recruiting/campaigns/${result.campaignId}`);
  },
});

export const updateCampaignAction = memberAction({
  name: "updateCampaign",
  input: async ({ db }) => {
    const [policy, inmail] = await Promise.all([getRecruitingPolicy(db), getInmailPolicy(db)]);
    return editCampaignSchema({
      subjectMax: inmail.subjectMaxCharacters,
      bodyMax: inmail.bodyMaxCharacters,
      nameMax: policy.projectNameMaxCharacters,
    });
  },
  async handler(input, context) {
    const result = await updateCampaign(context.db, { ...input, ownerId: context.member.id });
    if (!result.ok) return campaignRefusal(result.reason);
    refreshProjectPages(context);
    return context.redirect(`/recruiting/campaigns/${input.campaignId}`);
  },
});

export const launchCampaignAction = memberAction({
  name: "launchCampaign",
  input: launchCampaignSchema,
  requireConfirmedEmail: true,
  async handler({ campaignId, when, startsAt }, context) {
    let schedule: Schedule = { mode: when === "business" ? "business" : "now" };
    if (when === "at") {
      // Read on the sender's own clock (their profile's time zone).
      const at = parseLocalDateTime(startsAt, context.member.timeZone || "UTC");
      if (!at) {
        return {
          ok: false,
          fieldErrors: { startsAt: "recruiting.campaign.errors.startsAtInvalid" },
        };
      }
      schedule = { mode: "at", at };
    }
    const result = await launchCampaign(context.db, {
      ownerId: context.member.id,
      campaignId,
      schedule,
    });
    if (!result.ok) return campaignRefusal(result.reason);
    refreshProjectPages(context);
    return { ok: true };
  },
});

export const changeCampaignAction = memberAction({
  name: "changeCampaign",
  input: changeCampaignSchema,
  async handler({ campaignId, change }, context) {
    const result = await changeCampaign(context.db, {
      ownerId: context.member.id,
      campaignId,
      change,
    });
    if (!result.ok) return campaignRefusal(result.reason);
    refreshProjectPages(context);
    return { ok: true };
  },
});
