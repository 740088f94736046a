CREATE TABLE "inmail_policy" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"subject_max_characters" integer NOT NULL,
	"body_max_characters" integer NOT NULL,
	"message_max_characters" integer NOT NULL,
	"quick_reply_note_max_characters" integer NOT NULL,
	"refund_after_days" integer NOT NULL,
	"reminder_after_days" integer NOT NULL,
	"credit_lifetime_days" integer NOT NULL,
	"response_score_window_days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inmail_policy_single_row" CHECK ("inmail_policy"."id"),
	CONSTRAINT "inmail_policy_positive" CHECK ("inmail_policy"."subject_max_characters" > 0 and "inmail_policy"."body_max_characters" > 0 and "inmail_policy"."refund_after_days" > 0)
);
--> statement-breakpoint
ALTER TABLE "inmails" ADD COLUMN "answer_kind" "message_kind";--> statement-breakpoint
-- LinkedIn's numbers (DESIGN.md); change them here, not in code.
INSERT INTO "inmail_policy" ("id", "subject_max_characters", "body_max_characters", "message_max_characters", "quick_reply_note_max_characters", "refund_after_days", "reminder_after_days", "credit_lifetime_days", "response_score_window_days")
VALUES (true, 200, 1900, 8000, 500, 7, 3, 90, 90) ON CONFLICT ("id") DO NOTHING;
