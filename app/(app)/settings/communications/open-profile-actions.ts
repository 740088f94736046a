"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { memberAction } from "@/lib/actions";
import { setOpenProfile } from "@/lib/settings/open-profile";

/** Open Profile on or off for the session's member; the service refuses non-Premium members. */
export const saveOpenProfileAction = memberAction(
  "saveOpenProfile",
  // A checkbox sends "on" when checked and nothing when not.
  z.object({ openProfile: z.literal("on").optional() }),
  async ({ openProfile }, { member }) => {
    const result = await setOpenProfile(await getDb(), {
      memberId: member.id,
      openProfile: openProfile === "on",
    });
    if (!result.ok) return { ok: false, formError: `privacy.openProfile.errors.${result.reason}` };
    revalidatePath("/settings/communications");
    revalidatePath("/in/[handle]", "page");
    return {
      ok: true,
      message: result.openProfile ? "privacy.openProfile.savedOn" : "privacy.openProfile.savedOff",
      data: { openProfile: result.openProfile },
    };
  },
);
