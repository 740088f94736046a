import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { Database } from "@/db/client";
import { pendingInvitationsCountQuery } from "@/db/queries/invitations";
import { unreadCountQuery } from "@/db/queries/messaging";
import { forgetInmailPolicy } from "@/db/queries/policy";
import { rowsOf } from "@/db/sql";
import { sessionIsLive } from "@/lib/auth/sessions";
import { log } from "@/lib/log";
import { eventsAfter, LIVE_CHANNEL, type StoredEvent } from "./events";

/**
 * The live side of one server instance: ONE dedicated PostgreSQL connection LISTENs on
 * `inmail_live` (never through a pool), and fans the notifications out to this instance's open
 * event streams. Notifications carry ids only; the events themselves are read from
 * member_events, in order, from where each stream is — so a stream that missed notifications
 * (a reconnect of the listener, of the browser) catches up from its last event id.
 */

export type Frame =
  | {
      event: "live";
      id: number;
      data: { kind: StoredEvent["kind"]; threadId: string | null; actorId: string | null };
    }
  | { event: "counts"; data: { unread: number; invitations: number } }
  | { event: "typing"; data: { threadId: string; memberId: string } }
  | { event: "resync"; data: Record<string, never> };

export interface Subscriber {
  memberId: string;
  /** The server-side session the stream belongs to (its liveness and presence). */
  sessionId: string;
  /** The last event this stream has (or was rendered with). */
  lastId: number;
  push(frames: Frame[]): void;
  /** Writes a comment that keeps proxies from closing an idle stream. */
  heartbeat(): void;
  /** Ends the stream (its session was signed out or expired). */
  close(): void;
}

/** Streams per instance and per member: what one instance holds open at most. */
export const MAX_STREAMS = 5_000;
export const MAX_STREAMS_PER_MEMBER = 10;
/** A stream further behind than this resyncs (reloads its page) instead of replaying. */
const CATCH_UP_LIMIT = 200;
const HEARTBEAT_MS = 20_000;
/** Every minute, for all of this instance's streams at once: sessions still live, and active. */
const SESSIONS_MS = 60_000;

