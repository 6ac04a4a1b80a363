// The one runner: files -> ingest -> nlp -> extract -> resolve -> graph, for every command (kg
// extract, build, export --csv) and every test. One worker runs in-process; more run on
// worker_threads with memory that does not grow with the corpus. The same tasks (tasks.ts), the
// same loop, the same results either way.
//
//   pass 1  ingest + nlp + extract each file; the extraction is kept (in memory, or a worker's spill
//           file); the main thread gets the file's messages, the article's id/file/title/date and
//           the full person names, and builds the CorpusIndex in input order (duplicates dropped).
//   pass 2  sent the complete index, the workers read extractions back and resolve them; the main
//           thread receives them in input order, article by article, and hands them on (write,
//           export) while the workers resolve the next ones.
//
// Only the index, the article list, the messages and the drop counts stay in memory.
import { availableParallelism } from 'node:os';
import type { Article, Drop, GraphBatch, Message, ResolvedArticle } from '../model/types';
import { listInputFiles, STDIN, type IngestOptions } from '../ingest';
import { resolveOptions } from '../ingest/options';
import { loadKnowledge, type Knowledge } from '../knowledge';
import { emptyCorpusIndex, indexNames, type CorpusIndex, type GraphMemory } from '../resolve';
import { toGraphBatch } from '../graph';
import { InProcessExecutor, ThreadExecutor, type Executor } from './executors';
import { DropTally, inArticleOrder } from './drops';
import { removeDeadSpillDirs } from './spill';
import type { ArticleMeta, ExtractResult, PipelineResult, PipelineTask, SpillRef, WorkerSetup } from './protocol';


/** Below this many input files one in-process pass is faster than starting workers. */
export const PARALLEL_MIN_FILES = 200;
export const MAX_DEFAULT_WORKERS = 4;

export interface RunOptions extends IngestOptions {
  /** People the graph already holds: resolution starts from them (kg build, kg extract --graph). */
  graph?: GraphMemory;
  /** 1 (the default): in-process; more: worker threads. Standard input is always read in-process. */
  workers?: number;
  /** Called after each input file of pass 1, in input order (progress bars). */
  onFile?: (file: { path: string; article: ArticleMeta | null }, done: number) => void;
  /** Called for every drop of pass 2, in input order (kg -v lists them). */
  onDrop?: (article: Article, drop: Drop) => void;
  /** Where worker spill files go (default: a fresh folder in the OS temp dir, removed by close()). */
  tmpDir?: string;
  /** The knowledge of every stage of this run; default: loaded once for the run, KG_KNOWLEDGE_DIR extending it. */
  knowledge?: Knowledge;
}

/** A run after pass 1: what it read, and pass 2 to come. */
export interface IndexedCorpus {
  /** Every message of every file (errors, warnings, what cleaning removed), in input order. */
  messages: Message[];
  /** Files given (after expanding folders; a record of a JSON lines file or feed counts as one). */
  files: number;
  /** Files that could not become an article (a fatal message each). */
  failed: number;
  /** Files whose content was already read from another file (same content hash). */
  duplicates: number;
  /** The articles kept, in input order (what the export's `articles` lists). */
  articles: ArticleMeta[];
  index: CorpusIndex;
  /** Threads that did the work (1: in-process). */
  workers: number;
  /** Drops by reason: files skipped after pass 1, every article's drops once pass 2 has gone by. */
  drops: DropTally;
  /** Pass 2: the resolved articles, in input order, one at a time. */
  resolved(): AsyncGenerator<ResolvedArticle>;
  /** Pass 2 as what each article writes to Neo4j. */
  batches(): AsyncGenerator<GraphBatch>;
  /** Stops the workers and removes the spill files. */
  close(): void;
}

/**
 * How many workers to use: an explicit number as given; by default 1 (in-process) for small inputs
 * and min(cores, 4) for large ones.
 */
