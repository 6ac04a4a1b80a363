// Writes GraphBatches to Neo4j many articles per transaction: the graph model and the guarantees of
// writer.ts (per-article idempotency: rewriting an article replaces its edges and MENTIONS, nodes
// are merged and kept; writing the same articles twice leaves the same graph) at a fraction of
// the round trips and commits. A transaction holds up to `maxArticles` articles or about
// `maxRows` rows, and is one session.executeWrite (retried by the driver on transient errors;
// all of it or nothing is written). Statement: cypher/write-batch/write-articles.cypher.
//
// Per transaction, in one statement: merge the Article nodes and delete the old edges of those
// that were written before; merge the entity nodes, one row per id (an entity that several
// articles of the batch name is merged here first, with the writer's semantics: the last name,
// aliases added in order without duplicates); create the articles' MENTIONS and claim/affiliation
// edges (CREATE is what MERGE on the id would do, since the edges of these articles were just
// deleted and ids are unique per article).
import neo4j, { Integer, ManagedTransaction } from 'neo4j-driver';
import type { EntityLabel, GraphBatch, Relation } from '../model/types';
import { RELATION_TYPES } from '../relations/registry';
import { loadCypher } from './cypher';
import type { GraphTarget } from './connection';

export interface BatchWriteOptions {
  /** Articles per transaction (default 200). */
  maxArticles?: number;
  /** Rows (nodes + mentions + relations) per transaction, roughly (default 20,000). */
  maxRows?: number;
  /** Called after each committed transaction with the number of articles it wrote. */
  onBatch?: (articles: number, stats: WriteStats) => void;
}

/** What a write did: the one stats type of every write path (writeArticle adds the article's id). */
export interface WriteStats {
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
  labelsAdded: number;
  /** Articles new to the graph, new versions of a source already there, already there as they are. */
  added: number;
  changed: number;
  unchanged: number;
  /** Old versions deleted (replaced by a changed article), and entities then mentioned by no article. */
  replaced: number;
  orphansRemoved: number;
}

type Params = Record<string, unknown>;

/** The parameter holding each label's entities, in the order of their positions. */
const ENTITY_PARAM: [EntityLabel, string][] = [
  ['Person', 'persons'],
  ['State', 'states'],
  ['Organization', 'organizations'],
  ['Location', 'locations'],
];

/** The parameter and the result column of each edge type: the registry's plural (the statement's per-type blocks use it too). */
const RELATION_PARAM = new Map<string, string>(RELATION_TYPES.map((t) => [t.name, t.plural]));

function relationParam(type: string): string {
  const param = RELATION_PARAM.get(type);
  if (param === undefined) throw new Error(`relation type ${type} is not in the registry (src/relations/registry.ts)`);
  return param;
}

/** JS numbers travel as floats; offsets and counts must be stored as integers. */
function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}

/**
 * The properties a claim or affiliation edge stores (the CSV export writes the same). Absent
 * optional fields are sent as null, which leaves them unset on the edge.
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
    targetFrom: relation.targetFrom ?? null,
    date: relation.date ?? null,
  };
}

export function emptyWriteStats(): WriteStats {
  return {
    articles: 0, transactions: 0, entities: 0, mentions: 0, relations: 0, skippedRelations: [], nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0,
    added: 0, changed: 0, unchanged: 0, replaced: 0, orphansRemoved: 0,
  };
}

function rowsOf(batch: GraphBatch): number {
  return 1 + batch.nodes.length + batch.mentions.length + batch.relations.length;
}

interface MergedEntity {
  label: EntityLabel;
  name: string;
  aliases: string[];
  seen: Set<string>;
  /** An organisation's full names as its articles write them (src/resolve/written-names.ts). */
  written: string[];
}

/**
 * The entities a transaction merges, one per id, with the writer's semantics for an id that
 * several articles name: the first label, the last name, the aliases (and an organisation's forms
 * written) in order without duplicates.
 */