export class LiveHub {
  private listener: postgres.Sql | null = null;
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly catchingUp = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private streams = 0;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: Database,
    private readonly url: string,
  ) {}

  async start(): Promise<void> {
    this.listener = postgres(this.url, {
      max: 1,
      onnotice: () => {},
      connection: { application_name: "inmail-live" },
    });
    // onlisten runs on the first LISTEN and again after every reconnect: whatever was announced
    // while the connection was down is in member_events, so every stream catches up.
    await this.listener.listen(
      LIVE_CHANNEL,
      (payload) => this.onNotification(payload),
      () => {
        for (const memberId of this.subscribers.keys()) void this.catchUp(memberId);
      },
    );
    // One timer each for all streams of the instance, not two per stream.
    this.timers = [
      setInterval(() => this.forEachStream((s) => s.heartbeat()), HEARTBEAT_MS),
      setInterval(() => {
        this.checkSessions().catch((error) =>
          log.warn({ err: error }, "stream sessions check failed"),
        );
      }, SESSIONS_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.listener?.end({ timeout: 5 });
    this.listener = null;
  }

  /** Ends every stream (the browsers reconnect, to another instance if this one is going). */
  closeAll(): void {
    this.forEachStream((s) => s.close());
  }

  private forEachStream(visit: (s: Subscriber) => void): void {
    for (const set of this.subscribers.values()) for (const s of set) visit(s);
  }

  /**
   * An open stream is activity: its session is touched (presence), in one statement for the
   * whole instance. A session signed out or expired meanwhile ends its streams.
   */
  async checkSessions(): Promise<void> {
    const ids = new Set<string>();
    this.forEachStream((s) => ids.add(s.sessionId));
    if (ids.size === 0) return;
    const live = await rowsOf<{ id: string }>(
      this.db,
      sql`update member_sessions set last_seen_at = now()
          where id = any(${sql.param([...ids])}::text[]) and ${sessionIsLive}
          returning id`,
    );
    const alive = new Set(live.map((r) => r.id));
    this.forEachStream((s) => {
      if (!alive.has(s.sessionId)) s.close();
    });
  }

  get openStreams(): number {
    return this.streams;
  }

  /** Whether one more stream of this member fits (the route answers 429 when not). */
  hasRoomFor(memberId: string): boolean {
    return (
      this.streams < MAX_STREAMS &&
      (this.subscribers.get(memberId)?.size ?? 0) < MAX_STREAMS_PER_MEMBER
    );
  }

  /** Adds a stream, or refuses it (null) when the instance or the member is at the limit. */
  subscribe(subscriber: Subscriber): (() => void) | null {
    const mine = this.subscribers.get(subscriber.memberId) ?? new Set<Subscriber>();
    if (this.streams >= MAX_STREAMS || mine.size >= MAX_STREAMS_PER_MEMBER) return null;
    mine.add(subscriber);
    this.subscribers.set(subscriber.memberId, mine);
    this.streams++;
    void this.catchUp(subscriber.memberId);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.streams--;
      mine.delete(subscriber);
      if (mine.size === 0) this.subscribers.delete(subscriber.memberId);
    };
  }

  private onNotification(payload: string): void {
    const [type, memberId, ...rest] = payload.split(":");
    // A cached row changed somewhere: drop this instance's copy.
    if (type === "c") {
      if (memberId === "policy") forgetInmailPolicy();
      return;
    }
    if (!memberId || !this.subscribers.has(memberId)) return;
    if (type === "e") {
      void this.catchUp(memberId);
    } else if (type === "t" && rest.length === 2) {
      const [threadId = "", from = ""] = rest;
      for (const s of this.subscribers.get(memberId) ?? []) {
        s.push([{ event: "typing", data: { threadId, memberId: from } }]);
      }
    }
  }

  /**
   * Brings every stream of the member up to date: one read of their events from the stream
   * furthest behind, then each stream gets what it lacks, then the member's counts. One catch-up
   * per member at a time; a notification arriving meanwhile runs another right after.
   */
  private catchUp(memberId: string): Promise<void> {
    const running = this.catchingUp.get(memberId);
    if (running) {
      this.again.add(memberId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(memberId);
          await this.deliver(memberId);
        } while (this.again.has(memberId));
      } catch (error) {
        log.warn({ err: error, memberId }, "live catch-up failed");
      } finally {
        this.catchingUp.delete(memberId);
      }
    })();
    this.catchingUp.set(memberId, run);
    return run;
  }

  private async deliver(memberId: string): Promise<void> {
    const streams = [...(this.subscribers.get(memberId) ?? [])];
    if (streams.length === 0) return;
    const from = Math.min(...streams.map((s) => s.lastId));
    const events = await eventsAfter(this.db, { memberId, afterId: from, limit: CATCH_UP_LIMIT });
    const counts = await this.counts(memberId);
    for (const stream of streams) {
      const missing = events.filter((e) => e.id > stream.lastId);
      const frames: Frame[] = [];
      if (events.length === CATCH_UP_LIMIT && stream.lastId === from) {
        // Too far behind to replay: the page reloads its data instead.
        frames.push({ event: "resync", data: {} });
        stream.lastId = events.at(-1)?.id ?? stream.lastId;
      } else {
        for (const e of missing) {
          frames.push({
            event: "live",
            id: e.id,
            data: { kind: e.kind, threadId: e.threadId, actorId: e.actorId },
          });
          stream.lastId = e.id;
        }
      }
      frames.push({ event: "counts", data: counts });
      stream.push(frames);
    }
  }

  /** The two badges, in one statement (the same counts the session's statement reads). */
  private async counts(memberId: string) {
    const [row] = await rowsOf<{ unread: number; invitations: number }>(
      this.db,
      sql`select (${unreadCountQuery(memberId)}) as unread,
        (${pendingInvitationsCountQuery(memberId)}) as invitations`,
    );
    return { unread: Number(row?.unread ?? 0), invitations: Number(row?.invitations ?? 0) };
  }
}

const holder = globalThis as unknown as { __inmailLiveHub?: Promise<LiveHub> };

/** This instance's hub, started on first use. */
export function liveHub(db: Database, url: string): Promise<LiveHub> {
  holder.__inmailLiveHub ??= (async () => {
    const hub = new LiveHub(db, url);
    await hub.start();
    // A graceful shutdown waits for every open response to end, and an event stream never
    // does by itself: end them, so the server can stop.
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => hub.closeAll());
    return hub;
  })().catch((error) => {
    holder.__inmailLiveHub = undefined;
    throw error;
  });
  return holder.__inmailLiveHub;
}
