// kg's output read by a program that stops reading (issue 13): `kg build seeds | head -3` and a
// long `kg cypher` result piped into `head` end quietly (no EPIPE stack trace, nothing on stderr).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { wipeDatabase, openTestDatabase } from '../setup/db';
import { ROOT } from '../setup/robust-helpers';

jest.setTimeout(180_000);

const KG = path.join(ROOT, 'bin', 'kg.js');

/** Runs `kg <args> | head -3` in a shell; kg's stderr goes to the result, not the terminal. */
function kgIntoHead(args: string[]): { stdout: string; kgStderr: string; kgStatus: number } {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `"${process.execPath}" "${KG}" ${quoted} 2>&3 | head -3; echo "kg-exit:\${PIPESTATUS[0]}" >&3`;
  const run = spawnSync('bash', ['-c', `exec 3>&2; ${script}`], { cwd: ROOT, encoding: 'utf8', env: process.env });
  const kgStderr = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: dist/') && !l.startsWith('kg-exit:')).join('\n');
  const kgStatus = Number(/kg-exit:(\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { stdout: run.stdout, kgStderr, kgStatus };
}

afterAll(async () => {
  const db = await openTestDatabase();
  await wipeDatabase(db);
  await db.close();
});

test('kg build seeds | head -3: three lines, and kg ends quietly', () => {
  const run = kgIntoHead(['build', path.join(ROOT, 'seeds')]);
  expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  expect(run.stdout).toMatch(/^Loaded 5 articles from 5 files/);
  expect(run.kgStderr).toBe('');
  expect(run.kgStatus).toBe(0);
});

test('a result far larger than the pipe into head: kg ends quietly on EPIPE', () => {
  const run = kgIntoHead(['cypher', 'UNWIND range(1, 200000) AS i RETURN i, "row number " + toString(i) AS label', '--json']);
  expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  expect(run.kgStderr).toBe('');
  expect(run.kgStatus).toBe(0);
});
