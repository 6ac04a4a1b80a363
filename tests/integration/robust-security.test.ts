// Secure by default: every value reaches Neo4j as a parameter, never as Cypher text.
//   - an article whose names and quotes hold ', ", backticks, `}) DETACH DELETE n //` and unicode
//     goes through the whole pipeline (`kg build`, a child process) and is stored literally: the
//     graph equals `kg extract`'s export of the same file, and a canary node survives;
//   - `kg cypher --param` and `kg query --param` pass such values literally;
//   - both writers (per article, and batched as `kg build` uses) store a hand-made GraphBatch with
//     such values in every field literally (names and ids are covered in neo4j-writer.test.ts);
//   - `kg serve` (the explorer) binds 127.0.0.1 by default, runs only its fixed queries, and
//     answers hostile parameters with 400 or as plain text to match, leaving the graph untouched.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExportDocument, GraphBatch, Relation } from '../../src/model/types';
import { writeArticlesBatched } from '../../src/neo4j/batch-writer';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { runCypher } from '../../src/neo4j/cypher-runner';
import { applySchema, writeArticle } from '../../src/neo4j/writer';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { freePort, hasStackTrace, lines, listeningAddresses, runKg, sleep, startKg } from '../setup/robust-helpers';

jest.setTimeout(180_000);

const INJECTION = "'}) DETACH DELETE n //";
const ARTICLE = `Talks on the Danube border stall as envoys trade warnings

VIENNA, March 3 (Reuters) - Austrian Foreign Minister Beate Meinl-Reisinger met Irish Foreign Minister Sean O'Brien in Vienna on Monday to discuss the stalled border talks.

"We will not accept a plan written in Moscow ${INJECTION}," O'Brien told reporters after the meeting.

O'Brien said that Ireland would propose a new round of talks with Hungary in "the \`spirit\` of Helsinki" and warned Russia that "any attack on \\"our\\" shipping is a red line; MATCH (n) DETACH DELETE n".

Hungarian Prime Minister Viktor Orbán said he welcomed the proposal. Zoë Łukaszewicz-Ångström, a spokeswoman for the Kremlin, said Moscow "rejects ultimatums — 拒绝 — ∎".
`;

let db: GraphDatabase;
let dir: string;

async function canaryAlive(): Promise<boolean> {
  return (await column<number>(db, "MATCH (c:Canary {id: 'keep-me'}) RETURN count(c)"))[0] === 1;
}

async function plantCanary(): Promise<void> {
  await db.driver.executeQuery("MERGE (:Canary {id: 'keep-me'})");
}

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-injection-'));
  writeFileSync(path.join(dir, 'inject.txt'), ARTICLE);
});

