import Bowser from "bowser";

/** "Firefox on Linux" from a User-Agent, or null when it says too little (Settings → Security). */
export function describeDevice(userAgent: string): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent.slice(0, 300));
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (!browser || !os) return null;
  return { browser, os };
}
