// Generator of mutated articles for the fuzz test (tests/unit/fuzz-extract.test.ts): the seeds'
// sentences recombined and mutated (swap, cut, duplicate, long lines, quotes, unicode, control
// characters, random bytes), as files of the three formats and three encodings.
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seeds' lines split into sentences: the material every case is made of. */
export function seedSentences(): string[] {
  const dir = join(__dirname, '..', '..', 'seeds');
  const out: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const trimmed = line.trim();
      if (trimmed) out.push(...trimmed.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?\p{Lu})/u));
    }
  }
  return out;
}

export const SENTENCES = seedSentences();

/** Characters that have broken offset bookkeeping elsewhere: quotes, marks, invisible and wide ones. */
const TRICKY = [
  '"', '“', '”', '‘', '’', "'", '`', '«', '»', '„', '—', '–', '…', '(', ')', '[', ']', '{', '}', '<', '>', '&amp;', '<p>', '</div>', '# ', '* ', '> ',
  '\u0000', '\u0007', '\u001b[31m', '\t', '\r', '\r\n', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\ufeff', '\ufffd',
  'e\u0301', '\u0301', 'İ', 'ß', 'ﬁ', 'Ǆ', 'ǅ', '🇺🇦', '👩‍👩‍👧', '😀', '\ud800', '\udfff', '習近平', 'Зеленський', 'مرحبا', 'שלום', 'ไทย', '𝐁𝐨𝐥𝐝',
  'Mr.', 'U.S.', 'Dr. ', ' said', ' warned', ' proposed', ', said Putin.', '"', ' according to Peskov', ' he added', 'Reply', '2 weeks ago', 'Source link',
];

/**
 * Size caps, so that thousands of cases fit in a minute: extraction time grows with the square of
 * the number of sentences in an article (quotes x sentences in src/extract/claims.ts), so one
 * 500 kB case would take most of a minute by itself. Huge inputs are the ingest limit's business.
 */
const LONG_LINE_CHARS = 20_000;
const MAX_TEXT_CHARS = 40_000;

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

type Op =
  | { kind: 'swap'; i: number; j: number }
  | { kind: 'cut'; i: number; a: number; b: number }
  | { kind: 'insert'; i: number; at: number; what: string }
  | { kind: 'long'; i: number; times: number }
  | { kind: 'case'; i: number; upper: boolean }
  | { kind: 'drop'; i: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), i: fc.nat(), a: fraction, b: fraction }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), i: fc.nat(), at: fraction, what: fc.constantFrom(...TRICKY) }) },
  fc.record({ kind: fc.constant('insert' as const), i: fc.nat(), at: fraction, what: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('long' as const), i: fc.nat(), times: fc.integer({ min: 10, max: 120 }) }),
  fc.record({ kind: fc.constant('case' as const), i: fc.nat(), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('drop' as const), i: fc.nat() }),
);

function apply(sentences: string[], o: Op): void {
  if (sentences.length === 0) return;
  const i = o.i % sentences.length;
  const s = sentences[i];
  const at = (f: number): number => Math.floor(f * s.length);
  switch (o.kind) {
    case 'swap': {
      const j = o.j % sentences.length;
      [sentences[i], sentences[j]] = [sentences[j], s];
      break;
    }
    case 'cut':
      sentences[i] = s.slice(Math.min(at(o.a), at(o.b)), Math.max(at(o.a), at(o.b)));
      break;
    case 'insert':
      sentences[i] = s.slice(0, at(o.at)) + o.what + s.slice(at(o.at));
      break;
    case 'long': // one very long line: the same sentence many times, no newline, up to LONG_LINE_CHARS
      sentences[i] = Array.from({ length: Math.max(1, Math.min(o.times, Math.floor(LONG_LINE_CHARS / (s.length + 1)))) }, () => s).join(' ');
      break;
    case 'case':
      sentences[i] = o.upper ? s.toUpperCase() : s.toLowerCase();
      break;
    case 'drop':
      sentences.splice(i, 1);
      break;
  }
}

export interface Case {
  name: string;
  bytes: Buffer;
}

export const article: fc.Arbitrary<Case> = fc
  .record({
    picks: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 1, maxLength: 14 }),
    run: fc.boolean(),
    ops: fc.array(op, { maxLength: 8 }),
    joiner: fc.constantFrom(' ', '\n', '\n\n', '\r\n', ' \n '),
    ext: fc.constantFrom('txt', 'txt', 'txt', 'html', 'md'),
    // Random bytes inserted in one case of 4; a file of nothing but random bytes in one of 20.
    noise: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ at: fraction, data: fc.uint8Array({ minLength: 1, maxLength: 24 }) }) }),
    encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf16le-bom', 'latin1'),
    raw: fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) }),
  })
  .map(({ picks, run, ops, joiner, ext, noise, encoding, raw }) => {
    const name = `fuzz.${ext}`;
    if (raw) return { name, bytes: Buffer.from(raw) }; // pure random bytes, now and then
    // Runs of consecutive seed sentences keep quotes with their speakers, as in real articles.
    const sentences = run ? SENTENCES.slice(picks[0], picks[0] + picks.length) : picks.map((p) => SENTENCES[p]);
    for (const o of ops) apply(sentences, o);
    const text = sentences.join(joiner).slice(0, MAX_TEXT_CHARS);
    let bytes =
      encoding === 'utf16le-bom'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8');
    if (noise) {
      const at = Math.floor(noise.at * bytes.length);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(noise.data), bytes.subarray(at)]);
    }
    return { name, bytes };
  });

