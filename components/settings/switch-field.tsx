/**
 * An on/off setting: a native checkbox with role="switch" (so it submits "on" like any checkbox
 * and resets with its form), drawn as a track and knob, with the state also written as a word
 * so it is not told by colour alone.
 */
export function SwitchField({
  id,
  name,
  label,
  hint,
  error,
  defaultChecked,
  onLabel,
  offLabel,
  disabled,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error?: string;
  defaultChecked: boolean;
  onLabel: string;
  offLabel: string;
  /** Shown but not changeable (say why in the hint). */
  disabled?: boolean;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4">
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      <span className="relative mt-0.5 inline-flex shrink-0 items-center gap-2">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its own checked state (ARIA in HTML: no aria-checked on it)
          role="switch"
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          disabled={disabled}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          className="peer absolute inset-0 z-10 size-full cursor-pointer opacity-0 disabled:cursor-not-allowed"
        />
        <span
          aria-hidden="true"
          className="h-6 w-11 rounded-full bg-slate-500 transition-colors peer-disabled:bg-slate-300 peer-checked:bg-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700"
        />
        <span
          aria-hidden="true"
          className="absolute left-0.5 top-0.5 size-5 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5"
        />
        <span
          aria-hidden="true"
          className="w-8 text-sm font-semibold text-slate-700 peer-checked:hidden"
        >
          {offLabel}
        </span>
        <span
          aria-hidden="true"
          className="hidden w-8 text-sm font-semibold text-brand-800 peer-checked:inline"
        >
          {onLabel}
        </span>
      </span>
      <p id={`${id}-hint`} className="col-span-2 mt-1 text-sm text-slate-600">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="col-span-2 mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
