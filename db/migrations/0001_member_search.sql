-- Member search: full-text over name, headline, company and title ('simple' configuration: no
-- stemming, so names and company names match as typed, in any of our three languages), plus
-- trigram indexes for partial names and for location/industry filters.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce("name", '')), 'A') ||
  setweight(to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("company", '')), 'B') ||
  setweight(to_tsvector('simple', coalesce("headline", '')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "members_search_document_idx" ON "members" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "members_name_trgm_idx" ON "members" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_location_trgm_idx" ON "members" USING gin ("location" gin_trgm_ops);
