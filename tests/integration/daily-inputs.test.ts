// JSON lines, RSS, Atom and standard input through the compiled CLI into the real Neo4j: each
// record one Article with its url, outlet and date; bad records one line each, nothing else lost.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { cliEnv, lines, ROOT, runKg } from '../setup/robust-helpers';

jest.setTimeout(180_000);

const INPUTS = path.join(ROOT, 'tests', 'fixtures', 'daily', 'inputs');
let db: GraphDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
  await wipeDatabase(db);
});

afterAll(async () => {
  await db?.close();
});

interface ArticleRow {
  path: string;
  title: string;
  date: string | null;
  url: string | null;
  outlet: string | null;
}

const articles = async (): Promise<ArticleRow[]> =>
  column<ArticleRow>(db, 'MATCH (a:Article) RETURN a {.path, .title, .date, .url, .outlet} ORDER BY a.path');

test('JSON lines and feeds: one Article per good record, with its metadata; one line per bad record', async () => {
  const run = await runKg(['build', INPUTS]);
  expect(run.code).toBe(2); // some records were skipped, the others loaded
  const skipped = lines(run.stderr).filter((l) => l.startsWith('skipped:'));
  expect(skipped).toHaveLength(4);
  expect(skipped.map((l) => /#(\d+): /.exec(l)?.[1])).toEqual(['2', '3', '5', '2']);
  expect(skipped.filter((l) => l.endsWith('[bad-record]'))).toHaveLength(3);
  const rows = await articles();
  expect(rows.map((r) => path.basename(r.path))).toEqual(['day.jsonl#1', 'day.jsonl#4', 'feed.atom#1', 'feed.rss#1']);
  expect(rows[0]).toMatchObject({ title: 'Kenya offers talks', date: '2024-06-04', url: 'https://news.example/kenya-talks', outlet: 'Example News' });
  expect(rows[1]).toMatchObject({ date: null, url: null, outlet: 'Example News' });
  expect(rows[2]).toMatchObject({ title: 'Scholz proposes summit', date: '2023-12-31', url: 'https://atom.example/scholz', outlet: 'Atom Outlet' });
  expect(rows[3]).toMatchObject({ title: 'Macron warns Moscow', date: '2024-05-02', url: 'https://wire.example/macron', outlet: 'Daily Wire Service' });
  // The records' claims are loaded with the article's date.
  const dates = await column<string>(db, "MATCH (:Person {name: 'Emmanuel Macron'})-[t]->() RETURN t.date");
  expect(dates.length).toBeGreaterThan(0);
  expect(new Set(dates)).toEqual(new Set(['2024-05-02']));
});

test('standard input (`kg build -`): JSON lines piped in load with their metadata', async () => {
  await wipeDatabase(db);
  const input = `${JSON.stringify({ text: 'Polish Prime Minister Donald Tusk said on Friday that Poland would propose new sanctions against Belarus.', url: 'https://pipe.example/tusk', outlet: 'Pipe', date: '2024-07-12' })}\n`;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'build', '-'], { cwd: ROOT, env: cliEnv(), input, encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/dist\/ is missing or older/);
  expect(run.status).toBe(0);
  expect(await articles()).toEqual([{ path: 'stdin#1', title: expect.any(String), date: '2024-07-12', url: 'https://pipe.example/tusk', outlet: 'Pipe' }]);
  expect(await column<string>(db, "MATCH (p:Person {name: 'Donald Tusk'}) RETURN p.name")).toEqual(['Donald Tusk']);
});
