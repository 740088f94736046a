import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { memberPhotos, members } from "@/db/schema";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import {
  PHOTO_MAX_BYTES,
  PHOTO_SIZE,
  processPhoto,
  readPhoto,
  removePhoto,
  replacePhoto,
} from "./photos";

const picture = (width: number, height: number, format: "png" | "jpeg" = "png") => {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 10, g: 102, b: 194 } },
  });
  return (format === "png" ? image.png() : image.jpeg()).toBuffer();
};

describe("profile photos", () => {
  it("re-encodes any accepted picture as a square WebP without its metadata", async () => {
    const withExif = await sharp(await picture(1200, 800, "jpeg"))
      .withExif({ IFD0: { Copyright: "secret camera owner", Make: "Camera" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const result = await processPhoto(withExif);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.photo.content).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([PHOTO_SIZE, PHOTO_SIZE]);
    expect(meta.exif).toBeUndefined();
    expect(result.photo.content.includes(Buffer.from("secret camera owner"))).toBe(false);
  });

  it("judges by content: text named .png, an empty file and a truncated image are refused", async () => {
    const png = await picture(300, 300);
    expect(await processPhoto(Buffer.from("<svg onload=alert(1)></svg>"))).toEqual({
      ok: false,
      reason: "not_an_image",
    });
    expect(await processPhoto(new Uint8Array())).toEqual({ ok: false, reason: "not_an_image" });
    expect(await processPhoto(png.subarray(0, png.length / 2))).toEqual({
      ok: false,
      reason: "not_an_image",
    });
    // SVG is a document, not a picture: refused even when it is well formed.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200"/></svg>',
    );
    expect(await processPhoto(svg)).toEqual({ ok: false, reason: "not_an_image" });
  });

  it("refuses too many bytes before decoding, too many pixels, and tiny pictures", async () => {
    expect(await processPhoto(new Uint8Array(PHOTO_MAX_BYTES + 1))).toEqual({
      ok: false,
      reason: "too_large",
    });
    // A small file that holds 42 million pixels.
    const huge = await picture(7_000, 6_000);
    expect(huge.byteLength).toBeLessThan(PHOTO_MAX_BYTES);
    expect(await processPhoto(huge)).toEqual({ ok: false, reason: "too_large" });
    expect(await processPhoto(await picture(40, 40))).toEqual({ ok: false, reason: "too_small" });
  });

  it("a new photo replaces the old one in one step; removing it leaves initials", async () => {
    const member = await createMember(testDb());
    const first = await processPhoto(await picture(500, 500));
    const second = await processPhoto(await picture(640, 480, "jpeg"));
    if (!first.ok || !second.ok) throw new Error("pictures refused");
    const firstId = await replacePhoto(testDb(), { memberId: member.id, photo: first.photo });
    const secondId = await replacePhoto(testDb(), { memberId: member.id, photo: second.photo });
    expect(secondId).not.toBe(firstId);
    const [row] = await testDb()
      .select({ photoId: members.photoId })
      .from(members)
      .where(eq(members.id, member.id));
    expect(row?.photoId).toBe(secondId);
    expect(await readPhoto(testDb(), { photoId: firstId })).toBeNull();
    expect((await readPhoto(testDb(), { photoId: secondId }))?.contentType).toBe("image/webp");

    await removePhoto(testDb(), { memberId: member.id });
    const rows = await testDb()
      .select()
      .from(memberPhotos)
      .where(eq(memberPhotos.memberId, member.id));
    expect(rows).toHaveLength(0);
  });

  it("two uploads at once leave exactly one photo", async () => {
    const member = await createMember(testDb());
    const photos = await Promise.all([picture(300, 300), picture(400, 300)].map(async (p) => p));
    const processed = await Promise.all(photos.map((p) => processPhoto(p)));
    await Promise.all(
      processed.map((p) => {
        if (!p.ok) throw new Error("refused");
        return replacePhoto(testDb(), { memberId: member.id, photo: p.photo });
      }),
    );
    const rows = await testDb()
      .select({ id: memberPhotos.id })
      .from(memberPhotos)
      .where(eq(memberPhotos.memberId, member.id));
    const [owner] = await testDb()
      .select({ photoId: members.photoId })
      .from(members)
      .where(eq(members.id, member.id));
    expect(rows).toHaveLength(1);
    expect(owner?.photoId).toBe(rows[0]?.id);
  });
});
