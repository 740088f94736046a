import type { z } from "zod";

/**
 * Opaque keyset cursors for "next/previous page" links: the last row's sort key as base64url
 * JSON, checked against its schema when it comes back. A forged, stale or oversized cursor reads
 * as none (the first page) — a bad link never errors.
 */
export function cursorCodec<S extends z.ZodType>(schema: S, maxLength: number) {
  return {
    encode(cursor: z.infer<S>): string {
      return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
    },
    decode(value: string | undefined | null): z.infer<S> | null {
      if (!value || value.length > maxLength) return null;
      try {
        const parsed = schema.safeParse(
          JSON.parse(Buffer.from(value, "base64url").toString("utf8")),
        );
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}
