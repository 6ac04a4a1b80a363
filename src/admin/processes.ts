// Processes of the local server: pid files, "is this pid our JVM", stopping it, and the lock that
// keeps two installs or starts from running at once.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTRY_POINT, LocalServerError, POLL_MS, type LocalServerConfig, type LocalServerPaths, type Logger } from './config';

const STOP_TIMEOUT_MS = 60_000;

// ------------------------------------------------------------------ processes

export function readPid(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Alive and not a zombie (a zombie still answers kill -0 until its parent reaps it). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill -0
  }
}

export function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout : '';
  }
}

/** A pid can be reused after a crash: it is ours only if it runs the entry point on our home. */
export function isOurServer(pid: number, paths: LocalServerPaths): boolean {
  if (!processAlive(pid)) return false;
  const cmd = commandLineOf(pid);
  return cmd.includes(ENTRY_POINT) && cmd.includes(`--home-dir=${paths.home}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ------------------------------------------------------------------ lock

const LOCK_TIMEOUT_MS = 10 * 60_000;

/**
 * One install or start at a time per cache dir: two at once would run Maven into the same lib/,
 * or launch two JVMs of which one dies on the taken port and leaves its pid in the pid file.
 * The lock is a directory (mkdir is atomic) holding the owner's pid; a dead owner's lock is taken over.
 */
export async function withLock<T>(config: LocalServerConfig, what: string, log: Logger, fn: () => Promise<T>): Promise<T> {
  const lockDir = path.join(config.cacheDir, 'lock');
  const ownerFile = path.join(lockDir, 'pid');
  fs.mkdirSync(config.cacheDir, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(ownerFile, `${process.pid}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readPid(ownerFile);
    // No pid yet: the owner is between mkdir and write, unless that was long ago (it crashed).
    const orphaned = owner === null ? Date.now() - statMtime(lockDir) > 10_000 : !processAlive(owner);
    if (orphaned) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new LocalServerError(`Another process (pid ${owner}) has been ${what} for ${LOCK_TIMEOUT_MS / 60_000} minutes: stop it, or delete ${lockDir}.`);
    }
    if (!told) log(`Waiting for process ${owner}, which is ${what} ...`);
    told = true;
    await sleep(POLL_MS);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function statMtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

// ------------------------------------------------------------------ stop

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await sleep(200);
  }
  return !processAlive(pid);
}

/** SIGTERM lets Neo4j flush and close its stores; SIGKILL only when it hangs past the timeout. */
export async function stopPid(pid: number): Promise<{ forced: boolean }> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return { forced: false };
  }
  if (await waitForExit(pid, STOP_TIMEOUT_MS)) return { forced: false };
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await waitForExit(pid, 10_000);
  return { forced: true };
}