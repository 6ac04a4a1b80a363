// The writer against a real Neo4j (see tests/setup/global-setup.ts for which one).
import type { GraphBatch, Relation } from '../../src/model/types';
import { connectionConfigFromEnv, GraphConnectionError, openGraphDatabase } from '../../src/neo4j/connection';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { runCypher } from '../../src/neo4j/cypher-runner';
import { applySchema, writeArticle } from '../../src/neo4j/writer';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';

jest.setTimeout(60_000);

const ARTICLE = 'a1b2c3d4e5f60718';

function relation(partial: Partial<Relation> & Pick<Relation, 'id' | 'type' | 'source' | 'target'>): Relation {
  return { article: ARTICLE, evidence: 'Evidence sentence.', start: 10, end: 28, ...partial };
}

function sampleBatch(): GraphBatch {
  return {
    article: {
      id: ARTICLE,
      file: '000_test.txt',
      path: 'seeds/000_test.txt',
      title: 'Putin warns NATO',
      date: '2024-03-01',
      text: 'Putin warned NATO. Macron proposed talks. Peskov said nothing new.',
    },
    nodes: [
      { id: 'person:putin', label: 'Person', name: 'Vladimir Putin', aliases: ['Putin', 'the Russian president'] },
      { id: 'person:macron', label: 'Person', name: 'Emmanuel Macron', aliases: ['Macron'] },
      { id: 'person:peskov', label: 'Person', name: 'Dmitry Peskov', aliases: [] },
      { id: 'state:russia', label: 'State', name: 'Russia', aliases: ['Moscow'] },
      { id: 'org:nato', label: 'Organization', name: 'NATO', aliases: [] },
      { id: 'loc:crimea', label: 'Location', name: 'Crimea', aliases: [] },
    ],
    mentions: [
      { entity: 'person:putin', count: 2 },
      { entity: 'person:macron', count: 1 },
      { entity: 'person:peskov', count: 1 },
      { entity: 'org:nato', count: 1 },
      { entity: 'loc:crimea', count: 1 },
    ],
    relations: [
      relation({ id: 'r1', type: 'THREAT', source: 'person:putin', target: 'org:nato', cue: 'warned', quote: 'You will regret it', targetFrom: 'other side', date: '2024-03-01' }),
      relation({ id: 'r2', type: 'PROPOSAL', source: 'person:macron', target: 'person:putin', cue: 'proposed' }),
      relation({ id: 'r3', type: 'STATEMENT', source: 'person:peskov', target: null, cue: 'said', quote: 'nothing new' }),
      relation({ id: 'r4', type: 'AFFILIATED_WITH', source: 'person:peskov', target: 'state:russia', role: 'spokesman' }),
    ],
  };
}

/** Everything countable in the graph, for before/after comparisons. */
async function graphCounts(db: GraphDatabase): Promise<Record<string, number>> {
  const result = await runCypher(
    db,
    `CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL { MATCH (n:Entity) RETURN count(n) AS entities }
     CALL { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
     RETURN nodes, relationships, entities, mentions`,
  );
  return result.rows[0] as Record<string, number>;
}

