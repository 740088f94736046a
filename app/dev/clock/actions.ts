"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { DAY } from "@/lib/clock";
import { advanceTestClock, testClockAvailable } from "@/lib/clock/test-clock";
import { sweep } from "@/lib/jobs/sweeper";

/** Moves the shared test clock forward and runs the sweeper, as the server would a minute later. */
export const advanceClockAction = publicAction({
  name: "advanceClock",
  input: z.object({ days: z.coerce.number().int().min(1).max(400) }),
  async handler({ days }, { db, revalidate }) {
    if (!testClockAvailable()) return { ok: false, formError: "devClock.disabled" };
    await advanceTestClock(db, days * DAY);
    await sweep(db);
    revalidate("/", "layout");
    return { ok: true };
  },
});
