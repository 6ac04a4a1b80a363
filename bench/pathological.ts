// The pathological-input phase of the benchmark (`npm run -s bench -- --phase pathological`):
// inputs made to find superlinear spots, each timed at size N and 2N through the whole in-process
// pipeline of one file (read, decode, HTML, nlp, extract, resolve). A linear stage doubles its
// time when its input doubles: the ratio t(2N)/t(N) is expected at ≤ 2.3 (issue 13), where a
// quadratic one gives about 4.
//   long-line      one line of words, names and verbs of saying, no full stop
//   nested-html    <div> nested N deep around a paragraph
//   quote-marks    sentences with quote marks, half of them never closed
//   capital-runs   one line of capitalised words that are no known name, no full stop
// Each size runs REPEATS times and keeps the fastest run (the machine is shared; noise only adds).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { runCorpus } from '../src/run';

const REPEATS = 3;
export const PATHOLOGICAL_MAX_RATIO = 2.3;

interface Input {
  name: string;
  ext: 'txt' | 'html';
  /** Base size N, in the unit `make` takes. */
  n: number;
  unit: string;
  make: (size: number) => string;
}

/** Deterministic words from a small LCG: the same input every run. */
function words(count: number, seed: number, pick: (r: number) => string): string[] {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    out.push(pick(state));
  }
  return out;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vas', 'ru', 'bel', 'dan', 'sho', 'gri', 'pol', 'zen'];
const capitalised = (r: number): string => {
  const word = `${SYLLABLES[r % 12]}${SYLLABLES[(r >> 4) % 12]}${SYLLABLES[(r >> 8) % 12]}`;
  return word[0].toUpperCase() + word.slice(1);
};

const LONG_LINE = 'Putin said Macron warned the Kremlin spokesman Dmitry Peskov told reporters that Zelensky proposed talks with Germany and France while officials in Moscow threatened Kyiv and Washington';

export const INPUTS: Input[] = [
  {
    name: 'long-line',
    ext: 'txt',
    n: 80_000,
    unit: 'chars',
    make: (chars) => `Talks\n\n${`${LONG_LINE} `.repeat(Math.ceil(chars / (LONG_LINE.length + 1))).slice(0, chars)}\n`,
  },
  {
    name: 'nested-html',
    ext: 'html',
    n: 50_000,
    unit: 'nested divs',
    make: (depth) => `<html><body>${'<div>'.repeat(depth)}<p>Putin said Macron warned the Kremlin about the talks.</p>${'</div>'.repeat(depth)}</body></html>`,
  },
  {
    name: 'quote-marks',
    ext: 'txt',
    n: 3_000,
    unit: 'sentences',
    make: (sentences) =>
      `Talks\n\n${Array.from({ length: sentences }, (_, i) => (i % 2 ? `"We will not accept it," said Putin in Moscow on day ${i}. ` : `Peskov said "the talks ${i} will go on. `)).join('')}\n`,
  },
  {
    name: 'capital-runs',
    ext: 'txt',
    n: 32_000,
    unit: 'words',
    // The English paragraph keeps the language check satisfied (15 % common words needed).
    make: (count) => `Talks\n\nPeskov said ${words(count, 7, capitalised).join(' ')} warned Macron\n\n${'It is said that the talks will go on for as long as they can. '.repeat(Math.ceil(count / 14))}\n`,
  },
];

async function fastest(file: string): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const began = process.hrtime.bigint();
    const run = await runCorpus([file], { maxFileMb: 100 });
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    if (run.failed > 0) throw new Error(`${file} was skipped: ${run.messages.map((m) => m.text).join('; ')}`);
    best = Math.min(best, seconds);
  }
  return best;
}

export interface PathologicalResult {
  name: string;
  unit: string;
  n: number;
  bytes_n: number;
  seconds_n: number;
  seconds_2n: number;
  ratio: number;
}

/** Times every input at N and 2N; `scale` multiplies the base sizes. */
export async function runPathological(scale = 1, log: (line: string) => void = () => undefined): Promise<PathologicalResult[]> {
  const dir = mkdtempSync(join(os.tmpdir(), 'kg-bench-pathological-'));
  try {
    // Warm-up: knowledge, lexicons and wink-nlp load once, outside the timings.
    writeFileSync(join(dir, 'warm.txt'), 'Talks\n\nPutin said Macron warned the Kremlin.\n');
    await runCorpus([join(dir, 'warm.txt')]);
    const results: PathologicalResult[] = [];
    for (const input of INPUTS) {
      const n = Math.round(input.n * scale);
      const times: number[] = [];
      let bytes = 0;
      for (const size of [n, 2 * n]) {
        const file = join(dir, `${input.name}-${size}.${input.ext}`);
        const text = input.make(size);
        if (size === n) bytes = Buffer.byteLength(text);
        writeFileSync(file, text);
        times.push(await fastest(file));
      }
      const [t1, t2] = times as [number, number];
      const result = { name: input.name, unit: input.unit, n, bytes_n: bytes, seconds_n: t1, seconds_2n: t2, ratio: t2 / t1 };
      log(`${input.name}: N = ${n} ${input.unit} (${(bytes / 1024).toFixed(0)} KB) ${t1.toFixed(3)} s, 2N ${t2.toFixed(3)} s, ratio ${result.ratio.toFixed(2)}`);
      results.push(result);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pathologicalTable(results: PathologicalResult[]): string {
  const rows = results.map((r) => `| ${r.name.padEnd(13)} | ${`${r.n} ${r.unit}`.padEnd(20)} | ${`${(r.bytes_n / 1024).toFixed(0)} KB`.padStart(7)} | ${r.seconds_n.toFixed(3).padStart(8)} | ${r.seconds_2n.toFixed(3).padStart(8)} | ${r.ratio.toFixed(2).padStart(5)} | ${r.ratio <= PATHOLOGICAL_MAX_RATIO ? 'met' : 'MISSED'} |`);
  return [
    `Pathological inputs, t(2N) / t(N) (≤ ${PATHOLOGICAL_MAX_RATIO} expected: linear):`,
    '| input         | N                    | size N  | t(N) s   | t(2N) s  | ratio |        |',
    '|---------------|----------------------|---------|----------|----------|-------|--------|',
    ...rows,
  ].join('\n');
}
