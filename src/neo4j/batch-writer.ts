// Writes GraphBatches to Neo4j many articles per transaction: the graph model and the guarantees of
// writer.ts (per-article idempotency: rewriting an article replaces its edges and MENTIONS, nodes
// are merged and kept; writing the same articles twice leaves the same graph) at a fraction of
// the round trips and commits. A transaction holds up to `maxArticles` articles or about
// `maxRows` rows, and is one session.executeWrite (retried by the driver on transient errors;
// all of it or nothing is written). Statements: cypher/write-batch/.
//
// Per transaction: merge the Article nodes; merge the entity nodes, one row per id (an entity that
// several articles of the batch name is merged here first, with the writer's semantics: the last
// name, aliases added in order without duplicates); delete the articles' old edges; create their
// MENTIONS and claim/affiliation edges (CREATE is what MERGE on the id would do, since the edges
// of these articles were just deleted and ids are unique per article).
import neo4j, { Integer, ManagedTransaction } from 'neo4j-driver';
import type { EntityLabel, GraphBatch, Relation } from '../model/types';
import { loadCypher } from './cypher';
import { relationProperties } from './writer';
import type { GraphTarget } from './connection';

export interface BatchWriteOptions {
  /** Articles per transaction (default 200). */
  maxArticles?: number;
  /** Rows (nodes + mentions + relations) per transaction, roughly (default 20,000). */
  maxRows?: number;
  /** Called after each committed transaction with the number of articles it wrote. */
  onBatch?: (articles: number, stats: BatchWriteStats) => void;
}

export interface BatchWriteStats {
  articles: number;
  transactions: number;
  entities: number;
  mentions: number;
  relations: number;
  /** Ids of relations left out because their source or target entity is not in the graph. */
  skippedRelations: string[];
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

type Params = Record<string, unknown>;

const ENTITY_FILE: Record<EntityLabel, string> = {
  Person: 'merge-person',
  State: 'merge-state',
  Organization: 'merge-organization',
  Location: 'merge-location',
};

const RELATION_FILE: Record<Relation['type'], string> = {
  STATEMENT: 'create-statement',
  THREAT: 'create-threat',
  PROPOSAL: 'create-proposal',
  AFFILIATED_WITH: 'create-affiliated-with',
};

function statement(name: string): string {
  return loadCypher(`write-batch/${name}.cypher`);
}

function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}