function mergedEntities(batches: GraphBatch[]): Map<string, MergedEntity> {
  const entities = new Map<string, MergedEntity>();
  for (const batch of batches) {
    for (const node of batch.nodes) {
      const entity = entities.get(node.id);
      if (!entity) {
        entities.set(node.id, { label: node.label, name: node.name, aliases: [...node.aliases], seen: new Set(node.aliases), written: [...(node.written ?? [])] });
        continue;
      }
      entity.name = node.name;
      for (const alias of node.aliases) {
        if (!entity.seen.has(alias)) {
          entity.seen.add(alias);
          entity.aliases.push(alias);
        }
      }
      for (const form of node.written ?? []) if (!entity.written.includes(form)) entity.written.push(form);
    }
  }
  return entities;
}

/**
 * Positions of entities in $persons + $states + $organizations + $locations + $others: the merged
 * entities first, label by label; then, as the edges ask, ids no article of the transaction merges
 * ($others: looked up, and perhaps missing).
 */
class EntityPositions {
  readonly lists: Params = {};
  readonly others: string[] = [];
  private readonly position = new Map<string, number>();

  constructor(entities: Map<string, MergedEntity>) {
    for (const [label, name] of ENTITY_PARAM) {
      const rows: Params[] = [];
      for (const [id, e] of entities) {
        if (e.label !== label) continue;
        this.position.set(id, this.position.size);
        rows.push(label === 'Organization' || label === 'State' ? { id, name: e.name, aliases: e.aliases, written: e.written } : { id, name: e.name, aliases: e.aliases });
      }
      this.lists[name] = rows;
    }
  }

  of(id: string): Integer {
    let at = this.position.get(id);
    if (at === undefined) {
      at = this.position.size;
      this.position.set(id, at);
      this.others.push(id);
    }
    return int(at);
  }
}

/**
 * The parameters of one transaction (cypher/write-batch/write-articles.cypher), built from its
 * articles in order. Edges name their ends by position: an article by its place in $articles, an
 * entity by its EntityPositions.
 */
function transactionParams(batches: GraphBatch[]): Params {
  const entities = new EntityPositions(mergedEntities(batches));
  const mentions = columns(['articleAt', 'entityAt', 'count']);
  const relations = Object.fromEntries([...RELATION_PARAM.values()].map((name) => [name, columns(RELATION_COLUMNS)]));
  batches.forEach((batch, i) => {
    const articleAt = int(i);
    for (const m of batch.mentions) push(mentions, { articleAt, entityAt: entities.of(m.entity), count: int(m.count) });
    for (const r of batch.relations) {
      const targetAt = r.target === null ? null : entities.of(r.target);
      push(relations[relationParam(r.type)], { id: r.id, articleAt, sourceAt: entities.of(r.source), targetAt, ...relationProperties(r) });
    }
  });
  const articles = batches.map(({ article: { id, file, path, title, date, url, outlet, source, folder, text } }) => ({ id, file, path, title, date: date ?? null, url: url ?? null, outlet: outlet ?? null, source: source ?? null, folder: folder ?? null, text }));
  return { articles, ...entities.lists, others: entities.others, mentions, ...relations };
}

/** The columns of an edge list: the positions of its ends, then relationProperties' fields. */
const RELATION_COLUMNS = ['id', 'articleAt', 'sourceAt', 'targetAt', 'article', 'evidence', 'start', 'end', 'quote', 'role', 'cue', 'targets', 'targetFrom', 'date'];

/** Rows as one list per column: cheaper for the driver to pack than a map per row. */
type Columns = Record<string, unknown[]>;

function columns(names: string[]): Columns {
  return Object.fromEntries(names.map((name) => [name, []]));
}

function push(table: Columns, row: Params): void {
  for (const name of Object.keys(table)) table[name].push(row[name] ?? null);
}

function count(value: unknown): number {
  return neo4j.isInt(value) ? (value as Integer).toNumber() : Number(value);
}

