// Writes GraphBatches to Neo4j. The graph model:
//
//   (:Entity:Person|State|Organization|Location {id, name, aliases})   shared across articles
//   (:Article {id, file, path, title, date, text})
//   (:Article)-[:MENTIONS {count}]->(:Entity)
//   (:Entity)-[:STATEMENT|THREAT|PROPOSAL|AFFILIATED_WITH
//             {id, article, evidence, start, end, quote, role, cue, date}]->(:Entity)
//   A claim with no addressee (Relation.target null) points at its Article node instead:
//   (:Entity)-[:STATEMENT {...}]->(:Article), so it is still one edge, found with e.g.
//   MATCH (s:Entity)-[r:STATEMENT]->(a:Article) RETURN s.name, r.quote.
//
// One article is one managed write transaction (session.executeWrite: the driver retries it
// on transient errors), so an article is in the graph whole or not at all. Rewriting an article
// deletes its edges and MENTIONS and creates them again; nodes are merged and kept, since
// other articles may share them. Writing the same batch twice leaves the same graph.

import neo4j, { Integer, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { EntityLabel, GraphBatch, Relation } from '../model/types';
import { schemaStatements, writeStatement, WriteStatementName } from './cypher';
import type { GraphTarget } from './connection';

export interface WriteStats {
  article: string;
  /** Entity rows merged (created or updated). */
  entities: number;
  mentions: number;
  /** Claim and affiliation edges written. */
  relations: number;
  /** Ids of relations left out because their source or target entity is not in the graph. */
  skippedRelations: string[];
  /** Counters reported by Neo4j for the whole transaction. */
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

type Params = Record<string, unknown>;

const ENTITY_STATEMENT: Record<EntityLabel, WriteStatementName> = {
  Person: 'merge-person',
  State: 'merge-state',
  Organization: 'merge-organization',
  Location: 'merge-location',
};

const RELATION_STATEMENT: Record<Relation['type'], WriteStatementName> = {
  STATEMENT: 'merge-statement',
  THREAT: 'merge-threat',
  PROPOSAL: 'merge-proposal',
  AFFILIATED_WITH: 'merge-affiliated-with',
};

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

/** JS numbers travel as floats; offsets and counts must be stored as integers. */
function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}

function articleParams(batch: GraphBatch): Params {
  const { id, file, path, title, date, text } = batch.article;
  return { article: { id, file, path, title, date: date ?? null, text } };
}

function nodesByLabel(batch: GraphBatch): Map<EntityLabel, Params[]> {
  const groups = new Map<EntityLabel, Params[]>();
  for (const node of batch.nodes) {
    const rows = groups.get(node.label) ?? [];
    rows.push({ id: node.id, name: node.name, aliases: [...node.aliases] });
    groups.set(node.label, rows);
  }
  return groups;
}

function relationRow(relation: Relation): Params {
  return { id: relation.id, source: relation.source, target: relation.target, properties: relationProperties(relation) };
}

/**
 * The properties a claim or affiliation edge stores, shared by both writers. Absent optional
 * fields are sent as null, which SET += leaves unset on the edge.
 */
export function relationProperties(relation: Relation): Params {
  return {
    article: relation.article,
    evidence: relation.evidence,
    start: int(relation.start),
    end: int(relation.end),
    quote: relation.quote ?? null,
    role: relation.role ?? null,
    cue: relation.cue ?? null,
    targets: relation.targetNames && relation.targetNames.length > 0 ? relation.targetNames : null,
    date: relation.date ?? null,
  };
}

function relationsByType(batch: GraphBatch): Map<Relation['type'], Relation[]> {
  const groups = new Map<Relation['type'], Relation[]>();
  for (const relation of batch.relations) {
    const list = groups.get(relation.type) ?? [];
    list.push(relation);
    groups.set(relation.type, list);
  }
  return groups;
}

function emptyStats(article: string): WriteStats {
  return {
    article,
    entities: 0,
    mentions: 0,
    relations: 0,
    skippedRelations: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
  };
}

/** Runs one statement file in the transaction, adds its counters, returns its `written` column. */
async function run(tx: ManagedTransaction, name: WriteStatementName, params: Params, stats: WriteStats): Promise<number> {
  const result: QueryResult = await tx.run(writeStatement(name), params);
  const counters = result.summary.counters.updates();
  stats.nodesCreated += counters.nodesCreated;
  stats.relationshipsCreated += counters.relationshipsCreated;
  stats.relationshipsDeleted += counters.relationshipsDeleted;
  stats.propertiesSet += counters.propertiesSet;
  stats.labelsAdded += counters.labelsAdded;
  const first = result.records[0];
  if (first === undefined || !first.has('written')) return 0;
  const written: unknown = first.get('written');
  return neo4j.isInt(written) ? (written as Integer).toNumber() : Number(written);
}

/** The whole article, in dependency order: nodes before the edges that join them. */
async function writeInTransaction(tx: ManagedTransaction, batch: GraphBatch): Promise<WriteStats> {
  // Fresh stats per attempt: executeWrite may run this function again after a transient error.
  const stats = emptyStats(batch.article.id);
  const article = batch.article.id;
  await run(tx, 'merge-article', articleParams(batch), stats);
  for (const [label, nodes] of nodesByLabel(batch)) {
    stats.entities += await run(tx, ENTITY_STATEMENT[label], { nodes }, stats);
  }
  await run(tx, 'delete-article-edges', { article }, stats);
  if (batch.mentions.length > 0) {
    const mentions = batch.mentions.map((m) => ({ entity: m.entity, count: int(m.count) }));
    stats.mentions = await run(tx, 'merge-mentions', { article, mentions }, stats);
  }
  for (const [type, relations] of relationsByType(batch)) {
    const written = await run(tx, RELATION_STATEMENT[type], { article, relations: relations.map(relationRow) }, stats);
    stats.relations += written;
    if (written < relations.length) stats.skippedRelations.push(...(await missingEndpoints(tx, relations)));
  }
  return stats;
}

/** Which relations could not be written: rare, so found only when a count falls short. */
async function missingEndpoints(tx: ManagedTransaction, relations: Relation[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const r of relations) {
    ids.add(r.source);
    if (r.target !== null) ids.add(r.target);
  }
  const result = await tx.run(writeStatement('existing-entities'), { ids: [...ids] });
  const existing = new Set(result.records.map((record) => String(record.get('id'))));
  return relations
    .filter((r) => !existing.has(r.source) || (r.target !== null && !existing.has(r.target)))
    .map((r) => r.id);
}

/** Writes one article in one transaction; safe to repeat (see the header). */
export async function writeArticle(db: GraphTarget, batch: GraphBatch): Promise<WriteStats> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, batch));
  } finally {
    await session.close();
  }
}

/** Writes articles one transaction each, in order; `onArticle` sees each result (progress bars). */
export async function writeArticles(
  db: GraphTarget,
  batches: Iterable<GraphBatch>,
  onArticle?: (stats: WriteStats) => void,
): Promise<WriteStats[]> {
  const all: WriteStats[] = [];
  for (const batch of batches) {
    const stats = await writeArticle(db, batch);
    onArticle?.(stats);
    all.push(stats);
  }
  return all;
}
