// Every query of the pack (cypher/queries/) against the seeds graph in a real Neo4j.
import type { GraphBatch } from '../../src/model/types';
import type { GraphDatabase } from '../../src/neo4j/connection';
import type { PlainRow } from '../../src/neo4j/cypher-runner';
import { findQuery, loadQueryPack, QueryParamError, runPackQuery, type PackQuery } from '../../src/neo4j/query-pack';
import { openTestDatabase, wipeDatabase } from '../setup/db';
import { loadSeedsGraph } from '../setup/seeds-graph';
import { CLAIM_TYPE_NAMES, relationType } from '../../src/relations/registry';

jest.setTimeout(180_000);

// The seeds have no actor who both threatens and proposes to the same party: one small article
// of our own gives threaten-and-propose a row to find (its ids cannot collide with real ones).
const STICK_AND_CARROT: GraphBatch = {
  article: {
    id: 'test00000000beef',
    file: 'test_stick_and_carrot.txt',
    path: 'test_stick_and_carrot.txt',
    title: 'Alpha warns Beta, then offers talks',
    date: '2030-01-02',
    text: 'Alpha Testman warned Beta Republic of grave consequences. Alpha Testman offered Beta Republic talks.',
  },
  nodes: [
    { id: 'ent_test_alpha', label: 'Person', name: 'Alpha Testman', aliases: ['Testman'] },
    { id: 'ent_test_beta', label: 'State', name: 'Beta Republic', aliases: ['Beta'] },
  ],
  mentions: [
    { entity: 'ent_test_alpha', count: 2 },
    { entity: 'ent_test_beta', count: 2 },
  ],
  relations: [
    { id: 'rel_test_threat', type: 'THREAT', source: 'ent_test_alpha', target: 'ent_test_beta', article: 'test00000000beef', evidence: 'Alpha Testman warned Beta Republic of grave consequences.', start: 0, end: 57, cue: 'warn', date: '2030-01-02' },
    { id: 'rel_test_proposal', type: 'PROPOSAL', source: 'ent_test_alpha', target: 'ent_test_beta', article: 'test00000000beef', evidence: 'Alpha Testman offered Beta Republic talks.', start: 58, end: 100, cue: 'offer', date: '2030-01-02' },
  ],
};

