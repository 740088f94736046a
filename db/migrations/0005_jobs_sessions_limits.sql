CREATE TABLE "sent_mails" (
	"key" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"message_id" text NOT NULL,
	"to_address" text DEFAULT '' NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"claimed_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "worker_heartbeats" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_rules" (
	"name" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"duration_seconds" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "rate_limit_rules_positive" CHECK ("rate_limit_rules"."points" > 0 and "rate_limit_rules"."duration_seconds" > 0)
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE TABLE "email_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"member_id" uuid NOT NULL,
	"email" text NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "member_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_confirmations" ADD CONSTRAINT "email_confirmations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sessions" ADD CONSTRAINT "member_sessions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sent_mails_created_idx" ON "sent_mails" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "email_confirmations_token_key" ON "email_confirmations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "email_confirmations_member_idx" ON "email_confirmations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_sessions_member_idx" ON "member_sessions" USING btree ("member_id","last_seen_at");--> statement-breakpoint
-- Members who joined before confirmation existed keep their sending rights.
UPDATE "members" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;--> statement-breakpoint
-- The default limits (data: change rows, not code). Windows are fixed, in seconds.
INSERT INTO "rate_limit_rules" ("name", "points", "duration_seconds", "description") VALUES
  ('sign_in_failures_account', 10, 900, 'wrong passwords for one account per 15 minutes'),
  ('sign_in_failures_address', 30, 3600, 'wrong passwords from one client address per hour'),
  ('sign_up_address', 10, 3600, 'sign-ups from one client address per hour'),
  ('password_reset_address', 10, 3600, 'forgot-password requests from one client address per hour'),
  ('password_reset_account', 3, 3600, 'reset mails to one address per hour'),
  ('account_exists_mail', 3, 86400, '"you already have an account" mails to one address per day'),
  ('confirmation_resend', 5, 3600, 'confirmation links a member asks for again per hour'),
  ('public_action_address', 300, 60, 'any signed-out action from one client address per minute'),
  ('inmail_hour', 25, 3600, 'InMails one member sends per hour'),
  ('inmail_week', 200, 604800, 'InMails one member sends per week'),
  ('message_hour', 120, 3600, 'messages and replies one member sends per hour'),
  ('message_week', 2000, 604800, 'messages and replies one member sends per week'),
  ('invitation_hour', 30, 3600, 'invitations to connect one member sends per hour'),
  ('invitation_week', 100, 604800, 'invitations to connect one member sends per week (LinkedIn: about 100)'),
  ('email_invitation_day', 50, 86400, 'invitations by email one member sends per day')
ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
INSERT INTO "rate_limit_rules" ("name", "points", "duration_seconds", "description") VALUES
  ('member_action_minute', 300, 60, 'any signed-in action by one member per minute')
ON CONFLICT ("name") DO NOTHING;
