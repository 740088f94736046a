"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * A button that shows a panel (the disclosure pattern of the ARIA practices: for a few links or
 * actions, a menu library is not needed). Escape closes it and gives focus back to the button;
 * a click outside or tabbing past the panel closes it.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const element = root.current;
    const outside = (event: PointerEvent) => {
      if (!element?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    // Tabbing past the last item; a click elsewhere is the pointer handler's.
    const focusLeft = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !element?.contains(next)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", onEscape);
    element?.addEventListener("focusout", focusLeft);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", onEscape);
      element?.removeEventListener("focusout", focusLeft);
    };
  }, [open]);

  return {
    open,
    setOpen,
    rootProps: { ref: root },
    buttonProps: {
      ref: button,
      type: "button" as const,
      "aria-expanded": open,
      // Named while open: a panel may be drawn only then (the member menu).
      "aria-controls": open ? panelId : undefined,
      onClick: () => setOpen((was) => !was),
    },
    panelProps: { id: panelId, hidden: !open },
  };
}
