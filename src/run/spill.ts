// Spill folders (/tmp/kg-spill-<pid>-XXXXXX) hold the workers' extractions during a run and are
// removed at its end. A run killed with kill -9 cannot remove its own: the next run removes every
// one whose process is gone (issue 13). Only folders of this user are touched.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'kg-spill-';
/** Folders of the older naming without a pid: removed once they are this old. */
const NAMELESS_MAX_AGE_MS = 24 * 3600_000;

/** A new spill folder whose name carries this process's pid. */
export function makeSpillDir(base: string = tmpdir()): string {
  return mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the spill folders in `base` left by processes that are gone; returns their paths. */
export function removeDeadSpillDirs(base: string = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(base).filter((name) => name.startsWith(PREFIX));
  } catch {
    return removed;
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  for (const name of names) {
    const dir = join(base, name);
    try {
      const stats = statSync(dir);
      if (!stats.isDirectory() || (uid !== null && stats.uid !== uid)) continue;
      const pid = /^kg-spill-(\d+)-/.exec(name)?.[1];
      const dead = pid !== undefined ? Number(pid) !== process.pid && !alive(Number(pid)) : Date.now() - stats.mtimeMs > NAMELESS_MAX_AGE_MS;
      if (!dead) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
