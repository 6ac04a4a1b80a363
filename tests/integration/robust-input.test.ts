// Bad input, end to end: a folder mixing good articles with an empty file, a binary one, invalid
// UTF-8, UTF-16 with a BOM, HTML pages (one an article, one only page furniture), a 50 MB file,
// reader comments only and a German article goes through the real CLI (`node bin/kg.js build`,
// a child process) into the test Neo4j. Each bad file gets one line naming it and its reason, the
// good files are loaded, the exit code is 2, and nothing of a rejected file reaches the graph.
// (Ingest's rules themselves are unit-tested in tests/unit/ingest.test.ts.)
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GraphDatabase } from '../../src/neo4j/connection';
import { ingestBuffer } from '../setup/ingest';
import { column, openTestDatabase, wipeDatabase } from '../setup/db';
import { hasStackTrace, lines, ROOT, runKg } from '../setup/robust-helpers';

jest.setTimeout(240_000);

const SEEDS = path.join(ROOT, 'seeds');
const seed = (name: string): string => readFileSync(path.join(SEEDS, name), 'utf8');

let db: GraphDatabase;
let dir: string;

/** File name -> what must happen to it: loaded, loaded with a warning, or skipped with a rule. */
const EXPECTED: Record<string, { outcome: 'loaded' } | { outcome: 'warning' | 'skipped'; rule: string }> = {
  'a-good.txt': { outcome: 'loaded' },
  'b-good.txt': { outcome: 'loaded' },
  'c-utf16-bom.txt': { outcome: 'loaded' },
  'd-article.html': { outcome: 'loaded' },
  'e-invalid-utf8.txt': { outcome: 'warning', rule: 'encoding-fallback' },
  'f-empty.txt': { outcome: 'skipped', rule: 'empty' },
  'g-photo.jpg': { outcome: 'skipped', rule: 'binary' },
  'h-huge.txt': { outcome: 'skipped', rule: 'too-large' },
  'i-comments.txt': { outcome: 'skipped', rule: 'no-content' },
  'j-german.txt': { outcome: 'skipped', rule: 'not-english' },
  'k-furniture.html': { outcome: 'skipped', rule: 'no-content' },
};