describe('Neo4j writer', () => {
  let db: GraphDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
    await wipeDatabase(db);
  });

  afterAll(async () => {
    await wipeDatabase(db);
    await db.close();
  });

  beforeEach(() => wipeDatabase(db));

  test('schema applies twice without error', async () => {
    const first = await applySchema(db);
    const second = await applySchema(db);
    expect(second).toBe(first);
    const constraints = await column<string>(db, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(constraints).toEqual(expect.arrayContaining(['article_id', 'entity_id']));
    const indexes = await column<string>(db, 'SHOW INDEXES YIELD name RETURN name');
    expect(indexes).toEqual(expect.arrayContaining(['entity_name', 'entity_names', 'statement_article', 'threat_id']));
  });

  test('a batch creates the expected labels, edges and stats', async () => {
    await applySchema(db);
    const stats = await writeArticle(db, sampleBatch());
    expect(stats).toMatchObject({
      article: ARTICLE,
      entities: 6,
      mentions: 5,
      relations: 4,
      skippedRelations: [],
      nodesCreated: 7,
      relationshipsCreated: 9,
      relationshipsDeleted: 0,
    });
    const labels = await runCypher(db, 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
    expect(labels.rows).toEqual([
      { label: 'Article', n: 1 },
      { label: 'Entity', n: 6 },
      { label: 'Location', n: 1 },
      { label: 'Organization', n: 1 },
      { label: 'Person', n: 3 },
      { label: 'State', n: 1 },
    ]);
    const edges = await runCypher(db, 'MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS source, t.id AS target ORDER BY type, source, target');
    expect(edges.rows).toEqual([
      { type: 'AFFILIATED_WITH', source: 'person:peskov', target: 'state:russia' },
      { type: 'MENTIONS', source: ARTICLE, target: 'loc:crimea' },
      { type: 'MENTIONS', source: ARTICLE, target: 'org:nato' },
      { type: 'MENTIONS', source: ARTICLE, target: 'person:macron' },
      { type: 'MENTIONS', source: ARTICLE, target: 'person:peskov' },
      { type: 'MENTIONS', source: ARTICLE, target: 'person:putin' },
      { type: 'PROPOSAL', source: 'person:macron', target: 'person:putin' },
      { type: 'STATEMENT', source: 'person:peskov', target: ARTICLE },
      { type: 'THREAT', source: 'person:putin', target: 'org:nato' },
    ]);
    const threat = await runCypher(db, 'MATCH ()-[r:THREAT {id: $id}]->() RETURN properties(r) AS p, valueType(r.start) AS startType', { id: 'r1' });
    expect(threat.rows[0]).toEqual({
      p: { id: 'r1', article: ARTICLE, evidence: 'Evidence sentence.', start: 10, end: 28, cue: 'warned', quote: 'You will regret it', targetFrom: 'other side', date: '2024-03-01' },
      startType: 'INTEGER NOT NULL',
    });
    const mention = await column<number>(db, 'MATCH (:Article)-[m:MENTIONS]->(:Entity {id: "person:putin"}) RETURN m.count');
    expect(mention).toEqual([2]);
  });

  test('writing the same batch twice leaves identical counts and properties', async () => {
    await applySchema(db);
    await writeArticle(db, sampleBatch());
    const before = await graphCounts(db);
    const snapshot = await runCypher(db, 'MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, properties(r) AS p, t.id AS t ORDER BY s, type, t');
    const again = await writeArticle(db, sampleBatch());
    expect(await graphCounts(db)).toEqual(before);
    expect((await runCypher(db, 'MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, properties(r) AS p, t.id AS t ORDER BY s, type, t')).rows).toEqual(snapshot.rows);
    expect(before).toEqual({ nodes: 7, relationships: 9, entities: 6, mentions: 5 });
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsDeleted).toBe(9);
    expect(again.relationshipsCreated).toBe(9);
    expect(await column<string[]>(db, 'MATCH (e:Entity {id: "person:putin"}) RETURN e.aliases')).toEqual([['Putin', 'the Russian president']]);
  });

  test('a statement with no addressee is an edge from the speaker to the Article', async () => {
    await writeArticle(db, sampleBatch());
    const rows = await runCypher(db, 'MATCH (s:Person)-[r:STATEMENT]->(a:Article) RETURN s.name AS speaker, a.title AS title, r.quote AS quote, r.role AS role');
    expect(rows.rows).toEqual([{ speaker: 'Dmitry Peskov', title: 'Putin warns NATO', quote: 'nothing new', role: null }]);
  });

  test('a node shared by two articles keeps both aliases and both articles keep their edges', async () => {
    await writeArticle(db, sampleBatch());
    const second: GraphBatch = {
      article: { id: 'second0000000000', file: '001_test.txt', path: 'seeds/001_test.txt', title: 'Second', date: null, text: 'Mr Putin said.' },
      nodes: [{ id: 'person:putin', label: 'Person', name: 'Vladimir Putin', aliases: ['Mr Putin', 'Putin'] }],
      mentions: [{ entity: 'person:putin', count: 1 }],
      relations: [{ id: 's1', type: 'STATEMENT', source: 'person:putin', target: null, article: 'second0000000000', evidence: 'Mr Putin said.', start: 0, end: 14 }],
    };
    await writeArticle(db, second);
    await writeArticle(db, second);
    expect(await column<string[]>(db, 'MATCH (e:Entity {id: "person:putin"}) RETURN e.aliases')).toEqual([['Putin', 'the Russian president', 'Mr Putin']]);
    expect(await column<number>(db, 'MATCH (n:Entity) RETURN count(n)')).toEqual([6]);
    const perArticle = await runCypher(db, 'MATCH ()-[r]->() WHERE r.article IS NOT NULL RETURN r.article AS article, count(r) AS n ORDER BY article');
    expect(perArticle.rows).toEqual([
      { article: ARTICLE, n: 4 },
      { article: 'second0000000000', n: 1 },
    ]);
  });

  test('relations whose entities are missing are skipped and reported', async () => {
    const batch = sampleBatch();
    batch.relations.push(relation({ id: 'r9', type: 'THREAT', source: 'person:putin', target: 'org:nowhere' }));
    const stats = await writeArticle(db, batch);
    expect(stats.relations).toBe(4);
    expect(stats.skippedRelations).toEqual(['r9']);
  });

  test('names with quotes, backticks, Cypher and unicode are stored literally', async () => {
    const tricky = [
      "O'Brien",
      'Said "hello"',
      'back`tick`',
      '}) DETACH DELETE n //',
      "x'}) MATCH (m) DETACH DELETE m RETURN 1 //",
      'Zelenskyy Зеленський 習近平 🇺🇦 \u0000end',
      '\\ backslash $param {curly}',
    ];
    const batch = sampleBatch();
    batch.nodes = tricky.map((name, i) => ({ id: `person:${name}`, label: 'Person', name, aliases: [name, `${i}`] }));
    batch.mentions = tricky.map((name) => ({ entity: `person:${name}`, count: 1 }));
    batch.relations = [relation({ id: 'q`1', type: 'STATEMENT', source: `person:${tricky[0]}`, target: `person:${tricky[3]}`, quote: tricky[4], evidence: tricky[1] })];
    batch.article.title = tricky[3];
    await writeArticle(db, batch);
    const names = await column<string>(db, 'MATCH (e:Entity) RETURN e.name ORDER BY e.name');
    expect(names).toEqual([...tricky].sort(compareAsNeo4j));
    const ids = await column<string>(db, 'MATCH (e:Entity) RETURN e.id');
    expect(new Set(ids)).toEqual(new Set(tricky.map((name) => `person:${name}`)));
    const edge = await runCypher(db, 'MATCH (s)-[r:STATEMENT]->(t) RETURN s.name AS s, t.name AS t, r.quote AS quote, r.evidence AS evidence, r.id AS id');
    expect(edge.rows).toEqual([{ s: tricky[0], t: tricky[3], quote: tricky[4], evidence: tricky[1], id: 'q`1' }]);
    expect(await column<string>(db, 'MATCH (a:Article) RETURN a.title')).toEqual([tricky[3]]);
    expect(await column<number>(db, 'MATCH (n) RETURN count(n)')).toEqual([tricky.length + 1]);
  });

  test('runCypher returns plain JS values', async () => {
    await writeArticle(db, sampleBatch());
    const result = await runCypher(db, 'MATCH (e:Person {id: $id})<-[m:MENTIONS]-(a:Article) RETURN e, m, a.date AS date, $limit AS limit, date("2024-01-02") AS d', {
      id: 'person:putin',
      limit: 3,
    });
    expect(result.columns).toEqual(['e', 'm', 'date', 'limit', 'd']);
    const row = result.rows[0];
    expect(row.e).toMatchObject({ labels: expect.arrayContaining(['Entity', 'Person']), properties: { id: 'person:putin', name: 'Vladimir Putin' } });
    expect(row.m).toMatchObject({ type: 'MENTIONS', properties: { count: 2 } });
    expect(row).toMatchObject({ date: '2024-03-01', limit: 3, d: '2024-01-02' });
    const empty = await runCypher(db, 'MATCH (n:Nothing) RETURN n.id AS id');
    expect(empty).toEqual({ columns: ['id'], rows: [], counters: {} });
  });
});

describe('connection to the real server', () => {
  test('a wrong password is reported as such, without the password', async () => {
    const wrong = 'not-the-password-1234';
    const config = { ...connectionConfigFromEnv(), password: wrong };
    const err = await openGraphDatabase({ config, startLocal: false }).then(
      () => new Error('connected with a wrong password?'),
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(GraphConnectionError);
    expect(err.message).toMatch(/wrong user or password/);
    expect(err.message).not.toContain(wrong);
  });
});

/** Neo4j orders strings by code point; JS's default sort compares UTF-16 units. */
function compareAsNeo4j(a: string, b: string): number {
  const ca = Array.from(a, (ch) => ch.codePointAt(0) as number);
  const cb = Array.from(b, (ch) => ch.codePointAt(0) as number);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] !== cb[i]) return ca[i] - cb[i];
  }
  return ca.length - cb.length;
}
