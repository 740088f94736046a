"use client";

import { AlertDialog as Dialog } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

// A confirmation before something with consequences. Controlled by its caller (open /
// onOpenChange) so an action can run in a transition and the dialog can show its result.

export const AlertDialog = Dialog.Root;
export const AlertDialogCancel = Dialog.Cancel;
export const AlertDialogAction = Dialog.Action;

export function AlertDialogContent({
  className,
  children,
  ...props
}: ComponentProps<typeof Dialog.Content>) {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
      <Dialog.Content
        className={cn(
          "fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl",
          className,
        )}
        {...props}
      >
        {children}
      </Dialog.Content>
    </Dialog.Portal>
  );
}

export function AlertDialogTitle({ className, ...props }: ComponentProps<typeof Dialog.Title>) {
  return (
    <Dialog.Title className={cn("text-lg font-semibold text-slate-900", className)} {...props} />
  );
}

export function AlertDialogDescription({
  className,
  ...props
}: ComponentProps<typeof Dialog.Description>) {
  return <Dialog.Description className={cn("text-sm text-slate-700", className)} {...props} />;
}
