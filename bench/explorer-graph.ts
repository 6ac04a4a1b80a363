// The explorer's large graph: the first 14,000 articles of the bench corpus (bench/corpus.ts), through
// the real pipeline (ingest -> extract -> resolve -> graph) and the batched writer. That is about
// 21,000 nodes (14,000 articles, 7,000 actors) and 300,000 claim and affiliation edges (135,000
// once merged per direction and type, as the explorer draws them), plus the MENTIONS. Used by the
// browser test (tests/integration/explorer-large.test.ts) and by `npm run -s bench -- --phase explorer`.
// The extraction's output is kept in bench-data/ (one graph batch per line): the next load skips
// the three minutes of extraction.
import { createReadStream, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { GraphBatch } from '../src/model/types';
import { DEFAULT_CORPUS, ensureCorpus } from './corpus';
import type { GraphDatabase } from '../src/neo4j/connection';

export const EXPLORER_ARTICLES = 14_000;

function looksLikeBatch(value: unknown): value is GraphBatch {
  const b = value as GraphBatch;
  return !!b && typeof b.article?.id === 'string' && Array.isArray(b.nodes) && Array.isArray(b.mentions) && Array.isArray(b.relations);
}

async function readBatches(file: string): Promise<GraphBatch[]> {
  const out: GraphBatch[] = [];
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (!line) continue;
    const batch: unknown = JSON.parse(line);
    if (!looksLikeBatch(batch)) throw new Error(`${file}: line ${out.length + 1} is not a graph batch; delete the file`);
    out.push(batch);
  }
  return out;
}

/** The graph batches of the first `articles` bench articles: from the cache, or extracted (and cached). */
async function explorerBatches(articles: number, log: (line: string) => void): Promise<GraphBatch[]> {
  const corpus = ensureCorpus(DEFAULT_CORPUS);
  const cache = join(corpus.dir, '..', `explorer-batches-${DEFAULT_CORPUS.seed}-${articles}.jsonl`);
  if (existsSync(cache)) {
    log(`explorer graph: batches from ${cache}`);
    return readBatches(cache);
  }
  const { runCorpus } = await import('../src/run');
  const { toGraphBatch } = await import('../src/graph');
  log(`explorer graph: extracting ${articles} bench articles`);
  const run = await runCorpus(corpus.folders.slice(0, Math.ceil(articles / DEFAULT_CORPUS.perFolder)));
  const batches = run.articles.slice(0, articles).map(toGraphBatch);
  writeFileSync(`${cache}.tmp`, batches.map((b) => JSON.stringify(b)).join('\n'));
  renameSync(`${cache}.tmp`, cache);
  return batches;
}

export interface ExplorerGraphLoad {
  articles: number;
  nodes: number;
  relationships: number;
  extractSeconds: number;
  writeSeconds: number;
  /** False when the database already held exactly this graph and nothing was written. */
  loaded: boolean;
}

async function count(db: GraphDatabase, query: string): Promise<number> {
  const result = await db.driver.executeQuery(query, {}, { database: db.database });
  return Number(result.records[0]?.get(0) ?? 0);
}

/**
 * Deletes everything in batches: edges first (one actor here has 100,000 edges: detaching it in one
 * transaction overflows the test server's memory pool), then nodes.
 */
export async function wipeInBatches(db: GraphDatabase): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Makes the database hold the explorer's large graph. `reuse`: when it already holds as many
 * articles as this graph has, it is taken to be this graph and left as it is (the bench's own
 * server, loaded by an earlier run).
 */
export async function loadExplorerGraph(db: GraphDatabase, options: { articles?: number; reuse?: boolean; log?: (line: string) => void } = {}): Promise<ExplorerGraphLoad> {
  const articles = options.articles ?? EXPLORER_ARTICLES;
  const log = options.log ?? (() => undefined);
  const { applySchema } = await import('../src/neo4j/writer');
  const { writeArticlesBatched } = await import('../src/neo4j/batch-writer');
  const stats = async (): Promise<{ nodes: number; relationships: number }> => ({
    nodes: await count(db, 'MATCH (n) RETURN count(n)'),
    relationships: await count(db, 'MATCH ()-[r]->() RETURN count(r)'),
  });
  if (options.reuse && (await count(db, 'MATCH (a:Article) RETURN count(a)')) === articles) {
    log(`explorer graph: the database already holds ${articles} articles; reused`);
    return { articles, ...(await stats()), extractSeconds: 0, writeSeconds: 0, loaded: false };
  }
  let began = performance.now();
  const batches = await explorerBatches(articles, log);
  const extractSeconds = (performance.now() - began) / 1000;
  began = performance.now();
  log(`explorer graph: writing (${extractSeconds.toFixed(0)} s extracting)`);
  await wipeInBatches(db);
  await applySchema(db);
  await writeArticlesBatched(db, batches);
  const writeSeconds = (performance.now() - began) / 1000;
  log(`explorer graph: written in ${writeSeconds.toFixed(0)} s`);
  return { articles: batches.length, ...(await stats()), extractSeconds, writeSeconds, loaded: true };
}
