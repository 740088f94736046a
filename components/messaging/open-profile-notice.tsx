import { getTranslations } from "next-intl/server";

/** In place of the credit summary when the recipient has an Open Profile: nothing is spent. */
export async function OpenProfileNotice({ name }: { name: string }) {
  const t = await getTranslations("privacy.openProfile");
  return (
    <div className="space-y-1 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
      <p className="font-semibold">{t("composeFree")}</p>
      <p>{t("composeFreeHint", { name })}</p>
    </div>
  );
}
