-- Profile photos may live in an S3-compatible bucket (S3_*, lib/profile/photo-bucket.ts): then
-- the row keeps the object key instead of the bytes. Each photo is stored in exactly one place.
ALTER TABLE "member_photos" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "member_photos" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "member_photos" ADD CONSTRAINT "member_photos_stored_once" CHECK (("member_photos"."content" is null) <> ("member_photos"."storage_key" is null));