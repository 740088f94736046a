import { z } from "zod";
import { INMAIL_CATEGORIES } from "@/db/schema/categories";
import { checkTemplate } from "@/lib/recruiting/templates";
import { memberSearchParamsSchema } from "./search";
import { textField } from "./text";

// The recruiting actions' schemas. Messages are i18n keys in the `recruiting` namespace. The
// name's length is a number of the recruiting_policy row, so the schema is built from it.

export function projectNameField(max: number) {
  return textField({
    max,
    required: true,
    messages: {
      tooLong: "recruiting.errors.nameTooLong",
      required: "recruiting.errors.nameRequired",
    },
  });
}

const projectId = z.uuid("recruiting.refusals.not_found");

export const createProjectSchema = (max: number) => z.object({ name: projectNameField(max) });

export const renameProjectSchema = (max: number) =>
  z.object({ projectId, name: projectNameField(max) });

export const projectIdSchema = z.object({ projectId });

export const removeCandidateSchema = z.object({
  projectId,
  memberId: z.uuid("recruiting.refusals.not_found"),
});

/** Who to save: the ticked results, the page shown, or everyone the search finds. */
export const SAVE_SCOPES = ["selected", "page", "all"] as const;

/**
 * Saving from search. Into an existing project, or a new one named in the form (the first time,
 * when there is none yet). `memberId` are the ticked rows, `pageMemberId` the page's rows; "all"
 * runs the search again from its parameters (never trusting a list of ids for it).
 */
export const saveCandidatesSchema = (max: number) =>
  z
    .object({
      projectId: z.union([z.uuid("recruiting.refusals.not_found"), z.literal("")]).optional(),
      newProjectName: z
        .string()
        .max(max * 16)
        .optional(),
      scope: z.enum(SAVE_SCOPES, "validation.invalid"),
      memberId: z.array(z.uuid("validation.invalid")).max(50),
      pageMemberId: z.array(z.uuid("validation.invalid")).max(50),
      q: memberSearchParamsSchema.shape.q,
      location: memberSearchParamsSchema.shape.location,
      industry: memberSearchParamsSchema.shape.industry,
      degree: memberSearchParamsSchema.shape.degree,
    })
    .superRefine((value, ctx) => {
      if (value.scope === "selected" && value.memberId.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["memberId"],
          message: "recruiting.errors.noneSelected",
        });
      }
    });

/**
 * A campaign's templates. The template may be a little longer than the limit (a variable's name
 * is longer than most values); each rendered message is measured against the limit itself, per
 * recipient, before it is sent.
 */
export function campaignSchema(limits: { subjectMax: number; bodyMax: number; nameMax: number }) {
  const template = (field: "subject" | "body", max: number) =>
    textField({
      max,
      required: true,
      multiline: field === "body",
      messages: {
        required: `recruiting.campaign.errors.${field}Required`,
        tooLong: `recruiting.campaign.errors.${field}TooLong`,
      },
    }).superRefine((value, ctx) => {
      const problem = checkTemplate(value);
      if (problem) {
        ctx.addIssue({
          code: "custom",
          message:
            problem.kind === "unknown_variable"
              ? "recruiting.campaign.errors.unknownVariable"
              : "recruiting.campaign.errors.fallbackTooLong",
        });
      }
    });
  return z.object({
    projectId,
    name: projectNameField(limits.nameMax),
    subjectTemplate: template("subject", limits.subjectMax + 100),
    bodyTemplate: template("body", limits.bodyMax + 300),
    category: z.enum(INMAIL_CATEGORIES, "validation.invalid"),
  });
}

/** A draft's new name and templates: the same fields, for a campaign instead of a project. */
export function editCampaignSchema(limits: {
  subjectMax: number;
  bodyMax: number;
  nameMax: number;
}) {
  return campaignSchema(limits)
    .omit({ projectId: true })
    .extend({ campaignId: z.uuid("recruiting.campaign.refusals.not_found") });
}

export const changeCampaignSchema = z.object({
  campaignId: z.uuid("recruiting.campaign.refusals.not_found"),
  change: z.enum(["pause", "resume", "cancel"], "validation.invalid"),
});

/**
 * Launch: now, from a moment (a datetime-local value, read on the sender's clock), or in each
 * recipient's business hours.
 */
export const launchCampaignSchema = z
  .object({
    campaignId: z.uuid("recruiting.campaign.refusals.not_found"),
    when: z.enum(["now", "at", "business"], "validation.invalid").optional().default("now"),
    startsAt: z.string().max(40).optional().default(""),
  })
  .superRefine((value, ctx) => {
    if (value.when === "at" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.startsAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["startsAt"],
        message: "recruiting.campaign.errors.startsAtInvalid",
      });
    }
  });
