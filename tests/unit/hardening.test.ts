// Issue 13 without a database: inputs that used to stall the pipeline, and the per-file time budget.
//   - the HTML parser's linear stacks (src/ingest/html-stack.ts) give exactly the text of
//     htmlparser2's own stacks, on tricky markup and on deep nesting;
//   - a file over its time budget ends with one "skipped: ... [time-budget]" line, the others are
//     read (the CLI as a child process, KG_MAX_FILE_SECONDS).
// Speed itself is the benchmark's business (npm run -s bench -- --phase pathological).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Parser } from 'htmlparser2';
import { withLinearStacks } from '../../src/ingest/html-stack';
import { INPUTS } from '../../bench/pathological';

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
    // A line of about 2 MB without a full stop (bench/pathological.ts): many seconds of work in any case.
    const longLine = INPUTS.find((i) => i.name === 'long-line');
    writeFileSync(path.join(dir, 'a-long-line.txt'), longLine?.make(2_000_000) ?? '');
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
});
