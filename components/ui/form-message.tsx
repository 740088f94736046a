import { cx } from "./cn";

/** The result of a form: a polite live region, so it is announced without stealing focus. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children?: string }) {
  return (
    <div aria-live="polite" role="status">
      {children ? (
        <p
          className={cx(
            "rounded-md border px-3 py-2 text-sm",
            tone === "error"
              ? "border-red-300 bg-red-50 text-red-800"
              : "border-emerald-300 bg-emerald-50 text-emerald-900",
          )}
        >
          {children}
        </p>
      ) : null}
    </div>
  );
}
