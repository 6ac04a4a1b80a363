// Two `kg build` processes at once on overlapping inputs, into one database with no schema yet
// (both race to create the constraints, then to merge the same entities and articles). The second
// folder holds its files under names that sort in the reverse order, so the two processes take
// the locks of the shared articles and entities in opposite orders (deadlocks, which the driver
// retries). Both must exit 0, and the graph must hold every node and edge once.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { generatedCorpus, startKg } from '../setup/robust-helpers';

jest.setTimeout(10 * 60_000);

const TOTAL = 400;
const EACH = 300; // files 0-299 and 100-399: 200 articles in both

let db: GraphDatabase;
let base: string;

beforeAll(async () => {
  db = await openTestDatabase();
  base = mkdtempSync(path.join(os.tmpdir(), 'kg-concurrent-'));
  const corpus = generatedCorpus(base, TOTAL, 7007);
  const names = readdirSync(corpus).sort();
  const a = path.join(base, 'A');
  const b = path.join(base, 'B');
  mkdirSync(a);
  mkdirSync(b);
  for (const name of names.slice(0, EACH)) copyFileSync(path.join(corpus, name), path.join(a, name));
  // Same contents (article ids are content hashes), opposite order.
  names.slice(TOTAL - EACH).forEach((name, i) => copyFileSync(path.join(corpus, name), path.join(b, `${String(999 - i)}-${name}`)));
  rmSync(corpus, { recursive: true });
  await wipeDatabase(db);
  // No schema either: both builds create it at once.
  for (const name of await column<string>(db, 'SHOW CONSTRAINTS YIELD name RETURN name')) await db.driver.executeQuery(`DROP CONSTRAINT \`${name}\``);
  for (const name of await column<string>(db, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await db.driver.executeQuery(`DROP INDEX \`${name}\``);
});

afterAll(async () => {
  await db?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

test(`two kg build at once on overlapping folders (${EACH} + ${EACH} files, ${2 * EACH - TOTAL} shared): both exit 0, nothing duplicated`, async () => {
  const began = Date.now();
  const [a, b] = await Promise.all([startKg(['build', path.join(base, 'A')]).done, startKg(['build', path.join(base, 'B')]).done]);
  process.stderr.write(`two concurrent builds: ${(a.ms / 1000).toFixed(1)} s and ${(b.ms / 1000).toFixed(1)} s (${((Date.now() - began) / 1000).toFixed(1)} s wall)\n`);
  for (const run of [a, b]) {
    // The only line allowed on stderr: a build that names people in full re-reads the articles the
    // other build loaded before with their surnames (graph memory, issue 12) and says so.
    expect(run.stderr.split('\n').filter((line) => line !== '' && !/^re-read \d+ articles? loaded before/.test(line))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Loaded ${EACH} articles from ${EACH} files into`, 'm'));
  }
  expect(await column<number>(db, 'MATCH (a:Article) RETURN count(a)')).toEqual([TOTAL]);
  // One node per id; one edge per id and type; one MENTIONS per article and entity.
  expect(await column<number>(db, 'MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)')).toEqual([0]);
  expect(await column<number>(db, 'MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH type(r) AS t, r.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)')).toEqual([0]);
  expect(await column<number>(db, 'MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS c WHERE c > 1 RETURN count(*)')).toEqual([0]);
  // The constraints exist once each, and every edge belongs to an article that exists and points at its own evidence.
  expect((await column<string>(db, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'))).toEqual(['article_id', 'entity_id']);
  expect(await column<number>(db, 'MATCH ()-[r]->() WHERE r.article IS NOT NULL AND NOT EXISTS { MATCH (:Article {id: r.article}) } RETURN count(r)')).toEqual([0]);
  expect(
    await column<number>(
      db,
      "MATCH ()-[r]->() WHERE r.article IS NOT NULL MATCH (a:Article {id: r.article}) WHERE NOT r.evidence ENDS WITH '…' AND substring(a.text, r.start, r.end - r.start) <> r.evidence RETURN count(r)",
    ),
  ).toEqual([0]);
  expect(await column<number>(db, 'MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(a)')).toEqual([0]);
});
