import { sql } from "drizzle-orm";
import { getDatabaseHandle } from "@/db";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Liveness + database check for load balancers: 200 when the database answers, else 503. */
export async function GET() {
  const started = performance.now();
  try {
    const handle = await getDatabaseHandle();
    await handle.db.execute(sql`select 1`);
    return Response.json({
      status: "ok",
      database: {
        status: "ok",
        latencyMs: Math.round(performance.now() - started),
      },
    });
  } catch (error) {
    log.error({ err: error }, "health check failed");
    return Response.json({ status: "error", database: { status: "unavailable" } }, { status: 503 });
  }
}
