// The graph model (written by the one writer, src/neo4j/batch-writer.ts):
//
//   (:Entity:Person|State|Organization|Location {id, name, aliases})   shared across articles
//   (:Article {id, file, path, title, date, text})
//   (:Article)-[:MENTIONS {count}]->(:Entity)
//   (:Entity)-[:<type> {id, article, evidence, start, end, quote, role, cue, targets, targetFrom, date}]->(:Entity)
//     for every relation type of the registry (src/relations/registry.ts)
//   A claim with no addressee (Relation.target null) points at its Article node instead:
//   (:Entity)-[:STATEMENT {...}]->(:Article), so it is still one edge, found with e.g.
//   MATCH (s:Entity)-[r:STATEMENT]->(a:Article) RETURN s.name, r.quote.
//
// writeArticle is the batch writer with one article per transaction: an article is in the graph
// whole or not at all; rewriting it replaces its edges and MENTIONS; nodes are merged and kept,
// since other articles may share them. Writing the same batch twice leaves the same graph.
import type { GraphBatch } from '../model/types';
import { schemaStatements } from './cypher';
import { writeArticlesBatched, type WriteStats } from './batch-writer';
import type { GraphTarget } from './connection';

/** One article's write: the batch writer's stats and the article's id. */
export type ArticleWriteStats = WriteStats & { article: string };

/** Creates the constraints and indexes of cypher/schema.cypher (idempotent); returns how many statements ran. */
export async function applySchema(db: GraphTarget): Promise<number> {
  const statements = schemaStatements();
  // Schema changes cannot share a transaction with other statements: one auto-commit each.
  for (const statement of statements) {
    try {
      await db.driver.executeQuery(statement, {}, { database: db.database });
    } catch (err) {
      // Two builds at once on a database without the schema: both pass IF NOT EXISTS, one creates
      // the index, the other gets "an equivalent index already exists". That is the wanted state.
      if (!SCHEMA_ALREADY_THERE.has((err as { code?: string }).code ?? '')) throw err;
    }
  }
  return statements.length;
}

/** Errors of a CREATE ... IF NOT EXISTS that lost a race with the same statement elsewhere. */
const SCHEMA_ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/** Writes one article in one transaction (the batch writer with a batch of one); safe to repeat. */
export async function writeArticle(db: GraphTarget, batch: GraphBatch): Promise<ArticleWriteStats> {
  return { article: batch.article.id, ...(await writeArticlesBatched(db, [batch], { maxArticles: 1 })) };
}

/** Writes articles one transaction each, in order; `onArticle` sees each result (progress bars). */
export async function writeArticles(
  db: GraphTarget,
  batches: Iterable<GraphBatch>,
  onArticle?: (stats: ArticleWriteStats) => void,
): Promise<ArticleWriteStats[]> {
  const all: ArticleWriteStats[] = [];
  for (const batch of batches) {
    const stats = await writeArticle(db, batch);
    onArticle?.(stats);
    all.push(stats);
  }
  return all;
}