describe('query pack on the seeds graph', () => {
  let db: GraphDatabase;
  const pack = loadQueryPack();

  function query(name: string): PackQuery {
    const q = findQuery(pack, name);
    if (!q) throw new Error(`no query ${name} in cypher/queries/`);
    return q;
  }

  async function rows(name: string, params: Record<string, unknown> = {}): Promise<PlainRow[]> {
    return (await runPackQuery(db, query(name), params)).rows;
  }

  const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSeedsGraph(db, [STICK_AND_CARROT]);
  });

  afterAll(async () => {
    await wipeDatabase(db);
    await db.close();
  });

  test('the pack has every question of the workbench', () => {
    expect(pack.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'threats',
        'statements-by-actor',
        'actor-said-about',
        'proposals-concerning',
        'top-speakers',
        'neighbourhood',
        'shortest-path',
        'co-mentioned',
        'affiliations',
        'timeline',
        'edge-evidence',
        'threaten-and-propose',
      ]),
    );
  });

  test.each(loadQueryPack().map((q) => [q.name, q] as const))('%s runs with the examples of its header', async (_name, q) => {
    const params = Object.fromEntries(q.params.map((p) => [p.name, p.example]));
    const result = await runPackQuery(db, q, params);
    expect(result.columns.length).toBeGreaterThan(0);
  });

  test('threats: Putin threatens, with "legitimate target" in the evidence; target-less threats say so', async () => {
    const threats = await rows('threats');
    const putin = threats.filter((r) => r.who === 'Vladimir Putin');
    expect(putin.length).toBeGreaterThan(0);
    expect(putin.some((r) => text(r.evidence).includes('legitimate target'))).toBe(true);
    for (const r of threats) {
      expect(typeof r.whom).toBe('string');
      expect(text(r.edge)).toMatch(/^rel_/);
    }
    expect(await rows('threats', { limit: 2 })).toHaveLength(2);
  });

  test('statements-by-actor: the same statements for a name, an alias and another case', async () => {
    const byName = await rows('statements-by-actor', { actor: 'Vladimir Putin' });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((r) => r.speaker === 'Vladimir Putin')).toBe(true);
    const edges = byName.map((r) => r.edge).sort();
    expect((await rows('statements-by-actor', { actor: 'putin' })).map((r) => r.edge).sort()).toEqual(edges);
    expect((await rows('statements-by-actor', { actor: 'The Russian President' })).map((r) => r.edge).sort()).toEqual(edges);
  });

  test('statements-by-actor: a date range keeps only dated statements inside it', async () => {
    const all = await rows('statements-by-actor', { actor: 'Peskov' });
    const may = await rows('statements-by-actor', { actor: 'Peskov', from: '2024-05-01', to: '2024-05-31' });
    expect(all.length).toBeGreaterThan(may.length);
    for (const r of may) expect(text(r.date) >= '2024-05-01' && text(r.date) <= '2024-05-31').toBe(true);
    expect(await rows('statements-by-actor', { actor: 'Peskov', from: '2031-01-01' })).toEqual([]);
  });

  test('actor-said-about: Putin about Macron, with how each claim matched', async () => {
    const said = await rows('actor-said-about', { actor: 'Putin', about: 'Macron' });
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((r) => r.speaker === 'Vladimir Putin' && r.about === 'Emmanuel Macron')).toBe(true);
    expect(said.every((r) => ['addressee', 'party', 'named'].includes(text(r.how)))).toBe(true);
    expect(said.some((r) => r.how === 'addressee' && r.addressee === 'Emmanuel Macron')).toBe(true);
  });

  test('proposals-concerning: Macron makes proposals', async () => {
    const proposals = await rows('proposals-concerning', { actor: 'the French president' });
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((r) => r.actor === 'Emmanuel Macron')).toBe(true);
    expect(proposals.some((r) => r.role === 'by' && r.proposer === 'Emmanuel Macron')).toBe(true);
  });

  test('top-speakers: Putin and Peskov among the five most active, counts add up', async () => {
    const top = await rows('top-speakers', { limit: 5 });
    expect(top).toHaveLength(5);
    const names = top.map((r) => r.actor);
    expect(names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Dmitry Peskov']));
    for (const r of top) expect(r.claims).toBe(CLAIM_TYPE_NAMES.reduce((sum, type) => sum + Number(r[relationType(type).plural]), 0)); // a column per claim type of the registry
    const claims = top.map((r) => Number(r.claims));
    expect([...claims].sort((a, b) => b - a)).toEqual(claims);
  });

  test('neighbourhood: Putin threatens Europe and is affiliated with Russia', async () => {
    const hood = await rows('neighbourhood', { actor: 'Putin' });
    const europe = hood.find((r) => r.neighbour === 'Europe');
    expect(europe?.outgoing).toEqual(expect.arrayContaining(['THREAT']));
    const russia = hood.find((r) => r.neighbour === 'Russia');
    expect(russia?.outgoing).toEqual(expect.arrayContaining(['AFFILIATED_WITH']));
  });

  test('shortest-path: Putin and Macron are connected, through actors only', async () => {
    const paths = await rows('shortest-path', { from: 'Putin', to: 'Macron' });
    expect(paths.length).toBeGreaterThan(0);
    const [first] = paths;
    expect(Number(first.hops)).toBeGreaterThanOrEqual(1);
    expect(text(first.path)).toMatch(/^Vladimir Putin .*Emmanuel Macron$/);
    expect((first.edges as string[]).length).toBe(first.hops);
    // A path never crosses an Article node (those have no name: it would print "null").
    expect(text(first.path)).not.toContain('null');
    expect(await rows('shortest-path', { from: 'Putin', to: 'Alpha Testman' })).toEqual([]);
  });

  test('co-mentioned: Macron and Ukraine are named in Putin\'s articles', async () => {
    const co = await rows('co-mentioned', { actor: 'Vladimir Putin' });
    const names = co.map((r) => r.coMentioned);
    expect(names).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Ukraine']));
    expect(names).not.toContain('Vladimir Putin');
    expect(co.every((r) => Number(r.articles) >= 1)).toBe(true);
  });

  test('affiliations: Peskov speaks for the Kremlin, and the query works from either end', async () => {
    const kremlin = await rows('affiliations', { actor: 'the Kremlin' });
    const peskov = kremlin.find((r) => r.person === 'Dmitry Peskov');
    expect(peskov).toBeDefined();
    expect(peskov?.organization).toBe('Kremlin');
    expect(text(peskov?.role)).toContain('spokes');
    expect(await rows('affiliations', { actor: 'KREMLIN', role: 'spokesman' })).toEqual(expect.arrayContaining([expect.objectContaining({ person: 'Dmitry Peskov' })]));
    const hisOwn = await rows('affiliations', { actor: 'Peskov' });
    expect(hisOwn.map((r) => r.organization)).toContain('Kremlin');
    expect(await rows('affiliations', { actor: 'the Kremlin', role: 'admiral' })).toEqual([]);
  });

  test('timeline: only the type asked for, both directions', async () => {
    const threats = await rows('timeline', { actor: 'Putin', type: 'threat' });
    expect(threats.length).toBeGreaterThan(0);
    expect(threats.every((r) => r.type === 'THREAT' && r.direction === 'out')).toBe(true);
    expect(threats.some((r) => text(r.evidence).includes('legitimate target'))).toBe(true);
    const all = await rows('timeline', { actor: 'Putin' });
    expect(all.some((r) => r.direction === 'in')).toBe(true);
    expect(all.length).toBeGreaterThan(threats.length);
  });

  test('edge-evidence: the sentence, the article and the text around it', async () => {
    const threat = (await rows('threats')).find((r) => r.who === 'Vladimir Putin' && text(r.evidence).includes('legitimate target'));
    const [edge] = await rows('edge-evidence', { id: threat?.edge });
    expect(edge.type).toBe('THREAT');
    expect(edge.source).toBe('Vladimir Putin');
    expect(edge.evidence).toBe(threat?.evidence);
    expect(text(edge.context)).toContain(text(edge.evidence));
    expect(text(edge.article)).not.toBe('');
    expect(edge.file).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(await rows('edge-evidence', { id: 'rel_does_not_exist' })).toEqual([]);
  });

  test('edge-evidence: a claim without addressee points at its article', async () => {
    const none = (await rows('threats')).find((r) => r.whom === '(no addressee)');
    if (!none) return; // the extraction found an addressee for every threat
    const [edge] = await rows('edge-evidence', { id: none.edge });
    expect(edge.target).toBe('(no addressee)');
  });

  test('threaten-and-propose: one party both threatened and offered something', async () => {
    const both = await rows('threaten-and-propose');
    expect(both).toEqual(expect.arrayContaining([expect.objectContaining({ actor: 'Alpha Testman', party: 'Beta Republic', threats: 1, proposals: 1 })]));
    for (const r of both) expect(Number(r.threats) >= 1 && Number(r.proposals) >= 1).toBe(true);
  });

  test('find-actor: part of a name or an alias', async () => {
    const found = await rows('find-actor', { text: 'kreml' });
    expect(found.map((r) => r.name)).toEqual(expect.arrayContaining(['Kremlin', 'Dmitry Peskov']));
  });

  test('values reach Neo4j as parameters: quotes and Cypher in a name match nothing and break nothing', async () => {
    expect(await rows('statements-by-actor', { actor: "Putin' OR 1=1 //" })).toEqual([]);
    expect(await rows('affiliations', { actor: '"}) MATCH (n) DETACH DELETE n //' })).toEqual([]);
    expect((await rows('find-actor', { text: 'Putin' })).length).toBeGreaterThan(0);
  });

  test('bad parameters are refused before the database is asked', async () => {
    await expect(runPackQuery(db, query('statements-by-actor'), {})).rejects.toThrow(QueryParamError);
    await expect(runPackQuery(db, query('threats'), { limit: 'ten' })).rejects.toThrow(/whole number/);
    await expect(runPackQuery(db, query('timeline'), { actor: 'Putin', type: 'MENTIONS' })).rejects.toThrow(/one of/);
    await expect(runPackQuery(db, query('threats'), { actor: 'Putin' })).rejects.toThrow(/unknown parameter/);
  });
});
