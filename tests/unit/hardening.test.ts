// Issue 13 without a database: inputs that used to stall the pipeline, the per-file time budget,
// file names as bytes, Unicode names, spill folders of dead runs.
//   - the HTML parser's linear stacks (src/ingest/html-stack.ts) give exactly the text of
//     htmlparser2's own stacks, on tricky markup and on deep nesting;
//   - a file over its time budget ends with one "skipped: ... [time-budget]" line, the others are
//     read (the CLI as a child process, KG_MAX_FILE_SECONDS).
// Speed itself is the benchmark's business (npm run -s bench -- --phase pathological).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Parser } from 'htmlparser2';
import { withLinearStacks } from '../../src/ingest/html-stack';
import { INPUTS } from '../../bench/pathological';
import { fsPath, nameFromBytes, printable } from '../../src/ingest/file-names';
import { makeSpillDir, removeDeadSpillDirs } from '../../src/run/spill';
import { runCorpus } from '../../src/run';
import { extractArticle } from '../../src/run/article';
import type { Knowledge } from '../../src/extract';
import type { Article, IngestedFile } from '../../src/model/types';
import { edgesOf } from '../setup/extract-text';

const ROOT = path.join(__dirname, '..', '..');

/** Every callback of the parser, in order: what htmlToText sees. */
function events(html: string, linear: boolean): string[] {
  const out: string[] = [];
  const make = (): Parser =>
    new Parser(
      {
        onopentag: (name, attributes) => out.push(`<${name} ${JSON.stringify(attributes)}>`),
        onclosetag: (name, implied) => out.push(`</${name}${implied ? ' implied' : ''}>`),
        ontext: (text) => out.push(text),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
    );
  const parser = linear ? withLinearStacks(make()) : make();
  parser.write(html);
  parser.end();
  return out;
}

describe('HTML parser with linear stacks', () => {
  const PAGES = [
    '<html><head><title>T &amp; U</title></head><body><p>one<p>two<div>three</p></div></body></html>',
    '<ul><li>a<li>b</ul><table><tr><td>x<td>y</table></span></b><p>stray ends</p>',
    '<svg><title>in svg</title><path/><foreignObject><p>html inside</p></foreignObject></svg><p>after<br/>',
    '<div><div><span><div>unclosed',
    '<math><mi>x</mi></math><select><option>1<option>2</select><dl><dt>a<dd>b</dl>',
    `${'<div>'.repeat(300)}deep${'</div>'.repeat(200)}<p>left open`,
  ];

  test.each(PAGES)('the same events as htmlparser2 alone: %s', (html) => {
    expect(events(html, true)).toEqual(events(html, false));
  });

  test('deep nesting: the same events (20,000 nested elements)', () => {
    const html = `<body>${'<div><span>'.repeat(10_000)}text${'</span></div>'.repeat(10_000)}<p>end</p></body>`;
    expect(events(html, true)).toEqual(events(html, false));
  });
});

describe('the per-file time budget', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-budget-'));
    // A line of about 8 MB without a full stop (bench/pathological.ts): linear now, but still many
    // seconds of work on any machine (2 MB took about 3 s once the speaker search was indexed).
    const longLine = INPUTS.find((i) => i.name === 'long-line');
    writeFileSync(path.join(dir, 'a-long-line.txt'), longLine?.make(8_000_000) ?? '');
    writeFileSync(path.join(dir, 'b-short.txt'), 'Talks resume\n\nPeskov said Moscow would send a delegation to Geneva.\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a file over its budget is skipped with one line; the other files are read', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'extract', dir, '--json', path.join(dir, 'out.json'), '--workers', '1'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KG_MAX_FILE_SECONDS: '2', KG_MAX_FILE_MB: '10' },
    });
    // (bin/kg.js may first say that it runs the sources, when dist/ is older than them)
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: dist/'));
    expect(lines[0]).toBe(
      `skipped: ${path.join(dir, 'a-long-line.txt')}: took longer than the time budget of 2 s per file; nothing of it was kept (raise the budget with KG_MAX_FILE_SECONDS, e.g. KG_MAX_FILE_SECONDS=8) [time-budget]`,
    );
    expect(lines[1]).toMatch(/^1 article from 2 files, 1 skipped; wrote \d+ nodes/);
    expect(run.status).toBe(2);
  });

  test.each([
    ['KG_MAX_FILE_SECONDS', 'soon', "error: KG_MAX_FILE_SECONDS must be a positive number of seconds, got 'soon'"],
    ['KG_MAX_FILE_MB', '-1', "error: KG_MAX_FILE_MB must be a positive number of megabytes, got '-1'"],
  ])('a malformed %s=%s is one line of error and exit 1, no stack', (name, value, message) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'extract', path.join(dir, 'b-short.txt'), '--json', path.join(dir, 'bad.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, [name]: value },
    });
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: dist/'));
    expect(lines).toEqual([message]);
    expect(run.status).toBe(1);
  });
});

