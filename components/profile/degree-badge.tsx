import { getTranslations } from "next-intl/server";
import type { Degree } from "@/db/queries/network";

export async function DegreeBadge({ degree }: { degree: Degree }) {
  const t = await getTranslations("profile");
  if (degree === 0) return null;
  const short =
    degree === 1
      ? t("degree1")
      : degree === 2
        ? t("degree2")
        : degree === 3
          ? t("degree3")
          : t("degreeOut");
  const label = degree === null ? t("degreeOut") : t("degreeLabel", { degree: short });
  return (
    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
      <span aria-hidden="true">· {short}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
