"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Input } from "@/components/ui/input";

/**
 * The "To" box: suggestions follow the typing (the page is asked again a moment after the last
 * keystroke). Without JavaScript it is a plain search form.
 */
export function RecipientQuery({
  id,
  initial,
  describedBy,
}: {
  id: string;
  initial: string;
  describedBy: string;
}) {
  const router = useRouter();
  const [value, setValue] = useState(initial);
  const [, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A pending lookup is dropped when the box goes away (not on every keystroke's render).
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return (
    <Input
      id={id}
      name="q"
      type="search"
      autoComplete="off"
      autoFocus
      maxLength={100}
      value={value}
      aria-describedby={describedBy}
      onChange={(event) => {
        const next = event.target.value;
        setValue(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const query = next.trim();
          startTransition(() => {
            router.replace(
              query ? `/messaging/new?q=${encodeURIComponent(query)}` : "/messaging/new",
              {
                scroll: false,
              },
            );
          });
        }, 250);
      }}
    />
  );
}
