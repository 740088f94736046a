/** The green "active now" dot beside a connection's name or picture; `label` is "Active now". */
export function PresenceDot({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center" title={label}>
      <span aria-hidden="true" className="size-2.5 rounded-full bg-emerald-500 ring-2 ring-white" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
