import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import { rateLimitRules } from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { check, consume, consumeAll, forgetRateLimitRules, refund, reset } from "./index";

const who = () => `test-${randomBytes(4).toString("hex")}`;

async function setRule(name: string, points: number, durationSeconds: number) {
  await testDb()
    .update(rateLimitRules)
    .set({ points, durationSeconds })
    .where(eq(rateLimitRules.name, name));
  forgetRateLimitRules(testDb());
}

afterEach(() => forgetRateLimitRules(testDb()));

describe("rate limits", () => {
  it("take the numbers from the rules table and say when to try again", async () => {
    await setRule("invitation_hour", 3, 3600);
    const member = who();
    for (let i = 0; i < 3; i++)
      expect(await consume(testDb(), "invitation_hour", member)).toEqual({ ok: true });
    const refused = await consume(testDb(), "invitation_hour", member);
    expect(refused.ok).toBe(false);
    if (refused.ok) throw new Error("unreachable");
    expect(refused.retryAfterSeconds).toBeGreaterThan(3590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(3600);
    // Someone else is not affected.
    expect(await consume(testDb(), "invitation_hour", who())).toEqual({ ok: true });
    // A refunded point can be used again; reset clears the key.
    expect((await check(testDb(), "invitation_hour", member)).ok).toBe(false);
    await reset(testDb(), "invitation_hour", member);
    expect((await check(testDb(), "invitation_hour", member)).ok).toBe(true);
  });

  it("consumeAll takes nothing when one of the rules refuses", async () => {
    await setRule("message_hour", 5, 3600);
    await setRule("message_week", 1, 604800);
    const member = who();
    expect(await consumeAll(testDb(), ["message_hour", "message_week"], member)).toEqual({
      ok: true,
    });
    const second = await consumeAll(testDb(), ["message_hour", "message_week"], member);
    expect(second.ok).toBe(false);
    // The hourly point of the refused attempt was given back: 1 used of 5.
    for (let i = 0; i < 4; i++) {
      expect((await consume(testDb(), "message_hour", member)).ok).toBe(true);
    }
    // Full now; a point given back can be used once more.
    await refund(testDb(), "message_hour", member);
    expect((await consume(testDb(), "message_hour", member)).ok).toBe(true);
    expect((await consume(testDb(), "message_hour", member)).ok).toBe(false);
  });

  it("let exactly the allowed number through when two instances consume at once", async () => {
    await setRule("sign_up_address", 10, 3600);
    // Two pools stand for two app instances; 40 concurrent attempts on one key.
    const instances = [
      connectPostgres(testDatabaseUrl(), { max: 8 }),
      connectPostgres(testDatabaseUrl(), { max: 8 }),
    ];
    const address = who();
    try {
      await Promise.all(instances.map((i) => i.db.execute("select 1" as never).catch(() => {})));
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, n) =>
          consume(instances[n % 2]?.db ?? testDb(), "sign_up_address", address),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(10);
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  });
});
