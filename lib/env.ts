import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Configuration is read and validated once, here. Everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** production | test | development. Dev tools (captured-mail page, test clock) are off in production. */
  APP_ENV: z.enum(["development", "test", "production"]).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Connections per process in the app's pool (instances × pool size < max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Set by db/embedded/run.ts when the server runs on the embedded PostgreSQL. */
  EMBEDDED_POSTGRES: z.string().optional(),
  DATA_DIR: z.string().trim().default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** The public origin for links in mail and payment returns; unset: this server's own port. */
  APP_URL: z.url().default(`http://localhost:${process.env.PORT || 3000}`),
  /**
   * How many reverse proxies of ours stand in front of the app and append to X-Forwarded-For.
   * 0 (default): the client address is the TCP peer and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  MAIL_FROM: z.string().default("InMail <no-reply@inmail.local>"),
  DEMO_DATA: z.enum(["auto", "on", "off"]).default("auto"),
  /** "off": the server runs no job worker (run `npm run worker` processes instead). */
  WORKER: z.enum(["on", "off"]).default("on"),
  /** Jobs one worker process runs at a time. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Stripe secret key (sk_…, or a restricted rk_… key); with the webhook secret it turns on Stripe. */
  STRIPE_SECRET_KEY: optionalSecret(/^(sk|rk)_(test|live)_\w+$/, "must look like sk_test_…"),
  /** Signing secret of the webhook endpoint (whsec_…), from the dashboard or `stripe listen`. */
  STRIPE_WEBHOOK_SECRET: optionalSecret(/^whsec_\w+$/, "must look like whsec_…"),
  /**
   * An S3-compatible bucket for profile photos (AWS S3, MinIO, Cloudflare R2, …). Unset: photos
   * are stored in PostgreSQL. Endpoint, bucket and both keys are set together.
   */
  S3_ENDPOINT: optionalText().pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_BUCKET: optionalText(),
  S3_REGION: z.string().trim().default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalText(),
  S3_SECRET_ACCESS_KEY: optionalText(),
});

/** An optional setting: blank means unset. */
function optionalText() {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined);
}

/** An optional secret: blank means unset; otherwise it must have the provider's format. */
function optionalSecret(format: RegExp, message: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(format, message).optional());
}

export type Env = z.infer<typeof schema> & {
  appEnv: "development" | "test" | "production";
  devToolsEnabled: boolean;
  dataDir: string;
  mailDir: string;
  /** Both Stripe secrets are set: credit packs are paid through Stripe Checkout and its webhook. */
  stripeEnabled: boolean;
  /**
   * No Stripe and not production: the local test-mode checkout pays orders without money. Never
   * in production, where it would hand out credits for free.
   */
  localCheckoutEnabled: boolean;
  /** Where profile photos go: a bucket when S3_* is set, else PostgreSQL. */
  photoBucket: PhotoBucket | null;
};

export interface PhotoBucket {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const raw = parsed.data;
  // Half a Stripe configuration would take payments whose webhooks are refused, or the reverse.
  if (Boolean(raw.STRIPE_SECRET_KEY) !== Boolean(raw.STRIPE_WEBHOOK_SECRET)) {
    throw new Error(
      "Invalid configuration:\n  STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together",
    );
  }
  const s3 = [raw.S3_ENDPOINT, raw.S3_BUCKET, raw.S3_ACCESS_KEY_ID, raw.S3_SECRET_ACCESS_KEY];
  if (s3.some(Boolean) && !s3.every(Boolean)) {
    throw new Error(
      "Invalid configuration:\n  S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
    );
  }
  const photoBucket =
    raw.S3_ENDPOINT && raw.S3_BUCKET && raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY
      ? {
          endpoint: raw.S3_ENDPOINT,
          bucket: raw.S3_BUCKET,
          region: raw.S3_REGION,
          accessKeyId: raw.S3_ACCESS_KEY_ID,
          secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
        }
      : null;
  const appEnv = raw.APP_ENV ?? (raw.NODE_ENV === "production" ? "production" : "development");
  // Runtime paths, not build inputs: keep the bundler from tracing the whole project.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ raw.DATA_DIR);
  const stripeEnabled = Boolean(raw.STRIPE_SECRET_KEY && raw.STRIPE_WEBHOOK_SECRET);
  return {
    ...raw,
    appEnv,
    devToolsEnabled: appEnv !== "production",
    stripeEnabled,
    localCheckoutEnabled: !stripeEnabled && appEnv !== "production",
    photoBucket,
    dataDir,
    mailDir: path.join(/*turbopackIgnore: true*/ dataDir, "mail"),
  };
}

export const env: Env = load();

/**
 * The Auth.js secret. Production must set AUTH_SECRET; elsewhere a random one is generated once
 * and kept in the data directory so sessions survive restarts. It is never committed.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.appEnv === "production") {
    throw new Error("AUTH_SECRET is required in production (openssl rand -base64 33)");
  }
  const file = path.join(/*turbopackIgnore: true*/ env.dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(env.dataDir, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
