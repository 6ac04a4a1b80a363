// End to end: the seed articles through the whole pipeline into the real Neo4j, checked with Cypher.
import { graphBatches, runCorpus } from '../../src/run';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { applySchema, writeArticles } from '../../src/neo4j/writer';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';

jest.setTimeout(120_000);

let db: GraphDatabase;

async function buildSeeds(): Promise<void> {
  const run = await runCorpus(['seeds']);
  expect(run.articles).toHaveLength(5);
  await applySchema(db);
  await writeArticles(db, graphBatches(run));
}

async function counts(): Promise<string[]> {
  const labels = await column<string>(db, 'MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n RETURN label + ":" + toString(n) ORDER BY label');
  const types = await column<string>(db, 'MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN type + ":" + toString(n) ORDER BY type');
  return [...labels, ...types];
}

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeDatabase(db);
  await buildSeeds();
});

afterAll(async () => {
  await db?.close();
});

test('a THREAT from Vladimir Putin whose evidence says "legitimate target"', async () => {
  const evidence = await column<string>(db, 'MATCH (:Person {name: $name})-[t:THREAT]->() RETURN t.evidence', { name: 'Vladimir Putin' });
  expect(evidence.some((e) => e.includes('legitimate target'))).toBe(true);
});

test('exactly one Person named Vladimir Putin, with his other names as aliases', async () => {
  const aliases = await column<string[]>(db, 'MATCH (p:Person {name: $name}) RETURN p.aliases', { name: 'Vladimir Putin' });
  expect(aliases).toHaveLength(1);
  expect(aliases[0]).toEqual(expect.arrayContaining(['Putin', 'The Russian president']));
});

test('nothing from the reader comments becomes a node', async () => {
  const names = await column<string>(db, 'MATCH (n:Entity) WHERE n.name IN $names OR any(a IN n.aliases WHERE a IN $names) RETURN n.name', {
    names: ['Boogie', 'Tom Lowe', 'Maria Kackerova', 'Rufus Imafidon', 'Pesky-Peskov', 'David'],
  });
  expect(names).toEqual([]);
});

test('every claim points back to its sentence in the article text', async () => {
  const rows = await column<{ text: string; evidence: string; start: number; end: number }>(
    db,
    'MATCH ()-[r:STATEMENT|THREAT|PROPOSAL]->() MATCH (a:Article {id: r.article}) RETURN {text: a.text, evidence: r.evidence, start: r.start, end: r.end}',
  );
  expect(rows.length).toBeGreaterThan(100);
  for (const row of rows) expect(row.text.slice(row.start, row.end)).toBe(row.evidence);
});

test('Peskov speaks for the Kremlin', async () => {
  const roles = await column<string>(db, 'MATCH (:Person {name: $person})-[a:AFFILIATED_WITH]->(:Organization {name: $org}) RETURN DISTINCT a.role', { person: 'Dmitry Peskov', org: 'Kremlin' });
  expect(roles).toEqual(['spokesman']);
});

// Every seed statement names a party or has the other side of its article as target
// (src/extract/counterpart-targets.ts); the edge to the Article for a statement with no addressee
// is the writer's, tested in neo4j-writer.test.ts. Here: no statement points anywhere else.
test('every statement points at an actor or, with no addressee, at its own article', async () => {
  const [all] = await column<number>(db, 'MATCH (:Entity)-[r:STATEMENT]->() RETURN count(r)');
  const [toActor] = await column<number>(db, 'MATCH (:Entity)-[r:STATEMENT]->(:Entity) RETURN count(r)');
  const [toOwnArticle] = await column<number>(db, 'MATCH (:Entity)-[r:STATEMENT]->(a:Article) WHERE r.article = a.id RETURN count(r)');
  expect(all).toBeGreaterThan(0);
  expect(toActor + toOwnArticle).toBe(all);
});

test('building the same input again changes no count', async () => {
  const before = await counts();
  await buildSeeds();
  expect(await counts()).toEqual(before);
});
