import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { DatabaseHandle } from "../client";
import { members } from "../schema";
import { DEFAULT_SEED_MEMBERS, seedDemoData } from "./demo";

// Several instances starting at once on one PostgreSQL: the first seeds, the others wait on
// this lock, then find members and skip.
const SEED_LOCK = 4_711_002;

export type DemoDataDecision = "seed" | "off" | "production";

/** DEMO_DATA=off never seeds; on seeds an empty database; auto does so outside production. */
export function demoDataDecision(
  setting: typeof env.DEMO_DATA,
  appEnv: typeof env.appEnv,
): DemoDataDecision {
  if (setting === "off") return "off";
  if (setting === "auto" && appEnv === "production") return "production";
  return "seed";
}

/** Seeds the demo data on start if DEMO_DATA allows it and the database has no members yet. */
export async function seedDemoDataIfWanted(handle: DatabaseHandle): Promise<void> {
  const decision = demoDataDecision(env.DEMO_DATA, env.appEnv);
  if (decision !== "seed") {
    log.info({ demoData: env.DEMO_DATA, appEnv: env.appEnv }, "demo data not wanted, skipped");
    return;
  }
  const started = performance.now();
  const summary = await handle.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ one: sql<number>`1` }).from(members).limit(1);
    if (existing) return null;
    return seedDemoData(tx, { members: DEFAULT_SEED_MEMBERS });
  });
  if (!summary) {
    log.info("database has members, demo data not seeded");
    return;
  }
  log.info(
    { ...summary, ms: Math.round(performance.now() - started) },
    "demo data seeded (sign in as premium@demo.inmail.test, see db/seed/demo-accounts.ts)",
  );
}
