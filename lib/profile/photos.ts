import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import sharp from "sharp";
import type { Executor } from "@/db/client";
import { memberPhotos, members } from "@/db/schema";
import { env, type PhotoBucket } from "@/lib/env";
import { enqueue } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import { type PhotoObjects, photoObjectKey, photoObjects } from "./photo-bucket";

// Profile photos: whatever arrives is decoded by its content (never its name or the browser's
// type), limited in bytes and in pixels before decoding, turned upright, cropped square, resized
// and re-encoded, so what is stored and served is always a small WebP the app made itself —
// no metadata (location, camera) and no bytes of the original.

/** The largest upload accepted, in bytes (checked before the body is read). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Decoding stops beyond this many pixels (a small file can claim a huge image). */
const MAX_INPUT_PIXELS = 40_000_000;
/** Stored square side in pixels: enough for the largest avatar on a 2× screen. */
export const PHOTO_SIZE = 400;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"]);

export type PhotoRefusal = "too_large" | "not_an_image" | "too_small";

export type ProcessedPhoto = { content: Buffer; width: number; height: number };

/** Decodes, checks and re-encodes an upload. */
export async function processPhoto(
  input: Uint8Array,
): Promise<{ ok: true; photo: ProcessedPhoto } | { ok: false; reason: PhotoRefusal }> {
  if (input.byteLength > PHOTO_MAX_BYTES) return { ok: false, reason: "too_large" };
  if (input.byteLength === 0) return { ok: false, reason: "not_an_image" };
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" as const };
  let format: string | undefined;
  let width = 0;
  let height = 0;
  try {
    // The header only (no pixels decoded): the size it claims is checked before decoding.
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    format = meta.format;
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    return { ok: false, reason: "not_an_image" };
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) return { ok: false, reason: "not_an_image" };
  if (width * height > MAX_INPUT_PIXELS) return { ok: false, reason: "too_large" };
  if (Math.min(width, height) < 64) return { ok: false, reason: "too_small" };
  try {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, photo: { content: data, width: info.width, height: info.height } };
  } catch (error) {
    log.info({ err: error }, "photo refused: could not decode");
    return { ok: false, reason: "not_an_image" };
  }
}

/**
 * Where photos are kept: the configured bucket (S3_*), or null for PostgreSQL. Callers pass it
 * on, so a test can point one call at a bucket of its own.
 */
export function configuredPhotoObjects(): PhotoObjects | null {
  const bucket = env.photoBucket;
  if (!bucket) return null;
  if (cached?.bucket !== bucket) cached = { bucket, objects: photoObjects(bucket) };
  return cached.objects;
}
let cached: { bucket: PhotoBucket; objects: PhotoObjects } | undefined;

/**
 * Makes `photo` the member's picture in one transaction: the new row, the member's pointer, and
 * the old rows gone. Returns the new photo's id (its URL is /photos/{id}). With a bucket the
 * object is written first (a failed transaction deletes it again) and the old objects are
 * deleted by a job the transaction enqueues, so no object is lost or left behind by a crash.
 */
export async function replacePhoto(
  db: Executor,
  {
    memberId,
    photo,
    objects = configuredPhotoObjects(),
  }: { memberId: string; photo: ProcessedPhoto; objects?: PhotoObjects | null },
): Promise<string> {
  const id = randomUUID();
  const storageKey = objects ? photoObjectKey(id) : null;
  if (objects && storageKey) await objects.put(storageKey, photo.content, "image/webp");
  try {
    return await db.transaction(async (tx) => {
      // Two uploads at once: the member row lock orders them, the later one wins.
      await tx
        .select({ id: members.id })
        .from(members)
        .where(eq(members.id, memberId))
        .for("update");
      await tx.insert(memberPhotos).values({
        id,
        memberId,
        contentType: "image/webp",
        width: photo.width,
        height: photo.height,
        content: storageKey ? null : photo.content,
        storageKey,
      });
      await tx.update(members).set({ photoId: id }).where(eq(members.id, memberId));
      const old = await tx
        .delete(memberPhotos)
        .where(and(eq(memberPhotos.memberId, memberId), ne(memberPhotos.id, id)))
        .returning({ storageKey: memberPhotos.storageKey });
      await enqueueObjectDeletion(tx, old);
      log.info(
        { memberId, bytes: photo.content.byteLength, bucket: Boolean(objects) },
        "photo saved",
      );
      return id;
    });
  } catch (error) {
    if (objects && storageKey) {
      await objects.delete(storageKey).catch((err) => {
        log.warn({ err, storageKey }, "photo object left behind after a failed save");
      });
    }
    throw error;
  }
}

export async function removePhoto(db: Executor, { memberId }: { memberId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(members).set({ photoId: null }).where(eq(members.id, memberId));
    const old = await tx
      .delete(memberPhotos)
      .where(eq(memberPhotos.memberId, memberId))
      .returning({ storageKey: memberPhotos.storageKey });
    await enqueueObjectDeletion(tx, old);
  });
}

/** Rows just deleted whose bytes are in the bucket: their objects go in a job (the outbox). */
async function enqueueObjectDeletion(tx: Executor, rows: { storageKey: string | null }[]) {
  const keys = rows.flatMap((row) => (row.storageKey ? [row.storageKey] : []));
  if (keys.length > 0) await enqueue(tx, "photo:delete-objects", { keys });
}

/** The job: deletes objects of replaced or removed photos (already gone counts as done). */
export async function deletePhotoObjects(
  keys: string[],
  objects: PhotoObjects | null = configuredPhotoObjects(),
): Promise<void> {
  if (!objects) {
    // The bucket was unconfigured after these were written: retrying cannot help.
    log.warn({ keys }, "photo objects not deleted: no bucket is configured");
    return;
  }
  for (const key of keys) await objects.delete(key);
}

export async function readPhoto(
  db: Executor,
  {
    photoId,
    objects = configuredPhotoObjects(),
  }: { photoId: string; objects?: PhotoObjects | null },
): Promise<{ content: Buffer; contentType: string } | null> {
  const [row] = await db
    .select({
      content: memberPhotos.content,
      storageKey: memberPhotos.storageKey,
      contentType: memberPhotos.contentType,
    })
    .from(memberPhotos)
    .where(eq(memberPhotos.id, photoId))
    .limit(1);
  if (!row) return null;
  if (row.content) return { content: row.content, contentType: row.contentType };
  if (!row.storageKey || !objects) {
    log.warn({ photoId }, "photo is in a bucket but no bucket is configured");
    return null;
  }
  const content = await objects.get(row.storageKey);
  return content ? { content, contentType: row.contentType } : null;
}
