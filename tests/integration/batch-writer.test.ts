// The batched writer's guarantees against a real Neo4j, on hand-made batches: rewriting an article
// replaces its edges and MENTIONS (whichever writer wrote it first, and also in a transaction that
// writes new articles too), the graph is the one the one-article writer builds, and edges whose
// entities another transaction wrote, or nobody did, are written or skipped and reported.
import type { GraphBatch, Relation } from '../../src/model/types';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { writeArticlesBatched } from '../../src/neo4j/batch-writer';
import { loadCypher } from '../../src/neo4j/cypher';
import { RELATION_TYPES } from '../../src/relations/registry';
import { applySchema, writeArticle } from '../../src/neo4j/writer';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';

jest.setTimeout(60_000);

function relation(article: string, partial: Partial<Relation> & Pick<Relation, 'id' | 'type' | 'source' | 'target'>): Relation {
  return { article, evidence: `Evidence of ${partial.id}.`, start: 0, end: 12, cue: 'said', ...partial };
}

function batch(id: string, nodes: GraphBatch['nodes'], relations: Omit<Relation, 'article' | 'evidence' | 'start' | 'end'>[]): GraphBatch {
  return {
    article: { id, file: `${id}.txt`, path: `in/${id}.txt`, title: `Title ${id}`, date: '2024-05-01', text: `Text of ${id}.` },
    nodes,
    mentions: nodes.map((n, i) => ({ entity: n.id, count: i + 1 })),
    relations: relations.map((r) => relation(id, r)),
  };
}

const putin = { id: 'p:putin', label: 'Person' as const, name: 'Vladimir Putin', aliases: ['Putin'] };
const macron = { id: 'p:macron', label: 'Person' as const, name: 'Emmanuel Macron', aliases: [] };
const nato = { id: 'o:nato', label: 'Organization' as const, name: 'NATO', aliases: [] };
const russia = { id: 's:russia', label: 'State' as const, name: 'Russia', aliases: ['Moscow'] };

const A = batch('art-a', [putin, nato, russia], [
  { id: 'a1', type: 'THREAT', source: 'p:putin', target: 'o:nato' },
  { id: 'a2', type: 'STATEMENT', source: 'p:putin', target: null },
  { id: 'a3', type: 'AFFILIATED_WITH', source: 'p:putin', target: 's:russia', role: 'president' },
]);
/** A again, as a later extraction might give it: one edge kept, one changed, one gone, one new; a mention gone. */
const A2 = batch('art-a', [putin, nato], [
  { id: 'a1', type: 'THREAT', source: 'p:putin', target: 'o:nato', quote: 'a new quote' },
  { id: 'a4', type: 'PROPOSAL', source: 'o:nato', target: 'p:putin' },
]);
const B = batch('art-b', [macron, putin], [
  { id: 'b1', type: 'PROPOSAL', source: 'p:macron', target: 'p:putin' },
  { id: 'b2', type: 'STATEMENT', source: 'p:putin', target: null },
]);
const C = batch('art-c', [macron, nato], [{ id: 'c1', type: 'STATEMENT', source: 'p:macron', target: 'o:nato' }]);

/** A value as JSON with sorted keys, so that property order does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every node and edge with every property, sorted: two graphs are the same iff these are equal. */
async function digest(db: GraphDatabase): Promise<{ nodes: string[]; edges: string[] }> {
  const nodes = await column<[string[], unknown]>(db, 'MATCH (n) RETURN [labels(n), properties(n)]');
  const edges = await column<unknown>(db, 'MATCH (s)-[r]->(t) RETURN [s.id, type(r), t.id, properties(r)]');
  return { nodes: nodes.map(([labels, props]) => canonical([[...labels].sort(), props])).sort(), edges: edges.map(canonical).sort() };
}

