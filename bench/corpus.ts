// The benchmark corpus: ≥ 20,000 articles / ≥ 10 M tokens, generated deterministically (seeded PRNG)
// into bench-data/ (git-ignored) by recombining the real sentences of seeds/ and swapping in other
// actors (leaders from knowledge/en/people.json, invented people built from their first names and
// surnames, countries with their demonyms and capitals from world-countries, organisations of the
// same kind), consistently within an article, so that ingest, extraction and resolution all have
// real work. Generated once: a manifest holds the parameters, and the same parameters skip.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';

export interface CorpusParams {
  seed: number;
  articles: number;
  /** Articles per sub-folder (so that a prefix of the corpus is a list of folders). */
  perFolder: number;
  minSentences: number;
  maxSentences: number;
}

export const DEFAULT_CORPUS: CorpusParams = { seed: 20240501, articles: 20_000, perFolder: 1000, minSentences: 14, maxSentences: 32 };

export interface Corpus {
  dir: string;
  params: CorpusParams;
  /** Sub-folders in order, perFolder articles each. */
  folders: string[];
  articles: number;
  bytes: number;
  /** Word and punctuation count by a regex (the benchmark counts wink tokens itself). */
  approxTokens: number;
  generatedNow: boolean;
  seconds: number;
}

const ROOT = join(__dirname, '..');

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