describe('a bug met in one file', () => {
  const file = (text: string): IngestedFile => ({ path: 'a.txt', messages: [], article: { id: 'a', path: 'a.txt', file: 'a.txt', title: 'T', text, date: null, url: null, outlet: null } as unknown as Article });

  test('costs that file, with one fatal line that names the error and where it was thrown; the run goes on', () => {
    const broken = file('Peru said on Monday it would talk to Chile.\n');
    // knowledge with nothing in it: the extractor throws on its first lookup, as a bug would
    expect(extractArticle(broken, {} as Knowledge)).toBeNull();
    expect(broken.messages).toEqual([expect.objectContaining({ severity: 'fatal', rule: 'extraction-error', text: expect.stringMatching(/^the extractor failed \(TypeError: .*, at .*\); nothing of the file was kept, please report it with the file$/) })]);
  });

  test('sentences cut short are read: "... announced Lima", "... plans by French President" (searches once ran past the end)', () => {
    // each threw before (a TypeError inside the extractor); now each gives its statements
    expect(edgesOf('Envoy\n\nPeru announced Lima\n').map((e) => e.type)).toContain('STATEMENT');
    expect(edgesOf('Plans\n\nChinese officials signaled out plans by French President\n').map((e) => e.type)).toContain('STATEMENT');
  });
});

describe('file names are bytes, printed escaped', () => {
  test('a name that is not UTF-8 survives the round trip to its bytes', () => {
    const bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('-\u{1F600}-'), Buffer.from([0xff, 0xc3]), Buffer.from('.txt')]);
    const name = nameFromBytes(bytes);
    expect(name).toBe('caf\udce9-\u{1F600}-\udcff\udcc3.txt');
    expect(fsPath(name)).toEqual(bytes);
    expect(fsPath('plain-ünïcödé.txt')).toBe('plain-ünïcödé.txt');
    expect(printable(name)).toBe('caf\\xe9-\u{1F600}-\\xff\\xc3.txt');
    expect(printable('a\nskipped: x [empty]\u001b[31m\u202e.txt')).toBe('a\\nskipped: x [empty]\\x1b[31m\\u202e.txt');
  });

  test('kg reads a file whose name is not UTF-8, and prints hostile names escaped on one line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-names-'));
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Talks resume\n\nPeskov said Moscow would send a delegation to Geneva.\n');
      const forged = 'evil\nskipped: forged.txt: a forged line [empty]\u001b[31m.txt';
      writeFileSync(path.join(dir, forged), '   \n');
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'extract', dir, '--json', path.join(os.tmpdir(), `kg-names-${process.pid}.json`)], { cwd: ROOT, encoding: 'utf8' });
      const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('kg: dist/'));
      // (then the run's drop counts, one line: src/run/drops.ts)
      expect(lines.filter((l) => !l.startsWith('dropped: '))).toEqual([
        `skipped: ${dir}/evil\\nskipped: forged.txt: a forged line [empty]\\x1b[31m.txt: the file holds only whitespace (4 bytes) [empty]`,
        expect.stringMatching(/^1 article from 2 files, 1 skipped; wrote \d+ nodes/),
      ]);
      expect(run.stderr).not.toContain('\u001b');
      expect(run.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(path.join(os.tmpdir(), `kg-names-${process.pid}.json`), { force: true });
    }
  });
});

describe('Unicode names are NFC before matching, offsets exact', () => {
  test('"Pu\\u0301tin said ..." keeps its claim, and the evidence is the text at its offsets', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-nfc-'));
    try {
      writeFileSync(path.join(dir, 'nfc.txt'), 'Talks resume\n\nVladimir Pu\u0301tin said Russia would send a delegation to Geneva.\n');
      const run = await runCorpus([dir]);
      const article = run.articles[0];
      expect(article?.article.text).toContain('Vladimir Pútin said');
      expect(article?.article.text).toBe(article?.article.text.normalize('NFC'));
      const claims = (article?.relations ?? []).filter((r) => r.type !== 'AFFILIATED_WITH');
      expect(claims.length).toBeGreaterThan(0);
      for (const claim of claims) expect(claim.evidence).toBe(article?.article.text.slice(claim.start, claim.end));
      const speaker = article?.entities.find((e) => e.id === claims[0]?.source);
      expect(speaker?.name).toMatch(/^Vladimir P[uú]tin$/);
      expect(article?.mentions.map((m) => m.surface)).toContain('Vladimir Pútin');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('spill folders of dead processes', () => {
  test('are removed at the next start; a live process keeps its own', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'kg-spill-base-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
      mkdirSync(path.join(base, `kg-spill-${dead.stdout}-abc123`));
      writeFileSync(path.join(base, `kg-spill-${dead.stdout}-abc123`, 'worker-0.jsonl'), '{}\n');
      mkdirSync(path.join(base, `kg-spill-${live.pid}-def456`));
      try {
        expect(removeDeadSpillDirs(base)).toEqual([path.join(base, `kg-spill-${dead.stdout}-abc123`)]);
        expect(readdirSync(base)).toEqual([`kg-spill-${live.pid}-def456`]);
        expect(path.basename(makeSpillDir(base))).toMatch(new RegExp(`^kg-spill-${process.pid}-`));
      } finally {
        live.kill();
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
