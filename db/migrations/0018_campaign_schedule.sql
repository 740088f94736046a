-- Campaigns send now, from a chosen moment, or in each recipient's business hours: a delivery
-- is not sent before its not_before.
ALTER TABLE "campaign_recipients" ADD COLUMN "not_before" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "schedule" text DEFAULT 'now' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_schedule_known" CHECK ("campaigns"."schedule" in ('now', 'at', 'business'));