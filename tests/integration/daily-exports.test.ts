// `kg export --claims/--graphml/--gexf` on the seeds in the real Neo4j: the CSV has the analyst's
// columns and no cell a spreadsheet would run as a formula; the GraphML loads in graphology's
// GraphML parser (a registry package) with every entity and edge.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { CLAIM_COLUMNS } from '../../src/export/analyst';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { runKg } from '../setup/robust-helpers';

jest.setTimeout(180_000);

let db: GraphDatabase;
let dir: string;

/** RFC 4180 with quoted cells (the export quotes every cell), CRLF rows, a leading BOM. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeDatabase(db);
  const build = await runKg(['build', 'seeds']);
  expect(build.code).toBe(0);
  // A claim whose words a spreadsheet would run: written the way the writer writes claims.
  await db.driver.executeQuery(
    `MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1
     MERGE (s:Entity:Person {id: 'person_formula_test'}) SET s.name = '=HYPERLINK("http://evil.example","x")', s.aliases = []
     MERGE (t:Entity:State {id: 'state_formula_test'}) SET t.name = '@SUM(A1:A9)', t.aliases = []
     CREATE (s)-[:STATEMENT {id: 'rel_formula_test', article: a.id, evidence: '-2+3 is what he said', quote: '+cmd|calc', cue: 'said', start: 0, end: 5}]->(t)`,
    {},
    { database: db.database },
  );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-exports-'));
});

afterAll(async () => {
  await db?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('claims CSV: the analyst columns, one row per claim edge, formulas neutralised', async () => {
  const file = path.join(dir, 'claims.csv');
  const run = await runKg(['export', '--claims', file]);
  expect(run.code).toBe(0);
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
  const edges = await column<number>(db, "MATCH (:Entity)-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)");
  expect(rows.length - 1).toBe(edges[0]);
  const at = (name: (typeof CLAIM_COLUMNS)[number]): number => CLAIM_COLUMNS.indexOf(name);
  // Every row names a speaker and an edge id; seed claims carry cue, evidence, date and article.
  const putin = rows.filter((r) => r[at('speaker')] === 'Vladimir Putin' && r[at('type')] === 'THREAT');
  expect(putin.length).toBeGreaterThan(0);
  for (const r of putin) {
    expect(r[at('cue')]).not.toBe('');
    expect(r[at('evidence')].length).toBeGreaterThan(20);
    expect(r[at('date')]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    expect(r[at('article')]).toMatch(/^seeds\/\d{3}_/);
    expect(r[at('edge_id')]).toMatch(/\S/);
  }
  // The one dated seed article dates its claims.
  expect(rows.slice(1).filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[at('date')])).length).toBeGreaterThan(0);
  const hostile = rows.find((r) => r[at('edge_id')] === 'rel_formula_test');
  expect(hostile).toBeDefined();
  expect(hostile?.[at('speaker')]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  expect(hostile?.[at('addressee')]).toBe("'@SUM(A1:A9)");
  expect(hostile?.[at('evidence')]).toBe("'-2+3 is what he said");
  expect(hostile?.[at('quote')]).toBe("'+cmd|calc");
  // No cell of the whole file starts with a formula character.
  for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('GraphML loads in a GraphML parser with every entity and edge, attributes typed', async () => {
  const file = path.join(dir, 'graph.graphml');
  const gexf = path.join(dir, 'graph.gexf');
  const run = await runKg(['export', '--graphml', file, '--gexf', gexf]);
  expect(run.code).toBe(0);
  const graph = parseGraphml(Graph, fs.readFileSync(file, 'utf8'));
  const entities = await column<number>(db, 'MATCH (e:Entity) RETURN count(e)');
  const edges = await column<number>(db, "MATCH (:Entity)-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)");
  const articleNodes = graph.filterNodes((_, a) => a.label === 'Article').length;
  expect(graph.order - articleNodes).toBe(entities[0]);
  expect(graph.size).toBe(edges[0]);
  const putin = graph.findNode((_, a) => a.name === 'Vladimir Putin');
  expect(putin).toBeDefined();
  expect(graph.getNodeAttribute(putin, 'label')).toBe('Person');
  expect(typeof graph.getNodeAttribute(putin, 'articles')).toBe('number');
  const threat = graph.findOutEdge(putin, (_, a) => a.type === 'THREAT');
  expect(graph.getEdgeAttribute(threat, 'evidence')).toMatch(/\S/);
  // GEXF: well-formed enough to hold the same numbers of nodes and edges.
  const text = fs.readFileSync(gexf, 'utf8');
  expect(text.match(/<node /g)?.length).toBe(graph.order);
  expect(text.match(/<edge /g)?.length).toBe(graph.size);
});
