"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";

/**
 * The browser's end of the live inbox: one EventSource per tab on /api/events. A new message,
 * a "Seen", an invitation or a change in another tab refreshes the page's server components
 * (the open thread, the inbox list, the badges) — the server stays the source of truth. After a
 * reconnect the browser sends its Last-Event-ID and the server replays what it missed.
 */

interface Typing {
  threadId: string;
  memberId: string;
  until: number;
}

const LiveContext = createContext<{ typing: Typing[] }>({ typing: [] });

/** How long "… is typing" shows after the last signal (the sender repeats it every 3 s). */
const TYPING_SHOWN_MS = 6_000;

export function LiveProvider({ after, children }: { after: number; children: ReactNode }) {
  const router = useRouter();
  const [typing, setTyping] = useState<Typing[]>([]);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Only the first render's position matters: once open, the stream is current, and after a
  // reconnect the browser resumes from its Last-Event-ID. A later render must not reopen it.
  const startAfter = useRef(after);

  useEffect(() => {
    const source = new EventSource(`/api/events?after=${startAfter.current}`);
    const refresh = () => {
      if (refreshTimer.current) return;
      // Several events in a burst (a message and its counts) become one refresh.
      refreshTimer.current = setTimeout(() => {
        refreshTimer.current = null;
        router.refresh();
      }, 150);
    };
    source.addEventListener("live", (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        kind: string;
        threadId: string | null;
        actorId: string | null;
      };
      // Their message arrived: they are no longer typing it.
      if (data.kind === "message") {
        setTyping((all) => all.filter((t) => t.threadId !== data.threadId));
      }
      refresh();
    });
    source.addEventListener("resync", refresh);
    source.addEventListener("typing", (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as Omit<Typing, "until">;
      setTyping((all) => [
        ...all.filter((t) => !(t.threadId === data.threadId && t.memberId === data.memberId)),
        { ...data, until: Date.now() + TYPING_SHOWN_MS },
      ]);
    });
    return () => {
      source.close();
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
      refreshTimer.current = null;
    };
  }, [router]);

  // Expire typing indicators.
  useEffect(() => {
    if (typing.length === 0) return;
    const next = Math.min(...typing.map((t) => t.until)) - Date.now();
    const timer = setTimeout(
      () => setTyping((all) => all.filter((t) => t.until > Date.now())),
      Math.max(0, next),
    );
    return () => clearTimeout(timer);
  }, [typing]);

  return <LiveContext.Provider value={{ typing }}>{children}</LiveContext.Provider>;
}

/** Who is typing in a thread right now (member ids). */
export function useTyping(threadId: string): string[] {
  return useContext(LiveContext)
    .typing.filter((t) => t.threadId === threadId)
    .map((t) => t.memberId);
}
