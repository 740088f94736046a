export function Logo({ className = "" }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 font-bold text-brand-700 ${className}`}>
      <svg viewBox="0 0 32 32" className="size-8" aria-hidden="true">
        <rect width="32" height="32" rx="6" className="fill-brand-700" />
        <path d="M7 11l9 6 9-6v10H7z" className="fill-white" />
        <path d="M7 9h18l-9 6z" className="fill-brand-200" />
      </svg>
      <span className="text-xl tracking-tight">InMail</span>
    </span>
  );
}
