import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberPhotos } from "@/db/schema";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { queuedJobs, runJobs } from "@/db/testing/jobs";
import { env, type PhotoBucket } from "@/lib/env";
import { photoObjectKey, photoObjects } from "./photo-bucket";
import { processPhoto, readPhoto, removePhoto, replacePhoto } from "./photos";

// Photos in an S3-compatible bucket, against a real S3 protocol server on loopback (s3rver:
// access keys checked, objects on disk), configured the way S3_* configures the app.

let server: S3rver;
let directory: string;
let bucket: PhotoBucket;
const saved = env.photoBucket;

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), "inmail-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: "inmail-photos", configs: [] }],
  });
  const { port } = await server.run();
  bucket = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "inmail-photos",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  env.photoBucket = bucket;
});

afterAll(async () => {
  env.photoBucket = saved;
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

/** How many objects the bucket server holds (it keeps each as files in its directory). */
function storedObjects(): number {
  return readdirSync(path.join(directory, "inmail-photos"), { recursive: true }).filter((file) =>
    String(file).endsWith("._S3rver_object"),
  ).length;
}

async function aPhoto(shade: number) {
  const png = await sharp({
    create: { width: 300, height: 300, channels: 3, background: { r: shade, g: 102, b: 194 } },
  })
    .png()
    .toBuffer();
  const result = await processPhoto(png);
  if (!result.ok) throw new Error(result.reason);
  return result.photo;
}

describe("profile photos in a bucket", () => {
  it("keeps the bytes in the bucket, only the key in PostgreSQL, and serves them back", async () => {
    const member = await createMember(testDb());
    const photo = await aPhoto(10);
    const id = await replacePhoto(testDb(), { memberId: member.id, photo });
    const [row] = await testDb().select().from(memberPhotos).where(eq(memberPhotos.id, id));
    expect(row?.content).toBeNull();
    expect(row?.storageKey).toBe(photoObjectKey(id));
    const objects = photoObjects(bucket);
    expect((await objects.get(photoObjectKey(id)))?.equals(photo.content)).toBe(true);
    const read = await readPhoto(testDb(), { photoId: id });
    expect(read?.contentType).toBe("image/webp");
    expect(read?.content.equals(photo.content)).toBe(true);
  });

  it("deletes the replaced and removed photos' objects in a job, once committed", async () => {
    const member = await createMember(testDb());
    const objects = photoObjects(bucket);
    const first = await replacePhoto(testDb(), { memberId: member.id, photo: await aPhoto(20) });
    const second = await replacePhoto(testDb(), { memberId: member.id, photo: await aPhoto(30) });
    // Until the job runs the old object is still there; the old row is already gone.
    expect(await readPhoto(testDb(), { photoId: first })).toBeNull();
    expect(await objects.get(photoObjectKey(first))).not.toBeNull();
    await runJobs();
    expect(await objects.get(photoObjectKey(first))).toBeNull();
    expect(await objects.get(photoObjectKey(second))).not.toBeNull();

    await removePhoto(testDb(), { memberId: member.id });
    await runJobs();
    expect(await objects.get(photoObjectKey(second))).toBeNull();
    expect((await queuedJobs()).filter((job) => job.task === "photo:delete-objects")).toEqual([]);
  });

  it("a failed save leaves neither a row nor an object behind", async () => {
    const photo = await aPhoto(40);
    const before = await testDb().select({ id: memberPhotos.id }).from(memberPhotos);
    const objectsBefore = storedObjects();
    // No such member: the insert fails on its foreign key after the object was written.
    await expect(
      replacePhoto(testDb(), { memberId: "00000000-0000-4000-8000-000000000000", photo }),
    ).rejects.toThrow();
    const after = await testDb().select({ id: memberPhotos.id }).from(memberPhotos);
    expect(after).toHaveLength(before.length);
    expect(storedObjects()).toBe(objectsBefore);
  });

  it("a key the bucket refuses fails the upload with S3's reason, and writes no row", async () => {
    const member = await createMember(testDb());
    // (This server checks the access key; it does not recompute V4 signatures.)
    const wrong = photoObjects({ ...bucket, accessKeyId: "NOT-A-KEY" });
    await expect(wrong.put("photos/x.webp", Buffer.from("x"), "image/webp")).rejects.toThrow(
      /HTTP 403 InvalidAccessKeyId/,
    );
    await expect(
      replacePhoto(testDb(), { memberId: member.id, photo: await aPhoto(50), objects: wrong }),
    ).rejects.toThrow(/HTTP 403/);
    const rows = await testDb()
      .select({ id: memberPhotos.id })
      .from(memberPhotos)
      .where(eq(memberPhotos.memberId, member.id));
    expect(rows).toEqual([]);
  });
});
