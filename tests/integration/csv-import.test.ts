// The bulk path and the batched writer against real Neo4j servers:
//   - writeArticlesBatched builds the same graph as writeArticles (one transaction per article),
//     and writing again changes nothing (per-article idempotency);
//   - `kg export --csv` files, imported with `neo4j-admin database import full` into a fresh data
//     directory and opened by a second server of the same install, hold the same nodes per label,
//     relationships per type and relationship properties as writeArticles wrote.
// Nothing here touches the developer's .neo4j/data: the import goes to a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCorpus } from '../../src/run';
import { toGraphBatch } from '../../src/graph';
import type { GraphBatch } from '../../src/model/types';
import { applySchema, openGraphDatabase, writeArticles, type GraphDatabase } from '../../src/neo4j';
import { writeArticlesBatched } from '../../src/neo4j/batch-writer';
import { DEFAULT_USER, serverPassword, serverPaths, start, stop } from '../../src/admin/local-server';
import { CsvExportWriter } from '../../src/export/csv';
import { importCsvWithNeo4jAdmin } from '../../src/admin/neo4j-admin';
import { sideServerConfig } from '../../src/admin/side-server';
import { openTestDatabase, wipeDatabase } from '../setup/db';
import { testServerConfig } from '../setup/test-server-config';

jest.setTimeout(300_000);

const SEEDS = join(__dirname, '..', '..', 'seeds');

/** Nodes per label, relationships per type, and a digest of every relationship's properties. */
async function graphShape(db: GraphDatabase): Promise<{ labels: Record<string, number>; types: Record<string, number>; edges: string[] }> {
  const q = async (query: string) => (await db.driver.executeQuery(query, {}, { database: db.database })).records.map((r) => r.toObject());
  const labels = Object.fromEntries(
    (await q('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label')).map((r) => [r.label as string, Number(r.n)]),
  );
  const types = Object.fromEntries((await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type')).map((r) => [r.type as string, Number(r.n)]));
  const edges = (
    await q(`MATCH (s)-[r]->(t)
             RETURN coalesce(s.id, '') + ' ' + type(r) + ' ' + coalesce(t.id, '') + ' ' + coalesce(r.id, '') + ' ' + coalesce(r.article, '') + ' ' +
                    toString(coalesce(r.start, -1)) + '-' + toString(coalesce(r.end, -1)) + ' ' + toString(coalesce(r.count, -1)) + ' ' +
                    coalesce(r.cue, '') + '|' + coalesce(r.role, '') + '|' + coalesce(r.quote, '') + '|' + coalesce(r.date, '') + '|' +
                    reduce(acc = '', name IN coalesce(r.targets, []) | acc + name + ';') + '|' + coalesce(r.evidence, '') AS edge
             ORDER BY edge`)
  ).map((r) => r.edge as string);
  return { labels, types, edges };
}

async function nodeDigest(db: GraphDatabase): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (n) RETURN apoc.text.join([l IN labels(n) | l], ':') + ' ' + n.id + ' ' + coalesce(n.name, n.title) + ' ' + apoc.text.join(coalesce(n.aliases, []), ';') AS node ORDER BY node`,
    {},
    { database: db.database },
  );
  return result.records.map((r) => r.get('node') as string);
}

describe('bulk CSV import and batched writer', () => {
  let db: GraphDatabase;
  let batches: GraphBatch[];
  let reference: Awaited<ReturnType<typeof graphShape>>;
  let referenceNodes: string[] | null;

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeDatabase(db);
    await applySchema(db);
    batches = (await runCorpus([SEEDS])).articles.map(toGraphBatch);
    await writeArticles(db, batches);
    reference = await graphShape(db);
    referenceNodes = await nodeDigest(db).catch(() => null); // APOC may be missing on an external server
  });

  afterAll(async () => {
    await wipeDatabase(db);
    await db.close();
  });

  test('the batched writer builds the graph writeArticles builds, and writing again changes nothing', async () => {
    await wipeDatabase(db);
    const stats = await writeArticlesBatched(db, batches, { maxArticles: 2 });
    expect(stats.transactions).toBe(3);
    expect(stats.skippedRelations).toEqual([]);
    expect(await graphShape(db)).toEqual(reference);
    if (referenceNodes) expect(await nodeDigest(db)).toEqual(referenceNodes);
    const again = await writeArticlesBatched(db, batches);
    expect(again.relationshipsDeleted).toBe(again.relationshipsCreated);
    expect(await graphShape(db)).toEqual(reference);
  });

  test('neo4j-admin imports the CSV files into a fresh database with the same nodes and relationships', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'kg-csv-import-'));
    const from = testServerConfig();
    const side = await sideServerConfig(join(tmp, 'server'), { from });
    try {
      const writer = new CsvExportWriter(join(tmp, 'csv'));
      for (const batch of batches) writer.add(batch);
      const files = writer.finish();
      const totalNodes = Object.values(reference.labels).reduce((a, b) => a + b, 0) - (reference.labels.Entity ?? 0);
      const totalRels = Object.values(reference.types).reduce((a, b) => a + b, 0);
      expect({ nodes: files.nodes, relationships: files.relationships }).toEqual({ nodes: totalNodes, relationships: totalRels });

      const imported = importCsvWithNeo4jAdmin({ csvDir: join(tmp, 'csv'), dataDir: serverPaths(side).data, home: serverPaths(from).home });
      expect({ nodes: imported.nodes, relationships: imported.relationships }).toEqual({ nodes: totalNodes, relationships: totalRels });

      const running = await start(side, () => undefined);
      const bulk = await openGraphDatabase({ config: { uri: running.boltUri, user: DEFAULT_USER, password: serverPassword(side), database: undefined, local: false }, startLocal: false });
      try {
        expect(await graphShape(bulk)).toEqual(reference);
        // labels, ids, names/titles and aliases (the local install has APOC in plugins/)
        if (referenceNodes) expect(await nodeDigest(bulk)).toEqual(referenceNodes);
      } finally {
        await bulk.close();
      }
    } finally {
      await stop(side, () => undefined);
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
