"use client";

import { useTranslations } from "next-intl";

/**
 * A page that failed to render. Every page loads this boundary's code, so its button spells the
 * primary button's classes (components/ui/button.tsx) instead of importing `Button`, its
 * variants and helpers into every page's JavaScript.
 */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("unexpected")}</p>
      <button
        type="button"
        className="mt-6 inline-flex h-10 items-center justify-center gap-2 whitespace-nowrap rounded-full bg-brand-700 px-5 text-sm font-semibold text-white transition-colors hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        onClick={reset}
      >
        {t("tryAgain")}
      </button>
    </main>
  );
}
