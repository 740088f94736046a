-- Search folds accents both ways: "Muller" finds "Müller", "Förster" finds "Forster". Every
-- document, the exact-name index and the trigram index hold accent-free text; the query is
-- folded the same way (db/queries/search.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); with the dictionary named it is
-- safe to treat as IMMUTABLE, which generated columns and indexes need.
CREATE OR REPLACE FUNCTION inmail_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$;--> statement-breakpoint
DROP INDEX "members_name_lower_idx";--> statement-breakpoint
DROP INDEX "members_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "members" DROP COLUMN "search_document";--> statement-breakpoint
ALTER TABLE "members" DROP COLUMN "name_document";--> statement-breakpoint
ALTER TABLE "members" DROP COLUMN "profile_document";--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', inmail_fold(coalesce("name", ''))), 'A') ||
  setweight(to_tsvector('simple', inmail_fold(coalesce("title", '') || ' ' || coalesce("company", ''))), 'B') ||
  setweight(to_tsvector('simple', inmail_fold(coalesce("headline", ''))), 'C')
) STORED;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "name_document" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', inmail_fold(coalesce("name", '')))
) STORED;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "profile_document" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', inmail_fold(coalesce("name", '') || ' ' || coalesce("title", '') || ' ' || coalesce("company", '')))
) STORED;--> statement-breakpoint
CREATE INDEX "members_search_document_idx" ON "members" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "members_name_document_idx" ON "members" USING gin ("name_document");--> statement-breakpoint
CREATE INDEX "members_profile_document_idx" ON "members" USING gin ("profile_document");--> statement-breakpoint
CREATE INDEX "members_name_folded_idx" ON "members" USING btree (lower(inmail_fold("name")));--> statement-breakpoint
CREATE INDEX "members_name_folded_trgm_idx" ON "members" USING gin (inmail_fold("name") gin_trgm_ops);--> statement-breakpoint
ANALYZE "members";
