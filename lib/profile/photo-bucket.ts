import { AwsClient } from "aws4fetch";
import type { PhotoBucket } from "@/lib/env";

// Profile photos in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …), addressed
// path-style (https://endpoint/bucket/key), signed with AWS Signature V4. Objects are private:
// the app reads them and serves them to signed-in members under its own URL, so a bucket never
// needs public access and a photo's audience stays the same wherever it is stored.

/** Longest wait for one bucket request: a stuck bucket must not hold a request for ever. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface PhotoObjects {
  put(key: string, content: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none under this key. */
  get(key: string): Promise<Buffer | null>;
  /** Deletes one object; deleting what is already gone succeeds. */
  delete(key: string): Promise<void>;
}

/** The bucket's object key of a photo. */
export function photoObjectKey(photoId: string): string {
  return `photos/${photoId}.webp`;
}

export function photoObjects(bucket: PhotoBucket): PhotoObjects {
  const client = new AwsClient({
    accessKeyId: bucket.accessKeyId,
    secretAccessKey: bucket.secretAccessKey,
    service: "s3",
    region: bucket.region,
  });
  const base = `${bucket.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(bucket.bucket)}`;
  const url = (key: string) => `${base}/${key.split("/").map(encodeURIComponent).join("/")}`;
  const send = (key: string, init: RequestInit) =>
    client.fetch(url(key), { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

  return {
    async put(key, content, contentType) {
      const response = await send(key, {
        method: "PUT",
        body: new Uint8Array(content),
        headers: { "Content-Type": contentType, "Content-Length": String(content.byteLength) },
      });
      await expectOk(response, "PUT", key);
    },
    async get(key) {
      const response = await send(key, { method: "GET" });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      await expectOk(response, "GET", key, false);
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await send(key, { method: "DELETE" });
      if (response.status === 404) return;
      await expectOk(response, "DELETE", key);
    },
  };
}

async function expectOk(response: Response, method: string, key: string, drain = true) {
  if (response.ok) {
    if (drain) await response.body?.cancel();
    return;
  }
  // S3 explains a refusal in a short XML body (AccessDenied, NoSuchBucket, …): keep its code.
  const detail = (await response.text()).slice(0, 300).match(/<Code>([^<]+)<\/Code>/)?.[1];
  throw new Error(
    `photo bucket ${method} ${key}: HTTP ${response.status}${detail ? ` ${detail}` : ""}`,
  );
}
