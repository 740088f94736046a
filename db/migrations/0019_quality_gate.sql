-- The quality gate of campaigns (lib/recruiting/quality.ts): its numbers in recruiting_policy, each
-- sender's warning and block in recruiting_standing.
CREATE TABLE "recruiting_standing" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"warned_at" timestamp with time zone,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "quality_min_inmails" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "quality_window_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "quality_min_response_percent" integer DEFAULT 13 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_policy" ADD COLUMN "quality_block_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "recruiting_standing" ADD CONSTRAINT "recruiting_standing_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;