// Session lifetimes, shared by the cookie settings (lib/auth/config.ts, loaded by the proxy) and
// the session rows (lib/auth/sessions.ts).

/** A session ends after this long without a request… */
export const SESSION_IDLE_DAYS = 14;
/** …and after this long in any case. */
export const SESSION_MAX_DAYS = 30;
