import { getDatabaseHandle } from "@/db";
import { getCurrentSession } from "@/lib/auth/session";
import { type Frame, liveHub } from "@/lib/live/hub";
import { log } from "@/lib/log";
import { offerSponsored } from "@/lib/sponsored/delivery";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function encode(frames: Frame[]): string {
  return frames
    .map(
      (f) =>
        `${"id" in f ? `id: ${f.id}\n` : ""}event: ${f.event}\ndata: ${JSON.stringify(f.data)}\n\n`,
    )
    .join("");
}

/**
 * The signed-in member's live events as Server-Sent Events. It starts after the event id the
 * page was rendered with (?after=) or, after a reconnect, the browser's Last-Event-ID, so nothing
 * is missed in between. Heartbeats keep proxies from closing it; a closed tab frees it.
 */
export async function GET(request: Request) {
  const session = await getCurrentSession();
  if (!session) return new Response("Sign in first", { status: 401 });
  const handle = await getDatabaseHandle();
  const hub = await liveHub(handle.db, handle.url);
  if (!hub.hasRoomFor(session.member.id)) {
    // Ten tabs of one member already listen here, or the instance is full: come back later
    // (EventSource retries by itself).
    return new Response("Too many open event streams", {
      status: 429,
      headers: { "Retry-After": "30" },
    });
  }
  // A page view: the member is online, so a waiting sponsored message may come now. Queued, not
  // awaited: the stream does not wait for it, and a failure only delays the message.
  offerSponsored(handle.db, session.member.id).catch((error: unknown) =>
    log.error({ err: error }, "sponsored offer failed"),
  );
  const url = new URL(request.url);
  const resume = Number(request.headers.get("last-event-id") ?? url.searchParams.get("after"));
  const lastId = Number.isSafeInteger(resume) && resume >= 0 ? resume : 0;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = hub.subscribe({
        memberId: session.member.id,
        sessionId: session.sessionId,
        lastId,
        push: (frames) => write(encode(frames)),
        heartbeat: () => write(": ping\n\n"),
        close: () => cleanup(),
      });
      if (!unsubscribe) {
        // Filled up between the check and now: end it; the browser retries later.
        write("retry: 30000\n\n");
        controller.close();
        return;
      }
      write("retry: 3000\n: connected\n\n");
      cleanup = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // Compression and proxies would hold events back.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
