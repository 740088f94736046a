"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { setOpenProfile } from "@/lib/settings/open-profile";

/** Open Profile on or off for the session's member; the service refuses non-Premium members. */
export const saveOpenProfileAction = memberAction({
  name: "saveOpenProfile",
  // A checkbox sends "on" when checked and nothing when not.
  input: z.object({ openProfile: z.literal("on").optional() }),
  async handler({ openProfile }, { db, member, revalidate }) {
    const result = await setOpenProfile(db, {
      memberId: member.id,
      openProfile: openProfile === "on",
    });
    if (!result.ok) return { ok: false, formError: `privacy.openProfile.errors.${result.reason}` };
    revalidate("/settings/communications");
    revalidate("/in/[handle]", "page");
    return {
      ok: true,
      message: result.openProfile ? "privacy.openProfile.savedOn" : "privacy.openProfile.savedOff",
      data: { openProfile: result.openProfile },
    };
  },
});
