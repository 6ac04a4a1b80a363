// Loads the seed articles into the test database through the real pipeline (ingest -> extract ->
// resolve -> graph -> writer), after wiping it: the graph `kg build seeds` makes.
import * as path from 'node:path';
import type { GraphBatch } from '../../src/model/types';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { applySchema, writeArticles } from '../../src/neo4j/writer';
import { graphBatches, runCorpus } from '../../src/run';
import { wipeDatabase } from './db';

export const SEEDS_DIR = path.join(__dirname, '..', '..', 'seeds');

/** Wipes the database and writes the seeds (and any extra batches); returns the batches written. */
export async function loadSeedsGraph(db: GraphDatabase, extra: GraphBatch[] = []): Promise<GraphBatch[]> {
  await wipeDatabase(db);
  await applySchema(db);
  const run = await runCorpus([SEEDS_DIR]);
  const batches = [...graphBatches(run), ...extra];
  await writeArticles(db, batches);
  return batches;
}
