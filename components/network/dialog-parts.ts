// Shared look of the invitation dialogs (radix Dialog / AlertDialog): overlay and panel.
export const overlayClass = "fixed inset-0 z-50 bg-slate-900/50";
export const panelClass =
  "fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl focus:outline-none";
export const titleClass = "text-lg font-semibold text-slate-900";
export const descriptionClass = "text-sm text-slate-700";
