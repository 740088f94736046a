import { getDb } from "@/db";
import { isUuid } from "@/db/ids";
import { getCurrentSession } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { readPhoto } from "@/lib/profile/photos";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * A profile photo. Its id changes with every upload, so the bytes behind one URL never change
 * and browsers may keep them for a year. The bytes are always a WebP the app encoded itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  const { photoId } = await params;
  // Profiles are for members: so are their photos.
  if (!(await getCurrentSession())) return new Response("Sign in first", { status: 401 });
  if (!isUuid(photoId)) return new Response("Not found", { status: 404 });
  let photo: Awaited<ReturnType<typeof readPhoto>>;
  try {
    photo = await readPhoto(await getDb(), { photoId });
  } catch (error) {
    // The bucket is down or refuses us: the page around the avatar still renders.
    log.error({ err: error, photoId }, "photo could not be read from the bucket");
    return new Response("Photo unavailable", {
      status: 503,
      headers: { "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  if (!photo) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(photo.content), {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Length": String(photo.content.byteLength),
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
    },
  });
}