/** Operator names of a plan tree. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe('batched writer', () => {
  let db: GraphDatabase;
  let reference: { nodes: string[]; edges: string[] };

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeDatabase(db);
    await applySchema(db);
    // The reference: the one-article writer, article by article, A rewritten as A2.
    for (const b of [A, B, A2, C]) await writeArticle(db, b);
    reference = await digest(db);
  });

  afterAll(async () => {
    await wipeDatabase(db);
    await db.close();
  });

  beforeEach(() => wipeDatabase(db));

  test('a rewritten article loses its old edges and MENTIONS, in a transaction that also writes a new article', async () => {
    await writeArticlesBatched(db, [A, B]);
    const stats = await writeArticlesBatched(db, [A2, C]);
    expect(stats.transactions).toBe(1);
    expect(stats.relationshipsDeleted).toBe(A.relations.length + A.mentions.length);
    expect(await digest(db)).toEqual(reference);
    expect(await column<string>(db, "MATCH ()-[r {article: 'art-a'}]->() RETURN r.id ORDER BY r.id")).toEqual(['a1', 'a4']);
  });

  test('an article the one-article writer wrote is replaced by the batched writer, and the reverse', async () => {
    await writeArticle(db, A);
    await writeArticlesBatched(db, [B, A2, C]);
    expect(await digest(db)).toEqual(reference);
    await wipeDatabase(db);
    await writeArticlesBatched(db, [A, B]);
    for (const b of [A2, C]) await writeArticle(db, b);
    expect(await digest(db)).toEqual(reference);
  });

  test('the same articles twice, one per transaction or all in one, leave the same graph', async () => {
    await writeArticlesBatched(db, [A, B, A2, C], { maxArticles: 1 });
    expect(await digest(db)).toEqual(reference);
    await writeArticlesBatched(db, [A, B, A2, C]);
    expect(await digest(db)).toEqual(reference);
  });

  test('edges name entities of earlier transactions; edges and mentions of unknown entities are skipped and reported', async () => {
    await writeArticlesBatched(db, [A]);
    const D: GraphBatch = {
      ...batch('art-d', [macron], [
        { id: 'd1', type: 'THREAT', source: 'p:macron', target: 's:russia' }, // Russia: written by A's transaction only
        { id: 'd2', type: 'STATEMENT', source: 'p:nobody', target: null },
        { id: 'd3', type: 'PROPOSAL', source: 'p:macron', target: 'p:nobody' },
      ]),
      mentions: [{ entity: 'p:macron', count: 1 }, { entity: 'p:nobody', count: 2 }],
    };
    const stats = await writeArticlesBatched(db, [D]);
    expect(stats.relations).toBe(1);
    expect(stats.mentions).toBe(1);
    expect(stats.skippedRelations.sort()).toEqual(['d2', 'd3']);
    expect(await column<string>(db, "MATCH (s)-[r:THREAT {id: 'd1'}]->(t) RETURN s.id + '>' + t.id")).toEqual(['p:macron>s:russia']);
    expect(await column<number>(db, "MATCH (:Article {id: 'art-d'})-[m:MENTIONS]->() RETURN count(m)")).toEqual([1]);
    expect(await column<number>(db, "MATCH (n {id: 'p:nobody'}) RETURN count(n)")).toEqual([0]);
  });

  test('the plans that delete old edges, made on an empty or a loaded graph, seek every index and scan none', async () => {
    const plans: [string, Record<string, unknown>][] = [
      // This one's plan is kept for good (replan=skip): it must be right whatever the statistics.
      [loadCypher('write-batch/write-articles.cypher').replace('replan=skip', 'replan=force'), {
        ...Object.fromEntries(['articles', 'persons', 'states', 'organizations', 'locations', 'others'].map((k) => [k, []])),
        ...Object.fromEntries(['mentions', ...RELATION_TYPES.map((t) => t.plural)].map((k) => [k, {}])), // lists of columns
      }],
    ];
    for (const load of [[], [A, B, C]]) {
      await writeArticlesBatched(db, load);
      for (const [statement, params] of plans) {
        const { summary } = await db.driver.executeQuery(`EXPLAIN ${statement}`, params, { database: db.database });
        const ops = operators(summary.plan as unknown as { operatorType: string; children: unknown[] }).map((op) => op.replace(/@.*/, ''));
        expect(ops.filter((op) => /Scan/.test(op))).toEqual([]);
        expect(ops.filter((op) => op === 'DirectedRelationshipIndexSeek')).toHaveLength(RELATION_TYPES.length);
      }
    }
  });
});
