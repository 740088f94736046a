import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Page not found": the same words wherever it shows; the caller decides the landmark. */
export async function NotFoundContent() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        {t("goHome")}
      </Link>
    </div>
  );
}
