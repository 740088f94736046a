// The response headers of every page and file (next.config.ts: headers()), and the per-request
// Content-Security-Policy with its nonce (proxy.ts), as Next.js documents the pattern.

export interface CspOptions {
  nonce: string;
  /** next dev needs eval for React's debugging and a WebSocket for hot reload. */
  development: boolean;
  /** Stripe Checkout is a top-level navigation, but a form may post to it. */
  extraFormActions?: string[];
}

export function contentSecurityPolicy({ nonce, development, extraFormActions = [] }: CspOptions) {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': scripts the nonced ones load are trusted; nothing else runs.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // next dev injects its styles inline without a nonce (a nonce would disable 'unsafe-inline').
    "style-src": ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // Style attributes set by components (popover positions); they cannot run code.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'", ...extraFormActions],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'none'"],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Headers for every response, static files included (HSTS is set per request by proxy.ts). */
export function staticSecurityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
