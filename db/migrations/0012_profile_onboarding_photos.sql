CREATE TABLE "member_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "time_zone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "photo_id" uuid;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "onboarded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_photos_member_idx" ON "member_photos" USING btree ("member_id");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_photo_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."member_photos"("id") ON DELETE set null;--> statement-breakpoint
-- Members who joined before onboarding existed are not asked again.
UPDATE "members" SET "onboarded_at" = "created_at" WHERE "onboarded_at" IS NULL;--> statement-breakpoint
UPDATE "members" SET "time_zone" = CASE "country"
  WHEN 'DE' THEN 'Europe/Berlin' WHEN 'IT' THEN 'Europe/Rome' WHEN 'CH' THEN 'Europe/Zurich'
  WHEN 'AT' THEN 'Europe/Vienna' WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin'
  WHEN 'FR' THEN 'Europe/Paris' WHEN 'ES' THEN 'Europe/Madrid' WHEN 'NL' THEN 'Europe/Amsterdam'
  WHEN 'US' THEN 'America/New_York' ELSE '' END
WHERE "time_zone" = '';
--> statement-breakpoint
INSERT INTO "rate_limit_rules" ("name", "points", "duration_seconds", "description") VALUES
  ('photo_upload_hour', 20, 3600, 'profile photos one member uploads per hour'),
  ('email_change_day', 5, 86400, 'new email addresses one member asks to confirm per day')
ON CONFLICT ("name") DO NOTHING;
