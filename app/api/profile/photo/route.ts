import { getDb } from "@/db";
import { getCurrentSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { PHOTO_MAX_BYTES, processPhoto, replacePhoto } from "@/lib/profile/photos";
import { consumeAll } from "@/lib/rate-limit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Where the form may send the member back to: its own pages, nothing else. */
const RETURN_TO = new Set(["/settings/profile", "/welcome"]);
/** Multipart framing around the file (boundaries, headers, the other small fields). */
const FORM_OVERHEAD = 16 * 1024;

/**
 * A profile photo, uploaded by a plain form (multipart, no JavaScript needed). The answer is a
 * redirect back to the page with the outcome in the query (?photo=saved | too_large | …), so the
 * page shows the sentence next to the field. The body's size is checked from its declared length
 * before any of it is read; a body without one is refused.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const back = (outcome: string) => {
    const to = RETURN_TO.has(url.searchParams.get("returnTo") ?? "")
      ? (url.searchParams.get("returnTo") as string)
      : "/settings/profile";
    return Response.redirect(new URL(`${to}?photo=${outcome}`, env.APP_URL), 303);
  };
  // A form on another site must not post here with the member's cookie.
  if (request.headers.get("sec-fetch-site") === "cross-site" || !sameOrigin(request)) {
    return new Response("Forbidden", { status: 403 });
  }
  const session = await getCurrentSession();
  if (!session) return new Response("Sign in first", { status: 401 });
  const declared = Number(request.headers.get("content-length"));
  if (!Number.isSafeInteger(declared) || declared <= 0) {
    return new Response("Length required", { status: 411 });
  }
  if (declared > PHOTO_MAX_BYTES + FORM_OVERHEAD) return back("too_large");
  const db = await getDb();
  const allowed = await consumeAll(
    db,
    ["member_action_minute", "photo_upload_hour"],
    session.member.id,
  );
  if (!allowed.ok) return back("rate_limited");
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("photo");
  } catch {
    return back("not_an_image");
  }
  if (!(file instanceof File) || file.size === 0) return back("missing");
  const result = await processPhoto(new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return back(result.reason);
  await replacePhoto(db, { memberId: session.member.id, photo: result.photo });
  log.info({ memberId: session.member.id }, "photo uploaded");
  return back("saved");
}

/** The Origin header, when a browser sends one, names this app. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    const from = new URL(origin);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    return from.host === host || from.origin === new URL(env.APP_URL).origin;
  } catch {
    return false;
  }
}
