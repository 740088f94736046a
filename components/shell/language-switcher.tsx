"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { LOCALES } from "@/lib/i18n/config";

/** A native select: keyboard- and screen-reader-friendly without extra widgets. */
export function LanguageSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  return (
    <label className={`inline-flex items-center gap-2 text-sm text-slate-700 ${className}`}>
      <span>{t("label")}</span>
      <select
        name="locale"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const data = new FormData();
          data.set("locale", event.target.value);
          startTransition(async () => {
            await setLocaleAction(null, data);
          });
        }}
        className="h-9 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
