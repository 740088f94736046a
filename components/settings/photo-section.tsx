import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { buttonVariants } from "@/components/ui/button";
import { cx } from "@/components/ui/cn";
import { PHOTO_MAX_BYTES } from "@/lib/profile/photos";
import { RemovePhotoButton } from "./remove-photo-button";

const OUTCOMES = [
  "saved",
  "too_large",
  "too_small",
  "not_an_image",
  "missing",
  "rate_limited",
] as const;
type Outcome = (typeof OUTCOMES)[number];

/**
 * The photo: a plain multipart form to the upload route (no JavaScript needed), which answers
 * with a redirect back here carrying the outcome (?photo=…), shown next to the field.
 */
export async function PhotoSection({
  member,
  outcome,
  returnTo,
}: {
  member: { id: string; name: string; photoId: string | null };
  outcome?: string;
  returnTo: "/settings/profile" | "/welcome";
}) {
  const t = await getTranslations("profileEdit.photo");
  const mb = PHOTO_MAX_BYTES / 1024 / 1024;
  const known = OUTCOMES.includes(outcome as Outcome) ? (outcome as Outcome) : undefined;
  const failed = known && known !== "saved";
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <Avatar name={member.name} seed={member.id} photoId={member.photoId} size="xl" />
      <div className="min-w-0 flex-1 space-y-3">
        <p className="text-sm text-slate-700">{member.photoId ? t("current") : t("none")}</p>
        <form
          action={`/api/profile/photo?returnTo=${encodeURIComponent(returnTo)}`}
          method="post"
          encType="multipart/form-data"
          className="space-y-2"
        >
          <label htmlFor="photo" className="block text-sm font-semibold text-slate-800">
            {t("choose")}
          </label>
          <input
            id="photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif"
            aria-describedby={failed ? "photo-hint photo-error" : "photo-hint"}
            aria-invalid={failed ? true : undefined}
            className="block w-full max-w-md text-sm text-slate-700 file:mr-3 file:rounded-full file:border file:border-brand-700 file:bg-white file:px-4 file:py-1.5 file:font-semibold file:text-brand-700 hover:file:bg-brand-50"
          />
          <p id="photo-hint" className="text-xs text-slate-600">
            {t("intro", { mb })}
          </p>
          {failed && (
            <p id="photo-error" role="alert" className="text-sm font-medium text-red-700">
              {t(known, { mb })}
            </p>
          )}
          {known === "saved" && (
            <p role="status" className="text-sm font-medium text-emerald-800">
              {t("saved")}
            </p>
          )}
          <div className="flex flex-wrap gap-2 pt-1">
            <button type="submit" className={cx(buttonVariants({ variant: "secondary" }))}>
              {t("upload")}
            </button>
          </div>
        </form>
        {member.photoId && <RemovePhotoButton />}
      </div>
    </div>
  );
}
