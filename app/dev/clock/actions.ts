"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionState } from "@/lib/actions";
import { DAY } from "@/lib/clock";
import { advanceTestClock, testClockAvailable } from "@/lib/clock/test-clock";
import { sweep } from "@/lib/jobs/sweeper";

const step = z.object({ days: z.coerce.number().int().min(1).max(400) });

/** Moves the shared test clock forward and runs the sweeper, as the server would a minute later. */
export async function advanceClockAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!testClockAvailable()) return { ok: false, formError: "devClock.disabled" };
  const parsed = step.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: "devClock.invalid" };
  const db = await getDb();
  await advanceTestClock(db, parsed.data.days * DAY);
  await sweep(db);
  revalidatePath("/", "layout");
  return { ok: true };
}
