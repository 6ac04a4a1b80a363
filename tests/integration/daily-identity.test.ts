// Articles with identity (issue 12): an article is its source (path relative to the input folder,
// or URL); a changed file replaces its old version (edges, mentions, affiliations) and leaves no
// trace; `kg remove` and `kg build DIR --sync` take articles out with their edges, and entities no
// article mentions any more go too. Checked through the compiled CLI against the real Neo4j.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { fingerprint, lines, ROOT, runKg } from '../setup/robust-helpers';

jest.setTimeout(300_000);

let db: GraphDatabase;
let dir: string;
const SEEDS = path.join(ROOT, 'seeds');

beforeAll(async () => {
  db = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-identity-'));
});

afterAll(async () => {
  await db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function copySeeds(to: string): string[] {
  fs.mkdirSync(to, { recursive: true });
  const names = fs.readdirSync(SEEDS).sort();
  for (const name of names) fs.copyFileSync(path.join(SEEDS, name), path.join(to, name));
  return names;
}

/** What must hold after any replacement or removal. */
async function noTraces(goneIds: string[]): Promise<void> {
  expect(await column<number>(db, 'MATCH (a:Article) WHERE a.id IN $ids RETURN count(a)', { ids: goneIds })).toEqual([0]);
  expect(await column<number>(db, 'MATCH ()-[r]->() WHERE r.article IN $ids RETURN count(r)', { ids: goneIds })).toEqual([0]);
  expect(await column<string>(db, 'MATCH (e:Entity) WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) } RETURN e.name')).toEqual([]);
  // Every claim edge belongs to an article that is there.
  expect(await column<number>(db, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND NOT EXISTS { MATCH (a:Article {id: r.article}) } RETURN count(r)")).toEqual([0]);
}

async function build(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = await runKg(['build', ...args]);
  expect(run.stderr).not.toMatch(/internal error/);
  return run;
}

test('an edited article replaces its old version: the graph equals a fresh build of the edited folder', async () => {
  await wipeDatabase(db);
  const folder = path.join(dir, 'edit');
  const names = copySeeds(folder);
  const first = await build([folder]);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/^This build: +5 added, 0 changed, 0 unchanged, 0 removed$/m);
  const victim = path.join(folder, names[1]);
  const oldIds = await column<string>(db, 'MATCH (a:Article {source: $source}) RETURN a.id', { source: names[1] });
  expect(oldIds).toHaveLength(1);
  // The correction: the article's second half is gone, a new sentence comes in.
  const text = fs.readFileSync(victim, 'utf8');
  fs.writeFileSync(victim, `${text.slice(0, Math.floor(text.length / 2))}\n\nPolish Prime Minister Donald Tusk said on Friday that Poland would propose new talks with Lithuania.\n`);
  const second = await build([folder]);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/^This build: +0 added, 1 changed, 4 unchanged, 0 removed$/m);
  expect(await column<number>(db, 'MATCH (a:Article) RETURN count(a)')).toEqual([5]);
  await noTraces(oldIds);
  const incremental = await fingerprint(db);
  await wipeDatabase(db);
  expect((await build([folder])).code).toBe(0);
  expect(await fingerprint(db)).toEqual(incremental);
});

test('kg remove takes an article out with its edges and the entities only it mentioned', async () => {
  await wipeDatabase(db);
  const folder = path.join(dir, 'remove');
  const names = copySeeds(folder);
  expect((await build([folder])).code).toBe(0);
  const [id] = await column<string>(db, 'MATCH (a:Article {source: $source}) RETURN a.id', { source: names[3] });
  const before = await column<number>(db, 'MATCH (e:Entity) RETURN count(e)');
  const run = await runKg(['remove', names[3], 'no-such-article.txt']);
  expect(run.code).toBe(2); // one key named nothing
  expect(lines(run.stderr)).toEqual(['not in the graph: no-such-article.txt (give an article\'s source, URL, path as loaded, or id)']);
  expect(run.stdout).toMatch(new RegExp(`^removed: ${names[3].replace('.', '\\.')} \\(${id}\\)$`, 'm'));
  expect(await column<number>(db, 'MATCH (a:Article) RETURN count(a)')).toEqual([4]);
  await noTraces([id]);
  expect((await column<number>(db, 'MATCH (e:Entity) RETURN count(e)'))[0]).toBeLessThanOrEqual(before[0]);
  // Removing by id works too, and nothing else is touched.
  const [other] = await column<string>(db, 'MATCH (a:Article {source: $source}) RETURN a.id', { source: names[0] });
  expect((await runKg(['remove', other])).code).toBe(0);
  expect(await column<number>(db, 'MATCH (a:Article) RETURN count(a)')).toEqual([3]);
  await noTraces([id, other]);
});

test('kg build DIR --sync removes what is gone from DIR and nothing else', async () => {
  await wipeDatabase(db);
  const folder = path.join(dir, 'sync');
  const elsewhere = path.join(dir, 'elsewhere');
  const names = copySeeds(folder);
  fs.mkdirSync(elsewhere, { recursive: true });
  fs.writeFileSync(path.join(elsewhere, 'other.txt'), 'Polish Prime Minister Donald Tusk said on Friday that Poland would propose new talks with Lithuania.\n');
  expect((await build([folder])).code).toBe(0);
  expect((await build([elsewhere])).code).toBe(0);
  const [goneId] = await column<string>(db, 'MATCH (a:Article {source: $source}) RETURN a.id', { source: names[2] });
  fs.rmSync(path.join(folder, names[2]));
  // Without --sync nothing is removed.
  const plain = await build([folder]);
  expect(plain.stdout).toMatch(/^This build: +0 added, 0 changed, 4 unchanged, 0 removed$/m);
  expect(await column<number>(db, 'MATCH (a:Article) RETURN count(a)')).toEqual([6]);
  const synced = await build([folder, '--sync']);
  expect(synced.code).toBe(0);
  expect(synced.stdout).toMatch(/^This build: +0 added, 0 changed, 4 unchanged, 1 removed \(--sync\)$/m);
  expect(lines(synced.stderr)).toContain(`removed: ${names[2]} (no longer in the input folder)`);
  expect(await column<string>(db, 'MATCH (a:Article) RETURN a.source ORDER BY a.source')).toEqual([...names.filter((n) => n !== names[2]), 'other.txt'].sort());
  await noTraces([goneId]);
});