/**
 * The whole transaction is one statement: the driver sends it as one message, so the transaction
 * waits for the network once. (As separate statements each awaited in turn, every statement whose
 * parameters spanned several TCP segments stalled ~40 ms: the driver writes 1,400-byte chunks
 * without TCP_NODELAY and the server delays its ACK. That was 3.6 s of a 2,000-article build.)
 */
async function writeTransaction(tx: ManagedTransaction, batches: GraphBatch[]): Promise<WriteStats> {
  const stats = emptyWriteStats(); // fresh per attempt: executeWrite may run this again
  const touched = await replaceOldVersions(tx, batches, stats);
  const result = await tx.run(loadCypher('write-batch/write-articles.cypher'), transactionParams(batches));
  const c = result.summary.counters.updates();
  stats.nodesCreated = c.nodesCreated;
  stats.relationshipsCreated = c.relationshipsCreated;
  stats.relationshipsDeleted = c.relationshipsDeleted;
  stats.propertiesSet = c.propertiesSet;
  stats.labelsAdded = c.labelsAdded;
  const row = result.records[0];
  stats.entities = count(row?.get('entities'));
  stats.mentions = count(row?.get('mentions'));
  const relations = batches.flatMap((b) => b.relations);
  for (const [type, column] of RELATION_PARAM) {
    const written = count(row?.get(column));
    stats.relations += written;
    const ofType = relations.filter((r) => r.type === type);
    if (written < ofType.length) stats.skippedRelations.push(...(await missingEndpoints(tx, ofType)));
  }
  if (touched.length > 0) stats.orphansRemoved = await removeOrphans(tx, touched);
  stats.articles = batches.length;
  stats.transactions = 1;
  return stats;
}

/**
 * An article whose source already has an article of other content replaces it, in this
 * transaction (cypher/write-batch/replace-sources.cypher). Counts added/changed/unchanged and
 * returns the entities the old versions mentioned, for removeOrphans once the batch is written.
 */
async function replaceOldVersions(tx: ManagedTransaction, batches: GraphBatch[], stats: WriteStats): Promise<string[]> {
  const articles = batches.map(({ article }) => ({ id: article.id, source: article.source ?? null }));
  const result = await tx.run(loadCypher('write-batch/replace-sources.cypher'), { articles });
  const touched: string[] = [];
  for (const record of result.records) {
    const status = String(record.get('status')) as 'added' | 'changed' | 'unchanged';
    stats[status]++;
    stats.replaced += (record.get('removed') as unknown[]).length;
    touched.push(...(record.get('touched') as string[]));
  }
  return touched;
}

/** Entities no article mentions any more (after replacing or removing articles) are deleted. */
export async function removeOrphans(tx: ManagedTransaction, entityIds: string[]): Promise<number> {
  const result = await tx.run(loadCypher('write-batch/delete-orphans.cypher'), { ids: [...new Set(entityIds)] });
  return count(result.records[0]?.get('removed'));
}

/** Which relations could not be written: rare, so found only when a count falls short. */
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

/** The counters of WriteStats (every field but the list of skipped relations). */
type Counter = Exclude<keyof WriteStats, 'skippedRelations'>;
const COUNTERS = (Object.keys(emptyWriteStats()) as (keyof WriteStats)[]).filter((key): key is Counter => key !== 'skippedRelations');

function add(total: WriteStats, part: WriteStats): void {
  for (const key of COUNTERS) total[key] += part[key];
  total.skippedRelations.push(...part.skippedRelations);
}

/**
 * Writes articles (any iterable, also a generator: it is consumed one transaction's worth at a
 * time) in batched transactions. An article that comes twice is written twice, in order: the
 * second write replaces the first, as with writer.ts.
 */
export async function writeArticlesBatched(db: GraphTarget, batches: Iterable<GraphBatch> | AsyncIterable<GraphBatch>, options: BatchWriteOptions = {}): Promise<WriteStats> {
  const maxArticles = options.maxArticles ?? 200;
  const maxRows = options.maxRows ?? 20_000;
  const total = emptyWriteStats();
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
