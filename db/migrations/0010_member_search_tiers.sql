-- Member search in tiers (db/queries/search.ts): the name, and the name with title and company,
-- get documents of their own, so PostgreSQL keeps statistics for each and can tell a rare word
-- (a few matches: found through the GIN index, then sorted) from a broad one (walk the names in
-- order until the page is full). A weight restriction in one document would be estimated like
-- the whole document.
ALTER TABLE "members" ADD COLUMN "name_document" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce("name", ''))
) STORED;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "profile_document" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce("name", '') || ' ' || coalesce("title", '') || ' ' || coalesce("company", ''))
) STORED;--> statement-breakpoint
CREATE INDEX "members_name_document_idx" ON "members" USING gin ("name_document");--> statement-breakpoint
CREATE INDEX "members_profile_document_idx" ON "members" USING gin ("profile_document");--> statement-breakpoint
CREATE INDEX "members_name_id_idx" ON "members" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "members_name_lower_idx" ON "members" USING btree (lower("name"));--> statement-breakpoint
-- Statistics for the new documents and lower(name) now, not when autovacuum gets to it.
ANALYZE "members";
