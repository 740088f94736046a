import pino from "pino";
import { env } from "@/lib/env";

// Structured JSON logs on stdout; one line per event, with context fields, never secrets.
export const log = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { service: "inmail" },
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token"],
    remove: true,
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});
