"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/state";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * Runs a server action from a button or a dialog (no <form> that could unmount with it): the
 * result stays in this component's state, and a second click while pending is ignored.
 */
export function useMemberAction<T = unknown>(action: Action<T>) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<ActionState<T>>(null);
  const router = useRouter();
  function run(fields: Record<string, string>, onDone?: (state: ActionState<T>) => void) {
    if (pending) return;
    const formData = new FormData();
    for (const [key, value] of Object.entries(fields)) formData.set(key, value);
    startTransition(async () => {
      const result = await action(null, formData);
      setState(result);
      onDone?.(result);
      if (result?.ok) router.refresh();
    });
  }
  return { pending, state, run, reset: () => setState(null) };
}
