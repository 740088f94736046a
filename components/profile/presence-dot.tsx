import { getTranslations } from "next-intl/server";

/** The green "active now" dot beside a connection's name or picture. */
export async function PresenceDot() {
  const t = await getTranslations("inbox");
  return (
    <span className="inline-flex items-center" title={t("activeNow")}>
      <span aria-hidden="true" className="size-2.5 rounded-full bg-emerald-500 ring-2 ring-white" />
      <span className="sr-only">{t("activeNow")}</span>
    </span>
  );
}