function shuffle<T>(rand: Rand, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ---------------------------------------------------------------- material from the seeds

interface Sentence {
  text: string;
  /** Starts a paragraph in its seed. */
  opens: boolean;
}

/** Body sentences of the seeds: paragraphs split at sentence ends; chrome-looking short lines left out. */
function seedSentences(seedDir: string): Sentence[] {
  const out: Sentence[] = [];
  for (const file of readdirSync(seedDir).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8');
    for (const paragraph of text.split(/\n+/)) {
      const line = paragraph.trim();
      if (line.split(/\s+/).length < 8 || !/[.!?"”’]$/.test(line)) continue;
      if (/comment|Source link|Credit:/i.test(line)) continue;
      const parts = line.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?\p{Lu})/u);
      parts.forEach((p, i) => {
        if (p.split(/\s+/).length >= 4) out.push({ text: p, opens: i === 0 });
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- actors and their swaps

interface PersonActor {
  full: string;
  surname: string;
}

interface StateActor {
  names: string[];
  demonym: string;
  capital: string;
}

interface Knowledge {
  people: PersonActor[];
  invented: PersonActor[];
  states: StateActor[];
  orgsByKind: Map<string, string[]>;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function actors(rand: Rand): Knowledge {
  const peopleFile = readJson<{ people: { name: string; aliases: string[] }[] }>(join(ROOT, 'knowledge', 'en', 'people.json'));
  const people = peopleFile.people.map((p) => ({ full: p.name, surname: p.name.split(/\s+/).pop() as string }));
  const simple = people.filter((p) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(p.full));
  const firsts = [...new Set(simple.map((p) => p.full.split(' ')[0]))];
  const lasts = [...new Set(simple.map((p) => p.surname))];
  const extraFirsts = ['Anna', 'Pierre', 'Ivan', 'Olga', 'Hans', 'Maria', 'Luis', 'Aiko', 'Fatima', 'Tomas', 'Elena', 'Jonas', 'Nadia', 'Omar', 'Sofia', 'Karl', 'Irina', 'Pablo', 'Lena', 'Yusuf'];
  const extraLasts = ['Kovalenko', 'Duval', 'Novak', 'Lindqvist', 'Moreau', 'Petrov', 'Hartmann', 'Okafor', 'Tanaka', 'Rossi', 'Haddad', 'Larsen', 'Horvat', 'Silva', 'Nowak', 'Dubois', 'Ivanova', 'Schneider', 'Mendes', 'Karimi', 'Fischer', 'Bergman', 'Costa', 'Varga', 'Lebedev'];
  const invented: PersonActor[] = [];
  const seen = new Set(people.map((p) => p.full));
  for (const first of [...firsts, ...extraFirsts]) {
    for (const last of [...lasts, ...extraLasts]) {
      const full = `${first} ${last}`;
      if (!seen.has(full) && rand() < 0.5) invented.push({ full, surname: last });
    }
  }
  const states: StateActor[] = countries
    .filter((c) => c.independent && c.capital.length > 0 && c.demonyms?.eng?.m && /^[\p{L} ]+$/u.test(c.name.common) && /^[\p{L} ]+$/u.test(c.capital[0]))
    .map((c) => ({ names: [c.name.common], demonym: c.demonyms.eng.m, capital: c.capital[0] }));
  const orgs = readJson<{ organizations: { name: string; aliases: string[]; kind: string }[] }>(join(ROOT, 'knowledge', 'en', 'organizations.json'));
  const orgsByKind = new Map<string, string[]>();
  for (const o of orgs.organizations) orgsByKind.set(o.kind, [...(orgsByKind.get(o.kind) ?? []), o.name]);
  return { people, invented, states, orgsByKind };
}

/** The actors the seeds name, each with the forms that are swapped. */
const SEED_STATES: { names: string[]; demonym: string; capital: string }[] = [
  { names: ['Russia'], demonym: 'Russian', capital: 'Moscow' },
  { names: ['Ukraine'], demonym: 'Ukrainian', capital: 'Kyiv' },
  { names: ['France'], demonym: 'French', capital: 'Paris' },
  { names: ['Germany'], demonym: 'German', capital: 'Berlin' },
  { names: ['the United Kingdom', 'Britain', 'the UK'], demonym: 'British', capital: 'London' },
];

/** One article's swaps: source form -> replacement, applied in one pass (longest form first). */
function articleSwaps(rand: Rand, k: Knowledge, seedText: string): Map<string, string> {
  const swaps = new Map<string, string>();
  const targets = shuffle(rand, [...k.people, ...k.invented, ...k.invented]);
  let next = 0;
  for (const person of k.people) {
    if (!seedText.includes(person.surname) || rand() < 0.35) continue; // keep some real actors
    const target = targets[next++ % targets.length];
    swaps.set(person.full, target.full);
    if (person.surname.length > 3) swaps.set(person.surname, target.surname);
  }
  const states = shuffle(rand, [...k.states]);
  SEED_STATES.forEach((state, i) => {
    if (rand() < 0.4) return;
    const target = states[i];
    for (const name of state.names) swaps.set(name, target.names[0]);
    swaps.set(state.demonym, target.demonym);
    swaps.set(state.capital, target.capital);
  });
  for (const names of k.orgsByKind.values()) {
    const shuffled = shuffle(rand, [...names]);
    names.forEach((name, i) => {
      if (seedText.includes(name) && rand() < 0.6) swaps.set(name, shuffled[i]);
    });
  }
  return swaps;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function applySwaps(text: string, swaps: Map<string, string>): string {
  if (swaps.size === 0) return text;
  const forms = [...swaps.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (form) => swaps.get(form) ?? form);
}

// ---------------------------------------------------------------- articles

function headline(rand: Rand, sentence: string): string {
  const words = sentence.replace(/[“”"‘’]/g, '').split(/\s+/).slice(0, int(rand, 6, 12));
  return words.join(' ').replace(/[,.;:]$/, '');
}

function article(rand: Rand, sentences: Sentence[], k: Knowledge, n: number): string {
  const count = int(rand, DEFAULT_CORPUS.minSentences, DEFAULT_CORPUS.maxSentences);
  // Runs of consecutive seed sentences keep quotes and their attributions together.
  const chosen: Sentence[] = [];
  while (chosen.length < count) {
    const start = Math.floor(rand() * sentences.length);
    const run = int(rand, 2, 6);
    for (let i = start; i < Math.min(sentences.length, start + run) && chosen.length < count; i++) chosen.push(sentences[i]);
  }
  const raw = chosen.map((s) => s.text).join(' ');
  const swaps = articleSwaps(rand, k, raw);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const s of chosen) {
    if (current.length > 0 && (s.opens || current.length >= 4) && rand() < 0.7) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    current.push(applySwaps(s.text, swaps));
  }
  if (current.length) paragraphs.push(current.join(' '));
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const date = `${2024 + (n % 2)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `${headline(rand, paragraphs[0])}\n\n${date}\n\n${paragraphs.join('\n\n')}\n`;
}

export function approxTokenCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu) ?? []).length;
}

function manifestOf(params: CorpusParams): string {
  return JSON.stringify({ generator: 1, ...params });
}

/** Generates the corpus into bench-data/ unless the same parameters were generated before. */
export function ensureCorpus(params: CorpusParams = DEFAULT_CORPUS, base = join(ROOT, 'bench-data')): Corpus {
  const began = Date.now();
  const dir = join(base, `corpus-${params.seed}-${params.articles}`);
  const manifestFile = join(dir, '.manifest.json'); // a dotfile: listing skips it, so the folder is a corpus as it is
  const folders = Array.from({ length: Math.ceil(params.articles / params.perFolder) }, (_, i) => join(dir, `part-${String(i).padStart(3, '0')}`));
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { params: string; bytes: number; approxTokens: number };
    if (manifest.params === manifestOf(params)) {
      return { dir, params, folders, articles: params.articles, bytes: manifest.bytes, approxTokens: manifest.approxTokens, generatedNow: false, seconds: 0 };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(params.seed);
  const sentences = seedSentences(join(ROOT, 'seeds'));
  const k = actors(rand);
  let bytes = 0;
  let approxTokens = 0;
  for (let n = 0; n < params.articles; n++) {
    const folder = folders[Math.floor(n / params.perFolder)];
    if (n % params.perFolder === 0) mkdirSync(folder, { recursive: true });
    const text = article(rand, sentences, k, n);
    writeFileSync(join(folder, `${String(n).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    approxTokens += approxTokenCount(text);
  }
  writeFileSync(manifestFile, JSON.stringify({ params: manifestOf(params), bytes, approxTokens }, null, 2));
  return { dir, params, folders, articles: params.articles, bytes, approxTokens, generatedNow: true, seconds: (Date.now() - began) / 1000 };
}

if (require.main === module) {
  const corpus = ensureCorpus();
  process.stdout.write(`${JSON.stringify({ ...corpus, folders: corpus.folders.length }, null, 2)}\n`);
}
