import { randomBytes } from "node:crypto";

/** "Anna Müller" → "anna-muller-3f9a1c": readable, URL-safe and unique enough with the suffix. */
export function slugifyName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 40)
    .replace(/^-+|-+$/g, "");
  return slug || "member";
}

export function makeHandle(name: string, suffix = randomBytes(3).toString("hex")): string {
  return `${slugifyName(name)}-${suffix}`;
}
