import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite is real PostgreSQL compiled to WASM; bundling it breaks its file loading.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "nodemailer"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