function writeFolder(): void {
  const files: Record<string, Buffer> = {
    'a-good.txt': Buffer.from(seed('000_b8527ec254b17462.txt')),
    'b-good.txt': Buffer.from(seed('003_24270a5528fe9d1d.txt')),
    'c-utf16-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed('001_730480621d05b789.txt'), 'utf16le')]),
    'd-article.html': Buffer.from(
      [
        '<!doctype html><html><head><title>Kremlin dismisses Le Monde report</title><script>var tracking = "Vladimir Putin";</script></head><body>',
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article>',
        ...seed('002_212c296293ee434c.txt').split('\n').slice(1, 9).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`),
        '</article><footer>© News Corp. All rights reserved.</footer></body></html>',
      ].join('\n'),
    ),
    // Saved as Windows-1252: its apostrophes (0x92) and é (0xE9) are invalid UTF-8.
    'e-invalid-utf8.txt': Buffer.from(`Café diplomacy\n\n${seed('004_a0fbd092381ce522.txt').replace(/[’']/g, '\u0092').replace(/[^\u0000-\u00ff]/g, '')}`, 'latin1'),
    'f-empty.txt': Buffer.alloc(0),
    'g-photo.jpg': Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100', 'hex'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]),
    'i-comments.txt': Buffer.from('Comments\nDavid\nDavid 2 weeks ago\nPutin is bluffing, as always.\nReply\nMouse 3 days ago\nMacron should resign.\nReply\n'),
    'j-german.txt': Buffer.from(
      'Der Kreml hat am Freitag erklärt, dass die Verhandlungen mit Washington Fortschritte gemacht hätten, aber ein Waffenstillstand sei noch nicht in Sicht. Der Minister sagte den Journalisten in Moskau, Russland werde jeden Plan ablehnen, der ohne Russland ausgearbeitet werde. Kremlsprecher Dmitri Peskow warnte vor Konsequenzen.',
    ),
    'k-furniture.html': Buffer.from(
      '<html><head><title>World news</title></head><body><nav><a href="/">Home</a></nav><div class="share">Share this</div><footer>Advertisement</footer><section id="comments"><h3>Comments</h3><p>Sasha 2 days ago</p><p>What a joke.</p></section></body></html>',
    ),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
  // 50 MB: a sparse file of that size (the CLI must refuse it by its size, without reading it).
  writeFileSync(path.join(dir, 'h-huge.txt'), '');
  truncateSync(path.join(dir, 'h-huge.txt'), 50 * 1024 * 1024);
}

/** The article ids the good files must get: ingest's content hash of their cleaned text. */
function expectedArticleIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [name, expected] of Object.entries(EXPECTED)) {
    if (expected.outcome === 'skipped') continue;
    const file = path.join(dir, name);
    const article = ingestBuffer(file, readFileSync(file), { env: {} }).article;
    if (!article) throw new Error(`${name} should ingest`);
    ids.set(article.id, name);
  }
  return ids;
}

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bad-input-'));
  writeFolder();
});

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['in-process', []],
  ['2 worker threads', ['--workers', '2']],
])('kg build on a folder of good and bad files (%s)', (_how, extra) => {
  let stdout: string;
  let stderr: string;
  let code: number | null;

  beforeAll(async () => {
    await wipeDatabase(db);
    const run = await runKg(['build', dir, ...extra]);
    ({ stdout, stderr, code } = run);
    process.stderr.write(`kg build (bad-input folder, ${_how}): exit ${code} in ${(run.ms / 1000).toFixed(1)} s\n`);
  });

  test('exit code 2: some files were skipped, the others processed', () => {
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Loaded 5 articles from 11 files, 6 skipped into bolt/m);
  });

  test('each bad file gets exactly one line with its path and its reason, and nothing else is said', () => {
    const errLines = lines(stderr);
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const about = errLines.filter((line) => line.includes(path.join(dir, name)));
      if (expected.outcome === 'loaded') {
        expect([name, about]).toEqual([name, []]);
      } else {
        const label = expected.outcome === 'skipped' ? 'skipped' : 'warning';
        expect([name, about.length, stderr]).toEqual([name, 1, stderr]);
        expect(about[0]).toMatch(new RegExp(`^${label}: ${path.join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .{10,} \\[${expected.rule}\\]$`));
      }
    }
    // Every stderr line is about one of the files: no stack trace, no stray output.
    expect(errLines).toHaveLength(6 + 1);
    expect(hasStackTrace(stderr)).toBe(false);
  });

  test('only the good articles are in the graph, whole', async () => {
    const expected = expectedArticleIds();
    const rows = await column<[string, string]>(db, 'MATCH (a:Article) RETURN [a.id, a.file] ORDER BY a.file');
    expect(rows).toEqual([...expected].map(([id, file]) => [id, file]).sort((x, y) => (x[1] < y[1] ? -1 : 1)));
    // Every edge belongs to one of them; every entity is mentioned by one of them.
    expect(await column<number>(db, 'MATCH ()-[r]->() WHERE r.article IS NOT NULL AND NOT r.article IN $ids RETURN count(r)', { ids: [...expected.keys()] })).toEqual([0]);
    expect(await column<number>(db, 'MATCH (e:Entity) WHERE NOT (:Article)-[:MENTIONS]->(e) RETURN count(e)')).toEqual([0]);
    // Every good article has its claims (the seeds all have some).
    const perArticle = await column<number>(db, 'MATCH (a:Article) RETURN count { ()-[r:STATEMENT|THREAT|PROPOSAL]->() WHERE r.article = a.id }');
    expect(perArticle.every((n) => n > 0)).toBe(true);
    // The German article, the comments and the furniture page gave nothing: none of their names.
    const names = await column<string>(db, 'MATCH (e:Entity) RETURN e.name');
    for (const name of ['Peskow', 'Dmitri Peskow', 'Kreml', 'David', 'Mouse', 'Sasha', 'News Corp']) expect(names).not.toContain(name);
  });
});
