"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cn";

/**
 * "123 / 1900" under a field; when over, red and with a sentence that says by how much.
 * The caller counts with liveCount (lib/text/fields.ts), the server's own function.
 */
export function CharacterCount({ id, used, max }: { id: string; used: number; max: number }) {
  const t = useTranslations("compose");
  const over = used - max;
  return (
    <p
      id={id}
      aria-live="polite"
      className={cx(
        "flex justify-end gap-2 text-right text-xs tabular-nums",
        over > 0 ? "font-semibold text-red-700" : "text-slate-600",
      )}
    >
      {over > 0 && <span>{t("overBy", { count: over })}</span>}
      <span aria-hidden="true">
        {used} / {max}
      </span>
      <span className="sr-only">{t("counterLabel", { used, max })}</span>
    </p>
  );
}
