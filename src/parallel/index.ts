// The parallel, streaming pipeline: the same results as runCorpus (src/pipeline.ts), with the
// per-file work on worker_threads and memory that does not grow with the corpus.
//
//   pass 1  workers: ingest + nlp + extract each file; the extraction goes to the worker's spill
//           file (JSON lines in a temp folder); the main thread gets the file's messages, the
//           article's id/file/title/date and the full person names, and builds the CorpusIndex
//           in input order (duplicates dropped exactly as runCorpus drops them).
//   pass 2  the same workers, sent the complete index, read extractions back and resolve them
//           (resolveArticle); the main thread receives them in input order, article by article,
//           and hands them on (write, export) while the workers resolve the next ones.
//
// Only the index, the article list and the messages stay in memory; extraction runs once.
import { rmSync } from 'node:fs';
import { makeSpillDir, removeDeadSpillDirs } from './spill';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleExtraction, Mention, Message, ResolvedArticle } from '../model/types';
import { listInputFiles, type IngestOptions } from '../ingest';
import { resolveOptions } from '../ingest/options';
import { loadKnowledge } from '../extract';
import { emptyCorpusIndex, indexArticle, type CorpusIndex, type KnownPerson } from '../resolve';
import { WorkerPool } from './pool';
import type { ArticleMeta, ExtractResult, ExtractTask, PipelineResult, PipelineTask, ResolveSetup, SpillRef, WorkerSetup } from './protocol';

export type { ArticleMeta } from './protocol';

/** Below this many input files one in-process pass is faster than starting workers. */
export const PARALLEL_MIN_FILES = 200;
export const MAX_DEFAULT_WORKERS = 4;

export interface ParallelOptions extends IngestOptions {
  /** People the graph already holds: resolution starts from them. */
  graphPeople?: readonly KnownPerson[];
  /** Worker threads (≥ 1). */
  workers: number;
  /** Called after each input file of pass 1, in input order (progress bars). */
  onFile?: (file: { path: string; article: ArticleMeta | null }, done: number) => void;
  /** Where the spill files go (default: a fresh folder in the OS temp dir, removed by close()). */
  tmpDir?: string;
}

/** The corpus after pass 1: what runCorpus reports, and pass 2 to come. */
export interface IndexedCorpus {
  /** Every message of every file (errors, warnings, what cleaning removed), in input order. */
  messages: Message[];
  files: number;
  failed: number;
  duplicates: number;
  /** The articles kept, in input order (what the export's `articles` lists). */
  articles: ArticleMeta[];
  index: CorpusIndex;
  /** Pass 2: the resolved articles, in input order, one at a time. */
  resolved(): AsyncGenerator<ResolvedArticle>;
  /** Stops the workers and removes the spill files. */
  close(): void;
}

/**
 * How many workers to use: an explicit number as given; by default 1 (in-process, no workers) for
 * small inputs and min(cores, 4) for large ones. 0 means "in-process".
 */
export function defaultWorkers(fileCount: number, requested?: number): number {
  if (requested !== undefined) return requested;
  if (fileCount < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}

/** The files `paths` expands to (for choosing the number of workers). */
export async function countInputFiles(paths: string[]): Promise<number> {
  return (await listInputFiles(paths)).files.length;
}

/** Pass 1 with `options.workers` worker threads; see the header. */
export async function indexCorpusParallel(paths: string[], options: ParallelOptions): Promise<IndexedCorpus> {
  const ingest = resolveOptions(options);
  const listing = await listInputFiles(paths);
  const knowledge = loadKnowledge();
  const index = emptyCorpusIndex(knowledge, options.graphPeople);
  const messages: Message[] = [];
  const articles: ArticleMeta[] = [];
  const refs: SpillRef[] = [];
  const seen = new Set<string>();
  let files = 0;
  let failed = 0;
  let duplicates = 0;
  removeDeadSpillDirs(); // left by runs killed with kill -9
  const tmp = options.tmpDir ?? makeSpillDir();
  const spillFiles = Array.from({ length: options.workers }, (_, i) => join(tmp, `worker-${i}.jsonl`));
  const cleanUp = (): void => {
    if (options.tmpDir) for (const f of spillFiles) rmSync(f, { force: true });
    else rmSync(tmp, { recursive: true, force: true });
  };

  for (const m of listing.messages) {
    files++;
    failed++;
    messages.push(m);
    options.onFile?.({ path: m.file, article: null }, files);
  }
  const pool = new WorkerPool<PipelineTask, PipelineResult>(options.workers, (i): WorkerSetup => ({
    index: i,
    spillFile: spillFiles[i],
    ingest: { maxFileMb: ingest.maxFileMb, maxFileSeconds: ingest.maxFileSeconds, format: ingest.format, requireEnglish: ingest.requireEnglish },
  }));
  try {
    for await (const result of flatten(pool.map(extractTasks(listing.files, FILES_PER_MESSAGE)))) {
      files++;
      messages.push(...result.messages);
      if (!result.article) failed++;
      else if (seen.has(result.article.id)) {
        duplicates++;
        messages.push({ file: result.path, severity: 'info', rule: 'duplicate', text: 'same content as another input file: read once' });
      } else {
        seen.add(result.article.id);
        indexArticle(index, { mentions: result.personNames.map(personMention) } as unknown as ArticleExtraction);
        articles.push(result.article);
        refs.push(result.spill);
      }
      options.onFile?.({ path: result.path, article: result.article }, files);
    }
  } catch (err) {
    pool.terminate();
    cleanUp();
    throw err;
  }
  pool.unref(); // idle until pass 2; close() stops it

  async function* resolved(): AsyncGenerator<ResolvedArticle> {
    pool.ref();
    try {
      pool.broadcast({ resolveWith: { index, spillFiles } } satisfies ResolveSetup);
      for await (const reply of pool.map(resolveTasks(refs, ARTICLES_PER_RESOLVE))) {
        if (!('resolved' in reply)) throw new Error('a pipeline worker answered a pass 2 task with pass 1 results');
        yield* reply.resolved;
      }
    } finally {
      pool.unref();
    }
  }

  const close = (): void => {
    pool.terminate();
    cleanUp();
  };
  return { messages, files, failed, duplicates, articles, index, resolved, close };
}

/** Files per message to a worker in pass 1, articles per message in pass 2. */
const FILES_PER_MESSAGE = 4;
const ARTICLES_PER_RESOLVE = 8;

function* extractTasks(paths: string[], size: number): Generator<PipelineTask> {
  for (let i = 0; i < paths.length; i += size) yield { extract: { paths: paths.slice(i, i + size) } satisfies ExtractTask };
}

function* resolveTasks(refs: SpillRef[], size: number): Generator<PipelineTask> {
  for (let i = 0; i < refs.length; i += size) yield { resolve: { refs: refs.slice(i, i + size) } };
}

async function* flatten(replies: AsyncIterable<PipelineResult>): AsyncGenerator<ExtractResult> {
  for await (const reply of replies) {
    if (!('extracted' in reply)) throw new Error('a pipeline worker answered a pass 1 task with pass 2 results');
    yield* reply.extracted;
  }
}

/** indexArticle reads only label, kind and canonical of the mentions. */
function personMention(canonical: string): Pick<Mention, 'label' | 'kind' | 'canonical'> {
  return { label: 'Person', kind: 'name', canonical };
}
