// The disk side of ingest: which files to read, and reading them one at a time, size checked first.
import { promises as fs, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { IngestedFile, Message } from '../model/types';
import { fsPath, nameFromBytes } from './file-names';
import { FileTimeBudgetExceeded, newFileBudget, rememberFileBudget, timeBudgetMessage, withinFileBudget } from './budget';
import { ingestInputResolved, ingestResolved, tooLargeMessage } from './ingest';
import type { IngestKnowledge } from './knowledge';
import { ingestMessage } from './messages';
import { resolveOptions, type IngestOptions, type ResolvedIngestOptions } from './options';

export interface InputListing {
  /** Files to ingest: the files named, then each folder's files, recursively, sorted by name. */
  files: string[];
  /** One fatal message per path that could not be listed. */
  messages: Message[];
}

/**
 * Expand files and folders into a list of files. Dotfiles and dot-folders inside folders are
 * skipped (.git, .DS_Store); everything else is listed, whatever its extension, and left to the
 * content checks, which say why a picture or a PDF is not an article.
 */
export async function listInputFiles(paths: string[]): Promise<InputListing> {
  const listing: InputListing = { files: [], messages: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === STDIN) {
      if (!listing.files.includes(STDIN)) listing.files.push(STDIN);
      continue;
    }
    const stats = await statOrMessage(path, listing.messages);
    if (!stats) continue;
    if (stats.isDirectory()) await walkFolder(path, listing, seen, new Set());
    else addFile(path, stats, listing, seen);
  }
  return listing;
}

async function walkFolder(folder: string, listing: InputListing, seen: Set<string>, visiting: Set<string>): Promise<void> {
  // A symlink pointing back up the tree would otherwise be walked forever.
  const real = await fs.realpath(fsPath(folder));
  if (visiting.has(real)) return;
  visiting.add(real);
  let names: string[];
  try {
    // Names as bytes: one that is not UTF-8 keeps its bytes (file-names.ts) instead of becoming U+FFFD.
    names = (await fs.readdir(fsPath(folder), { encoding: 'buffer' })).map(nameFromBytes).filter((name) => !name.startsWith('.')).sort(byCodePoint);
  } catch (error) {
    listing.messages.push(ingestMessage(folder, 'fatal', 'unreadable', `cannot list the folder: ${errorText(error)}`));
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    const stats = await statOrMessage(path, listing.messages);
    if (!stats) continue;
    if (stats.isDirectory()) await walkFolder(path, listing, seen, visiting);
    else addFile(path, stats, listing, seen);
  }
  visiting.delete(real);
}

function addFile(path: string, stats: Stats, listing: InputListing, seen: Set<string>): void {
  if (!stats.isFile()) {
    listing.messages.push(ingestMessage(path, 'fatal', 'unreadable', 'not a regular file (a device, socket or pipe)'));
    return;
  }
  // The same file named twice (or reached through two folders) is read once.
  const identity = `${stats.dev}:${stats.ino}`;
  if (seen.has(identity)) return;
  seen.add(identity);
  listing.files.push(path);
}

async function statOrMessage(path: string, messages: Message[]): Promise<Stats | undefined> {
  try {
    return await fs.stat(fsPath(path));
  } catch (error) {
    messages.push(statMessage(path, error));
    return undefined;
  }
}

function statMessage(path: string, error: unknown): Message {
  if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
    return ingestMessage(path, 'fatal', 'not-found', `no such file or folder: ${path}`);
  }
  return ingestMessage(path, 'fatal', 'unreadable', `cannot read it: ${errorText(error)}`);
}

/** The path that means standard input (`kg build -`); its articles are named "stdin". */
export const STDIN = '-';
const STDIN_NAME = 'stdin';

/** Read and ingest one file. The size is checked with stat before reading, so a huge file is never loaded. */
export async function ingestFile(path: string, options: IngestOptions, knowledge: IngestKnowledge): Promise<IngestedFile> {
  return ingestFileResolved(path, resolveOptions(options), knowledge);
}

