DROP INDEX "thread_participants_member_idx";--> statement-breakpoint
DROP INDEX "threads_last_message_idx";--> statement-breakpoint
DROP INDEX "messages_thread_idx";--> statement-breakpoint
ALTER TABLE "thread_participants" ADD COLUMN "thread_kind" "thread_kind";--> statement-breakpoint
ALTER TABLE "thread_participants" ADD COLUMN "last_message_at" timestamp with time zone;--> statement-breakpoint
-- Copy each thread's kind and last message time onto its participants, then require them.
UPDATE "thread_participants" p SET "thread_kind" = t."kind", "last_message_at" = t."last_message_at"
  FROM "threads" t WHERE t."id" = p."thread_id";--> statement-breakpoint
ALTER TABLE "thread_participants" ALTER COLUMN "thread_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "thread_participants" ALTER COLUMN "last_message_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "thread_participants_inbox_idx" ON "thread_participants" USING btree ("member_id","archived","last_message_at" DESC NULLS LAST,"thread_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "thread_participants_unread_idx" ON "thread_participants" USING btree ("member_id","last_message_at" DESC NULLS LAST,"thread_id" DESC NULLS LAST) WHERE not "thread_participants"."archived" and ("thread_participants"."last_read_at" is null or "thread_participants"."last_read_at" < "thread_participants"."last_message_at");--> statement-breakpoint
CREATE INDEX "thread_participants_kind_idx" ON "thread_participants" USING btree ("member_id","thread_kind","last_message_at" DESC NULLS LAST,"thread_id" DESC NULLS LAST) WHERE not "thread_participants"."archived";--> statement-breakpoint
CREATE INDEX "threads_created_by_idx" ON "threads" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","created_at","id");--> statement-breakpoint
-- Every instance caches the rule numbers (db/queries/policy.ts); a change tells them all.
CREATE OR REPLACE FUNCTION "notify_policy_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('inmail_live', 'c:policy');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "inmail_policy_changed" AFTER INSERT OR UPDATE OR DELETE ON "inmail_policy"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_policy_changed"();
