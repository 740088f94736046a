import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts (git worktrees) run their journeys side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
/** The second app instance, for the journey that crosses instances. */
export const SECOND_PORT = PORT + 1;
const secondURL = `http://localhost:${SECOND_PORT}`;
const ci = Boolean(process.env.CI);

// Debian's Chromium, never a downloaded browser (`npx playwright install` fails offline).
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// The journeys run against a production build (`next build` first) on its own fresh data
// directory with the demo members seeded; the developer's .data/ is never touched.
const E2E_DATA_DIR = ".data/e2e";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: ci,
  retries: 0,
  // One production server on 2 cores: two workers at most.
  workers: ci ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    locale: "en-US",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // Start from an empty data directory every time, so journeys see only the demo seed.
      // The embedded PostgreSQL (in .data/e2e/postgres) starts with it and stops after it.
      command: `node -e "require('node:fs').rmSync('${E2E_DATA_DIR}', { recursive: true, force: true })" && PORT=${PORT} npm start`,
      url: baseURL,
      ...serverOptions(baseURL),
    },
    {
      // A second instance on the same database (the two-instance journey in live.spec.ts).
      command: `node e2e/second-instance.mjs ${baseURL} ${SECOND_PORT}`,
      url: secondURL,
      ...serverOptions(secondURL),
    },
  ],
});

/**
 * Both instances serve one public origin: APP_URL (links in mail, Stripe return URLs) is the
 * first one's, whichever worker sends the mail; AUTH_URL is each instance's own.
 */
function serverOptions(url: string) {
  return {
    reuseExistingServer: !ci,
    timeout: 180_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
    env: {
      DATA_DIR: E2E_DATA_DIR,
      // Both IPv4 and IPv6 loopback: "localhost" may resolve to either.
      HOSTNAME: "::",
      // The embedded database unless a journey run is pointed at a server on purpose.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      DEMO_DATA: "on",
      APP_ENV: "test",
      APP_URL: baseURL,
      AUTH_URL: url,
      AUTH_TRUST_HOST: "true",
      // Each journey's browser sends X-Forwarded-For as a proxy would (e2e/fixtures.ts).
      TRUSTED_PROXY_HOPS: "1",
      // A fixed secret for throwaway test sessions only; production sets its own.
      AUTH_SECRET: "e2e-only-secret-not-for-production-000000",
      SMTP_URL: "",
      LOG_LEVEL: "warn",
    },
  };
}
