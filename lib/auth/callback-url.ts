/**
 * Where to go after sign-in. Auth.js hands us the full URL of the page that asked for a session;
 * we keep only its path, so the redirect can never leave this site (no open redirect).
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//")) return fallback;
    if (url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
    return path;
  } catch {
    return fallback;
  }
}