export function emptyBatchStats(): BatchWriteStats {
  return { articles: 0, transactions: 0, entities: 0, mentions: 0, relations: 0, skippedRelations: [], nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

function rowsOf(batch: GraphBatch): number {
  return 1 + batch.nodes.length + batch.mentions.length + batch.relations.length;
}

/** The parameters of one transaction, built from its articles in order. */
function transactionParams(batches: GraphBatch[]): {
  articles: Params[];
  nodes: Map<EntityLabel, Params[]>;
  mentions: Params[];
  relations: Map<Relation['type'], { rows: Params[]; relations: Relation[] }>;
} {
  const entities = new Map<string, { label: EntityLabel; name: string; aliases: string[]; seen: Set<string> }>();
  const mentions: Params[] = [];
  const relations = new Map<Relation['type'], { rows: Params[]; relations: Relation[] }>();
  for (const batch of batches) {
    for (const node of batch.nodes) {
      const entity = entities.get(node.id);
      if (!entity) {
        entities.set(node.id, { label: node.label, name: node.name, aliases: [...node.aliases], seen: new Set(node.aliases) });
        continue;
      }
      entity.name = node.name;
      for (const alias of node.aliases) {
        if (!entity.seen.has(alias)) {
          entity.seen.add(alias);
          entity.aliases.push(alias);
        }
      }
    }
    for (const m of batch.mentions) mentions.push({ article: batch.article.id, entity: m.entity, count: int(m.count) });
    for (const r of batch.relations) {
      const group = relations.get(r.type) ?? { rows: [], relations: [] };
      group.relations.push(r);
      group.rows.push({
        id: r.id,
        article: batch.article.id,
        source: r.source,
        target: r.target,
        properties: relationProperties(r),
      });
      relations.set(r.type, group);
    }
  }
  const nodes = new Map<EntityLabel, Params[]>();
  for (const [id, e] of entities) nodes.set(e.label, [...(nodes.get(e.label) ?? []), { id, name: e.name, aliases: e.aliases }]);
  const articles = batches.map(({ article: { id, file, path, title, date, text } }) => ({ id, file, path, title, date: date ?? null, text }));
  return { articles, nodes, mentions, relations };
}

async function run(tx: ManagedTransaction, name: string, params: Params, stats: BatchWriteStats): Promise<number> {
  const result = await tx.run(statement(name), params);
  const c = result.summary.counters.updates();
  stats.nodesCreated += c.nodesCreated;
  stats.relationshipsCreated += c.relationshipsCreated;
  stats.relationshipsDeleted += c.relationshipsDeleted;
  stats.propertiesSet += c.propertiesSet;
  const first = result.records[0];
  if (first === undefined || !first.has('written')) return 0;
  const written: unknown = first.get('written');
  return neo4j.isInt(written) ? (written as Integer).toNumber() : Number(written);
}

async function writeTransaction(tx: ManagedTransaction, batches: GraphBatch[]): Promise<BatchWriteStats> {
  const stats = emptyBatchStats(); // fresh per attempt: executeWrite may run this again
  const p = transactionParams(batches);
  await run(tx, 'merge-articles', { articles: p.articles }, stats);
  for (const [label, nodes] of p.nodes) stats.entities += await run(tx, ENTITY_FILE[label], { nodes }, stats);
  await run(tx, 'delete-articles-edges', { articles: p.articles.map((a) => a.id) }, stats);
  if (p.mentions.length > 0) stats.mentions = await run(tx, 'create-mentions', { mentions: p.mentions }, stats);
  for (const [type, group] of p.relations) {
    const written = await run(tx, RELATION_FILE[type], { relations: group.rows }, stats);
    stats.relations += written;
    if (written < group.rows.length) stats.skippedRelations.push(...(await missingEndpoints(tx, group.relations)));
  }
  stats.articles = batches.length;
  stats.transactions = 1;
  return stats;
}

async function missingEndpoints(tx: ManagedTransaction, relations: Relation[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const r of relations) {
    ids.add(r.source);
    if (r.target !== null) ids.add(r.target);
  }
  const result = await tx.run(loadCypher('write/existing-entities.cypher'), { ids: [...ids] });
  const existing = new Set(result.records.map((record) => String(record.get('id'))));
  return relations.filter((r) => !existing.has(r.source) || (r.target !== null && !existing.has(r.target))).map((r) => r.id);
}

function add(total: BatchWriteStats, part: BatchWriteStats): void {
  total.articles += part.articles;
  total.transactions += part.transactions;
  total.entities += part.entities;
  total.mentions += part.mentions;
  total.relations += part.relations;
  total.skippedRelations.push(...part.skippedRelations);
  total.nodesCreated += part.nodesCreated;
  total.relationshipsCreated += part.relationshipsCreated;
  total.relationshipsDeleted += part.relationshipsDeleted;
  total.propertiesSet += part.propertiesSet;
}

/**
 * Writes articles (any iterable, also a generator: it is consumed one transaction's worth at a
 * time) in batched transactions. An article that comes twice is written twice, in order: the
 * second write replaces the first, as with writer.ts.
 */
export async function writeArticlesBatched(db: GraphTarget, batches: Iterable<GraphBatch> | AsyncIterable<GraphBatch>, options: BatchWriteOptions = {}): Promise<BatchWriteStats> {
  const maxArticles = options.maxArticles ?? 200;
  const maxRows = options.maxRows ?? 20_000;
  const total = emptyBatchStats();
  let pending: GraphBatch[] = [];
  let rows = 0;
  const ids = new Set<string>();
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const group = pending;
    pending = [];
    rows = 0;
    ids.clear();
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const stats = await session.executeWrite((tx) => writeTransaction(tx, group));
      add(total, stats);
      options.onBatch?.(group.length, stats);
    } finally {
      await session.close();
    }
  };
  for await (const batch of batches) {
    const size = rowsOf(batch);
    if (ids.has(batch.article.id) || (pending.length > 0 && (pending.length >= maxArticles || rows + size > maxRows))) await flush();
    pending.push(batch);
    ids.add(batch.article.id);
    rows += size;
  }
  await flush();
  return total;
}
