-- A draft's audience is counted when it is saved (and on request), not on every view of it.
ALTER TABLE "sponsored_campaigns" ADD COLUMN "audience_counted_at" timestamp with time zone;