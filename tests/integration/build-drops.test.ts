// Drops, end to end (issue 11): `kg build` of a small folder of sentences written for this test
// says in its summary how many things it dropped and why ("Dropped: ..."), and `-v` lists each
// one on its own line with its article, its sentence and its reason from the fixed list
// (DropReason, src/run/drops.ts). What was dropped is not in the graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { hasStackTrace, lines, runKg } from '../setup/robust-helpers';
import { DROP_REASONS, DropTally, dropReasonText } from '../../src/run/drops';

jest.setTimeout(240_000);

const ARTICLES: Record<string, string> = {
  'lima.txt': [
    'Lima summit ends',
    '',
    // an agency that only relays the speaker: its claim is dropped
    'Sergei Lavrov told Antony Blinken that the talks would continue, TASS reported.',
    // an unnamed speaker
    'A source close to the ministry denied that the border had been moved.',
  ].join('\n'),
  'grain.txt': [
    'Grain corridor',
    '',
    'Turkey and Ukraine signed the grain deal on Friday.',
    // a title nobody holds in the article: not resolved, so its affiliation has no node
    'A Turkish deputy minister had attended the signing in Istanbul.',
  ].join('\n'),
};

let db: GraphDatabase;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-drops-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, name), `${text}\n`);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

beforeEach(() => wipeDatabase(db));

test('the build summary counts the drops by reason; -v lists each with its article and sentence', async () => {
  const run = await runKg(['build', dir, '-v']);
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(run.code).toBe(0);
  const listed = lines(run.stderr).filter((l) => l.startsWith('dropped: '));
  // every listed drop names its article file, the sentence (1-based) and a reason of the fixed list, then the words
  const tally = new DropTally();
  for (const l of listed) {
    const m = /^dropped: (.+?\.txt): sentence (\d+): ([^:"]+): "([^"]*)"/.exec(l);
    expect(m).not.toBeNull();
    const reason = DROP_REASONS.find((r) => dropReasonText(r) === m![3]);
    expect(reason).toBeDefined();
    tally.count(reason!);
  }
  // the summary counts exactly what -v lists, reason by reason
  expect(lines(run.stdout)).toContain(`Dropped:       ${tally.summary()} (-v lists them)`);
  const line = (file: string, sentence: number, reason: string): string | undefined =>
    listed.find((l) => l.startsWith(`dropped: ${path.join(dir, file)}: sentence ${sentence}: ${reason}: `));
  expect(line('lima.txt', 2, 'claim only relayed by an agency')).toMatch(/"TASS" in "Sergei Lavrov told Antony Blinken/);
  expect(line('lima.txt', 3, 'claim by an unnamed speaker')).toMatch(/"denied" in "A source close to the ministry denied/);
  expect(line('grain.txt', 3, 'mention not resolved')).toMatch(/"Turkish deputy minister"/);
  expect(line('grain.txt', 3, 'edge without its node')).toMatch(/"Turkish deputy minister"/);
  expect(tally.get('claim-relayed')).toBe(1);
  // what was dropped is not in the graph: the agency's relay, a claim of the unnamed source
  expect(await column<number>(db, "MATCH (:Organization {name: 'TASS'})-[r]->() RETURN count(r)")).toEqual([0]);
  expect(await column<string>(db, "MATCH (:Person {name: 'Sergei Lavrov'})-[r:STATEMENT]->(x) RETURN x.name")).toEqual(['Antony Blinken']);
  expect(await column<number>(db, "MATCH ()-[r]->() WHERE r.evidence STARTS WITH 'A source close to' RETURN count(r)")).toEqual([0]);
});

test('without -v the counts are in the summary and no drop is listed', async () => {
  const run = await runKg(['build', dir]);
  expect(run.code).toBe(0);
  expect(lines(run.stdout).some((l) => /^Dropped: +\d+ /.test(l))).toBe(true);
  expect(lines(run.stderr).filter((l) => l.startsWith('dropped: '))).toEqual([]);
});

test('kg extract with 1 and 2 workers says the same drops, on one line after the export line', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'kg-drops-out-'));
  let one, two;
  try {
    one = await runKg(['extract', dir, '--json', path.join(out, 'one.json'), '--workers', '1']);
    two = await runKg(['extract', dir, '--json', path.join(out, 'two.json'), '--workers', '2']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const dropped = (stderr: string): string[] => lines(stderr).filter((l) => l.startsWith('dropped: '));
  expect(dropped(one.stderr)).toHaveLength(1);
  expect(dropped(one.stderr)[0]).toMatch(/^dropped: \d+ [a-z]/);
  expect(dropped(two.stderr)).toEqual(dropped(one.stderr));
});
