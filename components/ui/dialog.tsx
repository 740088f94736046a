"use client";

import { createContext, type ReactNode, useContext, useEffect, useId, useRef } from "react";
import { cx } from "./cn";

// A modal dialog on the browser's own <dialog> (showModal): the top layer, an inert page behind
// it, focus moved into it and given back to the opener when it closes, Escape to cancel — with
// no dialog library in the page's JavaScript. Controlled by its caller (open / onOpenChange), so
// an action can run in a transition and the dialog can show its result or refuse to close while
// it runs. Its content is mounted only while it is open (a fresh form each time).

const DialogIds = createContext<{ titleId: string; descriptionId: string } | null>(null);

export function Dialog({
  open,
  onOpenChange,
  alert = false,
  size = "lg",
  className,
  children,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** A confirmation of something with consequences (role alertdialog). */
  alert?: boolean;
  size?: "md" | "lg";
  /** Adds (spacing); the width comes from `size`. */
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      role={alert ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      // Escape: the caller decides (it may keep the dialog open while an action runs).
      onCancel={(event) => {
        event.preventDefault();
        onOpenChange(false);
      }}
      onClose={() => {
        if (open) onOpenChange(false);
      }}
      className={cx(
        "m-auto w-[calc(100vw-2rem)] space-y-4 rounded-lg bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50",
        size === "md" ? "max-w-md" : "max-w-lg",
        className,
      )}
    >
      <DialogIds.Provider value={{ titleId, descriptionId }}>
        {open ? children : null}
      </DialogIds.Provider>
    </dialog>
  );
}

export function DialogTitle({ className, children }: { className?: string; children: ReactNode }) {
  const ids = useContext(DialogIds);
  return (
    <h2 id={ids?.titleId} className={cx("text-lg font-semibold text-slate-900", className)}>
      {children}
    </h2>
  );
}

export function DialogDescription({
  className,
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  const ids = useContext(DialogIds);
  return (
    <div id={ids?.descriptionId} className={cx("text-sm text-slate-700", className)}>
      {children}
    </div>
  );
}
