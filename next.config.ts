import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogues are compiled at build time: the browser formats messages without the ICU
    // parser (intl-messageformat stays out of the client bundle).
    messages: {
      path: "./lib/i18n/messages",
      format: "json",
      locales: ["en", "de", "it"],
      sourceLocale: "en",
      precompile: true,
    },
  },
});

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (README: production).
  output: "standalone",
  // Native addons and Node-only libraries stay plain `require`s instead of being bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "nodemailer",
    "postgres",
    "graphile-worker",
    "pg",
    "rate-limiter-flexible",
  ],
  // The migrations are read at run time (db/migrate.ts): ship them with the standalone server.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // The dev server would print every server action's arguments (emails, messages): never.
  logging: { serverFunctions: false },
  experimental: {
    // The largest real form (an InMail: 200 + 1,900 characters, each up to 16 UTF-16 units)
    // fits with room to spare; anything bigger is refused before it is parsed.
    serverActions: { bodySizeLimit: "256kb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