/**
 * Read and ingest one input: a file or `-` (standard input). A JSON lines file or a feed gives one
 * IngestedFile per record (src/ingest/records.ts); any other file, one. `knowledge` is the run's
 * (src/knowledge: loadKnowledge().ingest).
 */
export async function ingestInput(path: string, options: IngestOptions, knowledge: IngestKnowledge): Promise<IngestedFile[]> {
  return ingestInputFile(path, resolveOptions(options), knowledge);
}

async function ingestInputFile(path: string, options: ResolvedIngestOptions, knowledge: IngestKnowledge): Promise<IngestedFile[]> {
  if (path === STDIN) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (error) {
      return [{ path: STDIN_NAME, article: null, messages: [ingestMessage(STDIN_NAME, 'fatal', 'unreadable', `cannot read standard input: ${errorText(error)}`)] }];
    }
    return withinBudget(STDIN_NAME, options, () => ingestInputResolved(STDIN_NAME, bytes, options, knowledge));
  }
  const read = readChecked(path, options);
  return 'rejected' in read ? [read.rejected] : withinBudget(path, options, () => ingestInputResolved(path, read.bytes, options, knowledge));
}

/**
 * Ingests under the file's time budget (budget.ts), which starts now: a file over it gives one
 * 'time-budget' message. A file of one article goes on with the same budget through extraction;
 * each record of a JSON lines file or feed gets a budget of its own, started when it is extracted.
 */
function withinBudget(path: string, options: ResolvedIngestOptions, ingest: () => IngestedFile[]): IngestedFile[] {
  const budget = newFileBudget(options.maxFileSeconds);
  let files: IngestedFile[];
  try {
    files = withinFileBudget(budget, ingest);
  } catch (error) {
    if (error instanceof FileTimeBudgetExceeded) return [{ path, article: null, messages: [timeBudgetMessage(path, error)] }];
    throw error;
  }
  for (const file of files) rememberFileBudget(file, files.length === 1 ? budget : { seconds: budget.seconds });
  return files;
}

function readChecked(path: string, options: ResolvedIngestOptions): { bytes: Buffer } | { rejected: IngestedFile } {
  const rejected = (m: Message): { rejected: IngestedFile } => ({ rejected: { path, article: null, messages: [m] } });
  let stats: Stats;
  try {
    stats = statSync(fsPath(path));
  } catch (error) {
    return rejected(statMessage(path, error));
  }
  if (stats.isDirectory()) {
    return rejected(ingestMessage(path, 'fatal', 'unreadable', 'this is a folder; list it with listInputFiles or pass it to ingestFiles'));
  }
  if (stats.size > options.maxFileBytes) return rejected(tooLargeMessage(path, stats.size, options));
  try {
    return { bytes: readFileSync(fsPath(path)) };
  } catch (error) {
    return rejected(statMessage(path, error));
  }
}

// One article file is small and the pipeline reads files one after the other: synchronous reads
// (stat, then one read) cost a fraction of the promise API's five thread-pool round trips per file.
async function ingestFileResolved(path: string, options: ResolvedIngestOptions, knowledge: IngestKnowledge): Promise<IngestedFile> {
  const read = readChecked(path, options);
  // The file may have grown since stat; ingestResolved checks the size of what was read again.
  if ('rejected' in read) return read.rejected;
  const [file] = withinBudget(path, options, () => [ingestResolved(path, read.bytes, options, knowledge)]);
  return file as IngestedFile;
}

/**
 * Ingest files and folders one file at a time, in listing order: only one file's bytes are in
 * memory at once. Paths that could not be listed come first, as files without an article. JSON
 * lines files and feeds give one IngestedFile per record.
 */
export async function* ingestFiles(paths: string[], options: IngestOptions, knowledge: IngestKnowledge): AsyncGenerator<IngestedFile> {
  const resolved = resolveOptions(options);
  const listing = await listInputFiles(paths);
  for (const m of listing.messages) yield { path: m.file, article: null, messages: [m] };
  for (const file of listing.files) yield* await ingestInputFile(file, resolved, knowledge);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
