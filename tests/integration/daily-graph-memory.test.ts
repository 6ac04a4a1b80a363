// Resolution that knows the graph (issue 12): loading articles day by day, in any order, gives the
// graph that loading them together gives: the same entities, edges and ids. The Miano case (a
// surname alone the next day) and the dev fixtures in several orders, through the compiled CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { fingerprint, ROOT, runKg, type GraphFingerprint } from '../setup/robust-helpers';

jest.setTimeout(900_000);

let db: GraphDatabase;
const MIANO = path.join(ROOT, 'tests', 'fixtures', 'daily', 'miano');
const DEV = path.join(ROOT, 'tests', 'fixtures', 'dev', 'articles');
const COUNCIL = path.join(ROOT, 'tests', 'fixtures', 'daily', 'council');

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

async function load(groups: string[][]): Promise<GraphFingerprint> {
  await wipeDatabase(db);
  for (const files of groups) {
    const run = await runKg(['build', ...files]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
  }
  return fingerprint(db);
}

const filesOf = (dir: string): string[] => fs.readdirSync(dir).sort().map((name) => path.join(dir, name));

test('Miano: a surname alone the next day joins the full name loaded the day before, in either order', async () => {
  const [day1, day2] = filesOf(MIANO);
  const together = await load([[day1, day2]]);
  const claims = await column<string>(db, "MATCH (:Person {name: 'Rebecca Miano'})-[r:STATEMENT|PROPOSAL]->() MATCH (a:Article {id: r.article}) RETURN DISTINCT a.source ORDER BY a.source");
  expect(claims).toEqual(['day1-kenya-offers-talks.txt', 'day2-miano-proposes.txt']);
  expect(await load([[day1], [day2]])).toEqual(together);
  expect(await load([[day2], [day1]])).toEqual(together);
});

test('an organisation is named as its articles write it, whichever day wrote which form', async () => {
  // day 1 writes "U.N. Security Council" and "Defense Department", day 2 knowledge's "United Nations
  // Security Council" and "Pentagon" (src/resolve/written-names.ts)
  const [day1, day2] = filesOf(COUNCIL);
  const organizations = (): Promise<string[]> => column<string>(db, 'MATCH (o:Organization) RETURN o.name ORDER BY o.name');
  await load([[day2]]);
  expect(await organizations()).toEqual(['Pentagon', 'United Nations Security Council']);
  await load([[day1]]);
  expect(await organizations()).toEqual(['Defense Department', 'U.N. Security Council']);
  const together = await load([[day1, day2]]);
  expect(await organizations()).toEqual(['Defense Department', 'United Nations Security Council']);
  expect(await load([[day1], [day2]])).toEqual(together);
  expect(await load([[day2], [day1]])).toEqual(together);
});

test('a state is named as its articles write it, whichever day wrote which form', async () => {
  // day 1 writes "Burma", day 2 knowledge's "Myanmar" (src/resolve/written-names.ts stateNodeName)
  const [day1, day2] = filesOf(COUNCIL);
  const burmese = (): Promise<string[]> => column<string>(db, "MATCH (s:State) WHERE s.name IN ['Burma', 'Myanmar'] RETURN s.name");
  await load([[day1]]);
  expect(await burmese()).toEqual(['Burma']);
  await load([[day2]]);
  expect(await burmese()).toEqual(['Myanmar']);
  const together = await load([[day1, day2]]);
  expect(await burmese()).toEqual(['Myanmar']);
  expect(await load([[day1], [day2]])).toEqual(together);
  expect(await load([[day2], [day1]])).toEqual(together);
});

test('the dev fixtures loaded one at a time, forwards and backwards, and in two halves, equal one load', async () => {
  const files = filesOf(DEV);
  const together = await load([files]);
  expect(await load(files.map((f) => [f]))).toEqual(together);
  expect(await load([...files].reverse().map((f) => [f]))).toEqual(together);
  const half = Math.ceil(files.length / 2);
  expect(await load([files.slice(half), files.slice(0, half)])).toEqual(together);
});
