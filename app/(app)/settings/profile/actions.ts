"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { removePhoto } from "@/lib/profile/photos";
import { finishOnboarding, updateProfile } from "@/lib/profile/profile";
import { profileSchema } from "@/lib/validation/profile";

/**
 * Settings → Profile and the onboarding's profile step: the member is always the session's; the
 * form names no member. From the onboarding (`next=home`) a save goes on to Home.
 */
export const saveProfileAction = memberAction({
  name: "saveProfile",
  input: profileSchema.extend({ next: z.enum(["home"]).optional() }),
  async handler({ next, ...input }, { db, member, revalidate, redirect }) {
    const saved = await updateProfile(db, { memberId: member.id, ...input });
    if (!saved.ok) return { ok: false, fieldErrors: saved.fieldErrors };
    revalidate("/", "layout");
    if (next === "home") return redirect("/?welcome=1");
    return { ok: true, message: "profileEdit.saved" };
  },
});

/** "Skip for now" on the onboarding. */
export const skipOnboardingAction = memberAction({
  name: "skipOnboarding",
  input: z.object({}),
  async handler(_input, { db, member, redirect }) {
    await finishOnboarding(db, { memberId: member.id });
    return redirect("/");
  },
});

export const removePhotoAction = memberAction({
  name: "removePhoto",
  input: z.object({}),
  async handler(_input, { db, member, revalidate }) {
    await removePhoto(db, { memberId: member.id });
    revalidate("/", "layout");
    return { ok: true, message: "profileEdit.photo.removed" };
  },
});