afterAll(async () => {
  await wipeDatabase(db);
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the whole pipeline: an article with hostile names and quotes', () => {
  let doc: ExportDocument;

  beforeAll(async () => {
    await wipeDatabase(db);
    await plantCanary();
    const extract = await runKg(['extract', path.join(dir, 'inject.txt'), '--json', path.join(dir, 'out.json')]);
    expect(extract.code).toBe(0);
    doc = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as ExportDocument;
    const build = await runKg(['build', path.join(dir, 'inject.txt')]);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  });

  test('the extraction found the hostile parts (else this test would prove nothing)', () => {
    expect(doc.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(["Sean O'Brien", 'Viktor Orbán', 'Zoë Łukaszewicz-Ångström']));
    const quotes = doc.edges.map((e) => e.quote);
    expect(quotes).toContain(`We will not accept a plan written in Moscow ${INJECTION},`);
    expect(quotes.some((q) => q?.includes('`spirit`'))).toBe(true);
  });

  test('the graph holds exactly the export: every node and edge, every string literally', async () => {
    expect(await canaryAlive()).toBe(true);
    const nodes = await column<{ id: string; name: string; aliases: string[] }>(db, 'MATCH (e:Entity) RETURN e {.id, .name, .aliases} ORDER BY e.id');
    expect(nodes).toEqual(doc.nodes.map(({ id, name, aliases }) => ({ id, name, aliases })).sort((a, b) => (a.id < b.id ? -1 : 1)));
    const edges = await column<Record<string, unknown>>(
      db,
      'MATCH (s)-[r]->(t) WHERE r.id IS NOT NULL RETURN {id: r.id, type: type(r), source: s.id, target: CASE WHEN t:Article THEN null ELSE t.id END, evidence: r.evidence, quote: r.quote, start: r.start, end: r.end} ORDER BY r.id, type(r)',
    );
    const expected = doc.edges
      .map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, evidence: e.evidence, quote: e.quote ?? null, start: e.start, end: e.end }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.type < b.type ? -1 : 1));
    expect(edges).toEqual(expected);
    const [text] = await column<string>(db, 'MATCH (a:Article) RETURN a.text');
    expect(text).toContain(INJECTION);
    expect(text).toContain('the `spirit` of Helsinki');
  });

  test('kg cypher --param: values are data, not Cypher', async () => {
    const found = await runKg(['cypher', 'MATCH (p:Person {name: $name}) RETURN p.name AS name', '--param', "name=Sean O'Brien", '--json']);
    expect(found.code).toBe(0);
    expect(lines(found.stdout)).toEqual([JSON.stringify({ name: "Sean O'Brien" })]);
    const before = await column<number>(db, 'MATCH (n) RETURN count(n)');
    // One process for four hostile values (each CLI start costs seconds).
    const hostile = [INJECTION, `x"}) DETACH DELETE n //`, '`) DETACH DELETE n //', '$name'];
    const run = await runKg([
      'cypher',
      'UNWIND [$a, $b, $c, $d] AS value OPTIONAL MATCH (p:Person {name: value}) RETURN value, p.name AS name',
      ...hostile.flatMap((value, i) => ['--param', `${'abcd'[i]}=${value}`]),
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l))).toEqual(hostile.map((value) => ({ value, name: null })));
    const quote = await runKg(['cypher', 'MATCH ()-[r:STATEMENT]->() WHERE r.quote CONTAINS $q RETURN r.quote AS quote', '--param', `q=${INJECTION}`, '--json']);
    expect(lines(quote.stdout)).toEqual([JSON.stringify({ quote: `We will not accept a plan written in Moscow ${INJECTION},` })]);
    expect(await column<number>(db, 'MATCH (n) RETURN count(n)')).toEqual(before);
  });

  test('kg query --param (the query pack): the same', async () => {
    const run = await runKg(['query', 'find-actor', '--param', "text=O'Brien", '--json']);
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l).name)).toEqual(["Sean O'Brien"]);
    const hostile = await runKg(['query', 'find-actor', '--param', `text=${INJECTION}`, '--json']);
    expect(hostile.code).toBe(0);
    expect(hostile.stdout.trim()).toBe('');
    expect(await canaryAlive()).toBe(true);
  });
});