export function defaultWorkers(fileCount: number, requested?: number): number {
  if (requested !== undefined) return requested;
  if (fileCount < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}

/** The files `paths` expands to (for choosing the number of workers, and progress bars). */
export async function countInputFiles(paths: string[]): Promise<number> {
  return (await listInputFiles(paths)).files.length;
}

/** The number of workers for these paths: standard input can be read once, by this thread. */
export async function workersFor(paths: string[], requested: number | undefined): Promise<number> {
  if (paths.includes(STDIN)) return 1;
  return requested !== undefined ? requested : defaultWorkers(await countInputFiles(paths));
}

/** Files per task in pass 1, articles per task in pass 2. */
const FILES_PER_TASK = 4;
const ARTICLES_PER_TASK = 8;

/** Pass 1 of a run over files and folders; see the header. Call close() when done. */
export async function indexCorpus(paths: string[], options: RunOptions = {}): Promise<IndexedCorpus> {
  const resolved = resolveOptions(options); // a malformed limit throws here, once
  const ingest: WorkerSetup['ingest'] = { maxFileMb: resolved.maxFileMb, maxFileSeconds: resolved.maxFileSeconds, format: resolved.format, requireEnglish: resolved.requireEnglish };
  const workers = paths.includes(STDIN) ? 1 : Math.max(1, options.workers ?? 1);
  const listing = await listInputFiles(paths);
  removeDeadSpillDirs(); // spill folders and export temp files left by runs killed with kill -9
  const knowledge = options.knowledge ?? loadKnowledge(); // once per run: ingest, extraction, the index and resolution
  const executor: Executor = workers === 1 ? new InProcessExecutor(ingest, knowledge) : new ThreadExecutor(workers, ingest, knowledge.sources.extra, options.tmpDir);
  const corpus = new Pass1(emptyCorpusIndex(knowledge, options.graph), options);
  for (const m of listing.messages) corpus.unlisted(m);
  try {
    for await (const result of extractedFiles(executor.map(tasksOf(listing.files, FILES_PER_TASK, (paths) => ({ extract: { paths } }))))) corpus.take(result);
  } catch (err) {
    executor.close();
    throw err;
  }
  executor.idle(); // until pass 2; close() stops it
  return corpus.done(executor);
}

/** Pass 1's loop, the same for every executor: counts, duplicates, the index, in input order. */
class Pass1 {
  readonly messages: Message[] = [];
  readonly articles: ArticleMeta[] = [];
  readonly refs: SpillRef[] = [];
  readonly drops = new DropTally();
  private readonly seen = new Set<string>();
  files = 0;
  failed = 0;
  duplicates = 0;

  constructor(
    readonly index: CorpusIndex,
    private readonly options: RunOptions,
  ) {}

  /** A path that could not be listed: a file without an article. */
  unlisted(message: Message): void {
    this.files++;
    this.failed++;
    this.drops.count('file-skipped');
    this.messages.push(message);
    this.options.onFile?.({ path: message.file, article: null }, this.files);
  }

  take(result: ExtractResult): void {
    this.files++;
    this.messages.push(...result.messages);
    if (!result.article) {
      this.failed++;
      this.drops.count('file-skipped');
    } else if (this.seen.has(result.article.id)) {
      this.duplicates++;
      this.messages.push({ file: result.path, severity: 'info', rule: 'duplicate', text: 'same content as another input file: read once' });
    } else {
      this.seen.add(result.article.id);
      indexNames(this.index, result.personNames, result.writtenForms);
      this.articles.push(result.article);
      this.refs.push(result.spill);
    }
    this.options.onFile?.({ path: result.path, article: result.article }, this.files);
  }

  done(executor: Executor): IndexedCorpus {
    const { index, refs, drops, options } = this;
    async function* resolved(): AsyncGenerator<ResolvedArticle> {
      executor.busy();
      try {
        executor.startResolving(index);
        for await (const reply of executor.map(tasksOf(refs, ARTICLES_PER_TASK, (refs) => ({ resolve: { refs } })))) {
          if (!('resolved' in reply)) throw new Error('a pipeline worker answered a pass 2 task with pass 1 results');
          for (const article of reply.resolved) {
            drops.add(article.drops);
            if (options.onDrop) for (const d of inArticleOrder(article.drops ?? [])) options.onDrop(article.article, d);
            yield article;
          }
        }
      } finally {
        executor.idle();
      }
    }
    async function* batches(): AsyncGenerator<GraphBatch> {
      for await (const article of resolved()) yield toGraphBatch(article);
    }
    const { messages, files, failed, duplicates, articles } = this;
    return { messages, files, failed, duplicates, articles, index, workers: executor.workers, drops, resolved, batches, close: () => executor.close() };
  }
}

function* tasksOf<T>(items: T[], size: number, task: (slice: T[]) => PipelineTask): Generator<PipelineTask> {
  for (let i = 0; i < items.length; i += size) yield task(items.slice(i, i + size));
}

async function* extractedFiles(replies: AsyncIterable<PipelineResult>): AsyncGenerator<ExtractResult> {
  for await (const reply of replies) {
    if (!('extracted' in reply)) throw new Error('a pipeline worker answered a pass 1 task with pass 2 results');
    yield* reply.extracted;
  }
}
