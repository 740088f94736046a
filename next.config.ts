import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native addons and Node-only libraries stay plain `require`s instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "nodemailer", "postgres"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