describe('the writers: every field of a hand-made GraphBatch stored literally', () => {
  const tricky = (n: number): string => [`O'Brien-${n}`, `say "hi" ${n}`, `back\`tick\` ${n}`, `${INJECTION} ${n}`, `Зеленський 習近平 🇺🇦 ${n}`, `\\ $param {curly} ${n}`][n % 6] as string;

  function hostileBatch(k: number): GraphBatch {
    const id = `art'") DETACH DELETE n //${k}`;
    const rel = (i: number, type: Relation['type'], target: string | null): Relation => ({
      id: `rel\`${k}-${i}'`,
      type,
      source: `ent"${k}-0`,
      target,
      article: id,
      evidence: tricky(i + 1),
      start: 0,
      end: 5,
      quote: tricky(i + 2),
      role: type === 'AFFILIATED_WITH' ? tricky(i + 3) : undefined,
      cue: tricky(i + 4),
      date: `2024-01-0${k}'`,
    });
    return {
      article: { id, file: `${tricky(0)}.txt`, path: `/tmp/${tricky(3)}/x.txt`, title: tricky(4), date: `2024'-01-0${k}`, text: `${tricky(5)}\n${ARTICLE}` },
      nodes: [
        { id: `ent"${k}-0`, label: 'Person', name: tricky(k), aliases: [tricky(1), tricky(2), tricky(3)] },
        { id: `ent"${k}-1`, label: 'State', name: tricky(k + 1), aliases: [] },
        { id: `ent"${k}-2`, label: 'Organization', name: tricky(k + 2), aliases: [tricky(4)] },
        { id: `ent"${k}-3`, label: 'Location', name: tricky(k + 3), aliases: [tricky(5)] },
      ],
      mentions: [0, 1, 2, 3].map((i) => ({ entity: `ent"${k}-${i}`, count: i + 1 })),
      relations: [rel(0, 'STATEMENT', null), rel(1, 'THREAT', `ent"${k}-1`), rel(2, 'PROPOSAL', `ent"${k}-2`), rel(3, 'AFFILIATED_WITH', `ent"${k}-1`)],
    };
  }

  /** What the graph must hold for a batch, read back with parameters only. */
  async function check(batch: GraphBatch): Promise<void> {
    const { article } = batch;
    const stored = await runCypher(db, 'MATCH (a:Article {id: $id}) RETURN a.file AS file, a.path AS path, a.title AS title, a.date AS date, a.text AS text', { id: article.id });
    expect(stored.rows).toEqual([{ file: article.file, path: article.path, title: article.title, date: article.date, text: article.text }]);
    for (const node of batch.nodes) {
      const rows = await runCypher(db, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, [l IN labels(e) WHERE l <> "Entity"] AS labels', { id: node.id });
      expect(rows.rows).toEqual([{ name: node.name, aliases: node.aliases, labels: [node.label] }]);
    }
    for (const r of batch.relations) {
      const rows = await runCypher(db, 'MATCH (s)-[r {id: $id}]->(t) RETURN type(r) AS type, s.id AS source, t.id AS target, r.article AS article, r.evidence AS evidence, r.quote AS quote, r.role AS role, r.cue AS cue, r.date AS date', { id: r.id });
      expect(rows.rows).toEqual([{ type: r.type, source: r.source, target: r.target ?? article.id, article: r.article, evidence: r.evidence, quote: r.quote, role: r.role ?? null, cue: r.cue, date: r.date }]);
    }
    const mentions = await column<number>(db, 'MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN sum(m.count)', { id: article.id });
    expect(mentions).toEqual([10]);
  }

  beforeEach(async () => {
    await wipeDatabase(db);
    await applySchema(db);
    await plantCanary();
  });

  test('writeArticle (one article per transaction)', async () => {
    const batches = [hostileBatch(1), hostileBatch(2)];
    for (const b of batches) await writeArticle(db, b);
    for (const b of batches) await check(b);
    expect(await canaryAlive()).toBe(true);
    expect(await column<number>(db, 'MATCH (n) RETURN count(n)')).toEqual([1 + 2 * 5]);
  });

  test('writeArticlesBatched (what kg build uses)', async () => {
    const batches = [hostileBatch(1), hostileBatch(2), hostileBatch(3)];
    await writeArticlesBatched(db, batches, { maxArticles: 2 });
    for (const b of batches) await check(b);
    expect(await canaryAlive()).toBe(true);
    expect(await column<number>(db, 'MATCH (n) RETURN count(n)')).toEqual([1 + 3 * 5]);
  });
});

describe('kg serve (the explorer), as a process', () => {
  let port: number;
  let serve: ReturnType<typeof startKg>;

  function get(url: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: url, headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (s: string) => (body += s));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    await wipeDatabase(db);
    await plantCanary();
    const build = await runKg(['build', path.join(dir, 'inject.txt')]);
    expect(build.code).toBe(0);
    port = await freePort();
    serve = startKg(['serve', '--port', String(port)]);
    const deadline = Date.now() + 60_000;
    while ((await get('/api/meta').catch(() => ({ status: 0, body: '' }))).status !== 200) {
      if (Date.now() > deadline) throw new Error('kg serve did not answer within 60 s');
      await sleep(250);
    }
  });

  afterAll(async () => {
    if (serve) {
      process.kill(serve.pid, 'SIGTERM');
      const run = await serve.done;
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  test('binds 127.0.0.1 only, by default', async () => {
    const sockets = await listeningAddresses(serve.pid);
    expect(sockets).toEqual([`127.0.0.1:${port}`]);
  });

  test('hostile but well-formed values are searched for as text, not run', async () => {
    const hit = await get(`/api/search?q=${encodeURIComponent("O'Brien")}`);
    expect(hit.status).toBe(200);
    expect(JSON.parse(hit.body).results.map((r: { name: string }) => r.name)).toEqual(["Sean O'Brien"]);
    for (const q of [INJECTION, '"}) DETACH DELETE n //', '`x` DETACH DELETE n', '$q']) {
      const reply = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).results).toEqual([]);
    }
    expect(await canaryAlive()).toBe(true);
  });

  test('bad parameters are 400; no endpoint takes Cypher', async () => {
    for (const url of [
      '/api/search?q=putin&cypher=MATCH%20(n)%20DETACH%20DELETE%20n',
      '/api/search?q=putin&limit=1e9',
      `/api/search?q=putin&limit=${encodeURIComponent(INJECTION)}`,
      '/api/graph?types=STATEMENT%7CDELETE',
      '/api/query/find-actor?text=x&query=RETURN%201',
    ]) {
      const reply = await get(url);
      expect([url, reply.status]).toEqual([url, 400]);
      expect(JSON.parse(reply.body).error).toEqual(expect.any(String));
    }
    expect((await get('/api/cypher?q=RETURN%201')).status).toBe(404);
    expect((await get('/api/meta', 'evil.example')).status).toBe(421);
    expect(await canaryAlive()).toBe(true);
  });
});
