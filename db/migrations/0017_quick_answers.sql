-- Quick answers as recruiters' candidates need them: "Ask me later" (counts as an answer, with the
-- date the sender may come back), "Not interested" with an optional reason, "Interested" sharing
-- an address or a phone number if the candidate chooses to.
CREATE TYPE "public"."decline_reason" AS ENUM('not_looking', 'wrong_role', 'location', 'pay', 'other');--> statement-breakpoint
ALTER TYPE "public"."message_kind" ADD VALUE 'later';--> statement-breakpoint
ALTER TABLE "inmails" ADD COLUMN "decline_reason" "decline_reason";--> statement-breakpoint
ALTER TABLE "inmails" ADD COLUMN "later_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inmails" ADD COLUMN "answer_email" text;--> statement-breakpoint
ALTER TABLE "inmails" ADD COLUMN "answer_phone" text;