-- Recruiting campaigns (lib/recruiting/campaigns.ts): one personalised InMail to a project's
-- candidates, sent by jobs; one delivery row per (campaign, recipient) turns `sent` in the same
-- transaction as the InMail and its credit spend.
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'sending', 'paused', 'needs_credits', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."campaign_delivery_status" AS ENUM('pending', 'sent', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."campaign_skip_reason" AS ENUM('opted_out', 'blocked', 'awaiting_answer', 'recipient_not_found', 'self', 'missing_value', 'too_long', 'cancelled');--> statement-breakpoint
CREATE TABLE "campaign_recipients" (
	"campaign_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"delivery_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"status" "campaign_delivery_status" DEFAULT 'pending' NOT NULL,
	"skip_reason" "campaign_skip_reason",
	"kind" text,
	"thread_id" uuid,
	"inmail_id" uuid,
	"sent_at" timestamp with time zone,
	CONSTRAINT "campaign_recipients_campaign_id_member_id_pk" PRIMARY KEY("campaign_id","member_id"),
	CONSTRAINT "campaign_recipients_sent_has_thread" CHECK (("campaign_recipients"."status" = 'sent') = ("campaign_recipients"."thread_id" is not null)),
	CONSTRAINT "campaign_recipients_skipped_has_reason" CHECK (("campaign_recipients"."status" = 'skipped') = ("campaign_recipients"."skip_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"project_id" uuid,
	"name" text NOT NULL,
	"subject_template" text NOT NULL,
	"body_template" text NOT NULL,
	"category" "inmail_category" NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"credits_needed" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"launched_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "max_recipients_per_campaign" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "max_campaigns_per_day" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_recipients" ADD CONSTRAINT "campaign_recipients_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_recipients" ADD CONSTRAINT "campaign_recipients_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_project_id_recruiting_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."recruiting_projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_recipients_delivery_key" ON "campaign_recipients" USING btree ("delivery_key");--> statement-breakpoint
CREATE INDEX "campaign_recipients_pending_idx" ON "campaign_recipients" USING btree ("campaign_id","member_id") WHERE "campaign_recipients"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "campaign_recipients_inmail_idx" ON "campaign_recipients" USING btree ("inmail_id");--> statement-breakpoint
CREATE INDEX "campaigns_owner_created_idx" ON "campaigns" USING btree ("owner_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "campaigns_owner_launched_idx" ON "campaigns" USING btree ("owner_id","launched_at");