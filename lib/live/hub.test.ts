import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { connect, createMember } from "@/db/testing/factories";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { markThreadRead } from "@/lib/messaging/read";
import { sendMessage } from "@/lib/messaging/send-message";
import { latestEventId, notifyTyping } from "./events";
import { type Frame, LiveHub } from "./hub";

// The live inbox across instances: two hubs (two app instances) on one database, each with its
// own LISTEN connection; what one member does reaches the other member's streams on both.

const hubs: LiveHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.stop()));
});

async function startHub(): Promise<LiveHub> {
  const hub = new LiveHub(testDb(), testDatabaseUrl());
  await hub.start();
  hubs.push(hub);
  return hub;
}

function collector(memberId: string, lastId = 0, sessionId = "no-session-for-this-stream") {
  const frames: Frame[] = [];
  const state = { closed: false };
  return {
    frames,
    state,
    subscriber: {
      memberId,
      sessionId,
      lastId,
      push: (f: Frame[]) => {
        frames.push(...f);
      },
      heartbeat: () => {},
      close: () => {
        state.closed = true;
      },
    },
    async waitFor(test: (f: Frame) => boolean, ms = 5_000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const found = frames.find(test);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no such frame in ${JSON.stringify(frames)}`);
    },
  };
}

async function pair() {
  const db = testDb();
  const [ada, bob] = [await createMember(db), await createMember(db)];
  await connect(db, ada.id, bob.id);
  return { ada, bob };
}

describe("live hub", () => {
  it("delivers a message committed through one instance to a stream on another, with counts", async () => {
    const { ada, bob } = await pair();
    const [first, second] = [await startHub(), await startHub()];
    const bobsTab = collector(bob.id, await latestEventId(testDb(), bob.id));
    expect(second.subscribe(bobsTab.subscriber)).not.toBeNull();
    await bobsTab.waitFor((f) => f.event === "counts");
    const sent = await sendMessage(testDb(), {
      senderId: ada.id,
      recipientId: bob.id,
      body: "Hello Bob",
      idempotencyKey: randomUUID(),
    });
    if (!sent.ok) throw new Error(sent.reason);
    const live = await bobsTab.waitFor((f) => f.event === "live");
    expect(live).toMatchObject({
      data: { kind: "message", threadId: sent.threadId, actorId: ada.id },
    });
    expect(await bobsTab.waitFor((f) => f.event === "counts" && f.data.unread === 1)).toBeTruthy();
    expect(first.openStreams).toBe(0);
  });

  it("replays what a stream missed from its last event id (a reconnect)", async () => {
    const { ada, bob } = await pair();
    const before = await latestEventId(testDb(), bob.id);
    // Two messages while Bob's browser was offline.
    for (const body of ["one", "two"]) {
      const sent = await sendMessage(testDb(), {
        senderId: ada.id,
        recipientId: bob.id,
        body,
        idempotencyKey: randomUUID(),
      });
      if (!sent.ok) throw new Error(sent.reason);
    }
    const hub = await startHub();
    const tab = collector(bob.id, before);
    hub.subscribe(tab.subscriber);
    await tab.waitFor((f) => f.event === "counts");
    const live = tab.frames.filter((f) => f.event === "live");
    expect(live).toHaveLength(2);
    // Each once, in order.
    const ids = live.map((f) => (f.event === "live" ? f.id : 0));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(2);
  });

  it("tells the sender when the other side read the thread, and relays typing without storing it", async () => {
    const { ada, bob } = await pair();
    const hub = await startHub();
    const sent = await sendMessage(testDb(), {
      senderId: ada.id,
      recipientId: bob.id,
      body: "Read me",
      idempotencyKey: randomUUID(),
    });
    if (!sent.ok) throw new Error(sent.reason);
    const adasTab = collector(ada.id, await latestEventId(testDb(), ada.id));
    hub.subscribe(adasTab.subscriber);
    await adasTab.waitFor((f) => f.event === "counts");
    await notifyTyping(testDb(), { to: ada.id, threadId: sent.threadId, from: bob.id });
    expect(await adasTab.waitFor((f) => f.event === "typing")).toMatchObject({
      data: { threadId: sent.threadId, memberId: bob.id },
    });
    expect(await markThreadRead(testDb(), { memberId: bob.id, threadId: sent.threadId })).toBe(
      true,
    );
    expect(
      await adasTab.waitFor((f) => f.event === "live" && f.data.kind === "read"),
    ).toMatchObject({ data: { threadId: sent.threadId, actorId: bob.id } });
    // Reading again changes nothing and announces nothing.
    expect(await markThreadRead(testDb(), { memberId: bob.id, threadId: sent.threadId })).toBe(
      false,
    );
  });

  it("frees a closed stream and refuses more than ten per member", async () => {
    const { bob } = await pair();
    const hub = await startHub();
    const closers = [];
    for (let i = 0; i < 10; i++) closers.push(hub.subscribe(collector(bob.id).subscriber));
    expect(closers.every(Boolean)).toBe(true);
    expect(hub.subscribe(collector(bob.id).subscriber)).toBeNull();
    for (const close of closers) close?.();
    expect(hub.openStreams).toBe(0);
    expect(hub.subscribe(collector(bob.id).subscriber)).not.toBeNull();
  });
});

describe("open streams and their sessions", () => {
  it("count as activity, and end when their session is signed out", async () => {
    const { bob } = await pair();
    const hub = await startHub();
    const sessionId = await createSession(testDb(), { memberId: bob.id, userAgent: "test" });
    const tab = collector(bob.id, 0, sessionId);
    hub.subscribe(tab.subscriber);
    await hub.checkSessions();
    expect(tab.state.closed).toBe(false);
    await revokeSession(testDb(), { sessionId });
    await hub.checkSessions();
    expect(tab.state.closed).toBe(true);
  });
});
