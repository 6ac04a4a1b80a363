// What wink-nlp reads in the knowledge's phrases, kept on disk between runs. Every run (and every
// worker thread) tokenizes the same ~10,000 lexicon phrases while it builds the knowledge; the
// readDoc of them cost ~0.45 s of each run, a few percent of a 1000-article extraction. What is kept
// is wink-nlp's own answer (token values and the spaces before them) for one text, keyed by that
// text and the versions of wink-nlp and its model: our normalisation still runs on every read, so
// a change to it never meets a stale answer. Any failure to read or write the cache only means
// reading the text again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What readDoc gives for a text: each token's value and the spaces before it. */
export interface ReadTokens {
  values: string[];
  spaces: string[];
}

/** Texts shorter than this are read again each time: only knowledge-sized batches are worth a file. */
export const CACHED_MIN_LENGTH = 10_000;

const FORMAT = 1;

let versions: string | null = null;

function modelVersions(): string {
  if (versions === null) {
    const version = (name: string): string => (require(`${name}/package.json`) as { version?: string }).version ?? '?';
    versions = `wink-nlp ${version('wink-nlp')}, wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`;
  }
  return versions;
}

/**
 * This user's cache folder in the OS temp dir, made private; null when it cannot be made or is not
 * this user's alone (a shared temp dir must not feed another user's tokens into the lexicons).
 */
function cacheDir(): string | null {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const dir = join(tmpdir(), `kg-read-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stats = statSync(dir);
    if (!stats.isDirectory() || (uid !== null && stats.uid !== uid) || (stats.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}

function fileFor(dir: string, text: string): string {
  const key = createHash('sha256').update(`${FORMAT}\n${modelVersions()}\n`).update(text).digest('hex');
  return join(dir, `${key.slice(0, 40)}.json`);
}

function isReadTokens(value: unknown): value is ReadTokens {
  if (typeof value !== 'object' || value === null) return false;
  const { values, spaces } = value as Partial<ReadTokens>;
  return Array.isArray(values) && Array.isArray(spaces) && values.length === spaces.length && values.every((v) => typeof v === 'string') && spaces.every((s) => typeof s === 'string');
}

/** `read(text)`, from the cache (in `base`, tests) when this text was read before with the same wink-nlp and model. */
export function cachedRead(text: string, read: (text: string) => ReadTokens, base?: string): ReadTokens {
  if (text.length < CACHED_MIN_LENGTH) return read(text);
  const dir = base ?? cacheDir();
  if (dir === null) return read(text);
  const file = fileFor(dir, text);
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isReadTokens(kept)) return kept;
  } catch {
    // not cached yet, or unreadable: read the text
  }
  const tokens = read(text);
  // written whole under another name, then renamed: a run reading at the same time sees all or nothing
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(partial, JSON.stringify(tokens), { mode: 0o600 });
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true }); // a read-only or full disk: the next run reads the text again
  }
  return tokens;
}
