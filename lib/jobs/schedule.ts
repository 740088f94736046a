import type { DatabaseHandle } from "@/db/client";
import { log } from "@/lib/log";
import { sweep } from "./sweeper";

const holder = globalThis as unknown as { __inmailSweeper?: NodeJS.Timeout };

/** Starts the sweeper with the server (once per process); every instance may run one. */
export function startSweeper(handle: DatabaseHandle, everyMs = 60_000): void {
  if (holder.__inmailSweeper) return;
  const run = () =>
    sweep(handle.db).catch((error) => {
      log.error({ err: error }, "sweep failed");
    });
  holder.__inmailSweeper = setInterval(run, everyMs);
  holder.__inmailSweeper.unref();
  void run();
}
