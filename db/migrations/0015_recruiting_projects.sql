-- Recruiting projects (lib/recruiting/projects.ts): a recruiter's named lists of candidates saved
-- from search, the audience of a campaign; recruiting is a plan feature (plans.recruiting).
CREATE TABLE "project_candidates" (
	"project_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_candidates_project_id_member_id_pk" PRIMARY KEY("project_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "recruiting_policy" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"max_projects_per_member" integer NOT NULL,
	"max_candidates_per_project" integer NOT NULL,
	"project_name_max_characters" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruiting_policy_single_row" CHECK ("recruiting_policy"."id"),
	CONSTRAINT "recruiting_policy_positive" CHECK ("recruiting_policy"."max_projects_per_member" > 0 and "recruiting_policy"."max_candidates_per_project" > 0 and "recruiting_policy"."project_name_max_characters" > 0)
);
--> statement-breakpoint
CREATE TABLE "recruiting_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"candidate_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recruiting_projects_count_nonneg" CHECK ("recruiting_projects"."candidate_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "recruiting" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "project_candidates" ADD CONSTRAINT "project_candidates_project_id_recruiting_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."recruiting_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_candidates" ADD CONSTRAINT "project_candidates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruiting_projects" ADD CONSTRAINT "recruiting_projects_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_candidates_project_added_idx" ON "project_candidates" USING btree ("project_id","added_at" DESC NULLS LAST,"member_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "project_candidates_member_idx" ON "project_candidates" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruiting_projects_owner_name_key" ON "recruiting_projects" USING btree ("owner_id",lower("name"));--> statement-breakpoint
CREATE INDEX "recruiting_projects_owner_updated_idx" ON "recruiting_projects" USING btree ("owner_id","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
-- The numbers of recruiting; change them here (or in the row), not in code.
INSERT INTO "recruiting_policy" ("id", "max_projects_per_member", "max_candidates_per_project", "project_name_max_characters")
VALUES (true, 50, 1000, 80) ON CONFLICT ("id") DO NOTHING;
