"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** "123 / 1900" under a field; red when over. Counting is done by the caller with countCharacters. */
export function CharacterCount({ id, used, max }: { id: string; used: number; max: number }) {
  const t = useTranslations("compose");
  const over = used > max;
  return (
    <p
      id={id}
      className={cn(
        "text-right text-xs tabular-nums",
        over ? "font-semibold text-red-700" : "text-slate-600",
      )}
    >
      <span aria-hidden="true">
        {used} / {max}
      </span>
      <span className="sr-only">{t("counterLabel", { used, max })}</span>
    </p>
  );
}
