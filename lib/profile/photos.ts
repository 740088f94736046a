import { and, eq, ne } from "drizzle-orm";
import sharp from "sharp";
import type { Executor } from "@/db/client";
import { memberPhotos, members } from "@/db/schema";
import { log } from "@/lib/log";

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
 * Makes `photo` the member's picture in one transaction: the new row, the member's pointer, and
 * the old rows gone. Returns the new photo's id (its URL is /photos/{id}).
 */
export async function replacePhoto(
  db: Executor,
  { memberId, photo }: { memberId: string; photo: ProcessedPhoto },
): Promise<string> {
  return db.transaction(async (tx) => {
    // Two uploads at once: the member row lock orders them, the later one wins.
    await tx.select({ id: members.id }).from(members).where(eq(members.id, memberId)).for("update");
    const [row] = await tx
      .insert(memberPhotos)
      .values({
        memberId,
        contentType: "image/webp",
        width: photo.width,
        height: photo.height,
        content: photo.content,
      })
      .returning({ id: memberPhotos.id });
    if (!row) throw new Error("photo insert returned nothing");
    await tx.update(members).set({ photoId: row.id }).where(eq(members.id, memberId));
    await tx
      .delete(memberPhotos)
      .where(and(eq(memberPhotos.memberId, memberId), ne(memberPhotos.id, row.id)));
    log.info({ memberId, bytes: photo.content.byteLength }, "photo saved");
    return row.id;
  });
}

export async function removePhoto(db: Executor, { memberId }: { memberId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(members).set({ photoId: null }).where(eq(members.id, memberId));
    await tx.delete(memberPhotos).where(eq(memberPhotos.memberId, memberId));
  });
}

export async function readPhoto(
  db: Executor,
  { photoId }: { photoId: string },
): Promise<{ content: Buffer; contentType: string } | null> {
  const [row] = await db
    .select({ content: memberPhotos.content, contentType: memberPhotos.contentType })
    .from(memberPhotos)
    .where(eq(memberPhotos.id, photoId))
    .limit(1);
  return row ?? null;
}
