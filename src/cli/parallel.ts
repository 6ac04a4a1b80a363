// The kg commands on the parallel, streaming pipeline (src/parallel): `kg extract --workers N`,
// `kg build --workers N` (N ≥ 2, or large inputs by default) and `kg export --csv`. Same output
// as the in-process commands of commands.ts; memory does not grow with the corpus.
import { SingleBar, Presets } from 'cli-progress';
import { toGraphBatch } from '../graph';
import { applySchema, openGraphDatabase, type GraphDatabase } from '../neo4j';
import { readGraphPeople } from './graph-memory';
import type { KnownPerson } from '../resolve';
import { writeArticlesBatched } from '../neo4j/batch-writer';
import type { GraphBatch, ResolvedArticle } from '../model/types';
import { CsvExportWriter } from '../export/csv';
import { ExportWriter } from '../parallel/export-writer';
import { countInputFiles, defaultWorkers, indexCorpusParallel, type IndexedCorpus } from '../parallel';
import { runCorpus } from '../pipeline';
import { STDIN } from '../ingest';
import { EXIT, exitCodeFor, reportMessages } from './report';
import { finishBuild } from './finish-build';
import type { Io } from './io';
import { BuildTally } from './build-report';

export interface WorkersOption {
  /** Worker threads; 1 = in-process. Default: 1 for small inputs, min(cores, 4) for large. */
  workers?: number;
}

/** The number of workers for these paths; 1 means the in-process pipeline. */
export async function workersFor(paths: string[], requested: number | undefined): Promise<number> {
  if (paths.includes(STDIN)) return 1; // standard input can be read once, by this thread
  return requested !== undefined ? requested : defaultWorkers(await countInputFiles(paths));
}

type RunCounts = Pick<IndexedCorpus, 'files' | 'failed' | 'duplicates'> & { articles: readonly unknown[] };

function describe(run: RunCounts): string {
  const parts = [`${run.articles.length} article${run.articles.length === 1 ? '' : 's'} from ${run.files} file${run.files === 1 ? '' : 's'}`];
  if (run.failed) parts.push(`${run.failed} skipped`);
  if (run.duplicates) parts.push(`${run.duplicates} duplicate${run.duplicates === 1 ? '' : 's'}`);
  return parts.join(', ');
}

async function* graphBatchesOf(articles: AsyncIterable<ResolvedArticle>): AsyncGenerator<GraphBatch> {
  for await (const article of articles) yield toGraphBatch(article);
}

async function progress<T>(io: Io, label: string, total: number, work: (tick: (n?: number) => void) => Promise<T>): Promise<T> {
  if (!io.tty) return work(() => undefined);
  const bar = new SingleBar({ format: `${label.padEnd(10)} {bar} {value}/{total} articles`, hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
  bar.start(Math.max(total, 1), 0);
  try {
    return await work((n = 1) => bar.increment(n));
  } finally {
    bar.stop();
  }
}

async function indexWithProgress(paths: string[], options: { maxFileMb?: number; workers: number; graphPeople?: readonly KnownPerson[] }, io: Io): Promise<IndexedCorpus> {
  const total = io.tty ? await countInputFiles(paths) : 0;
  return progress(io, 'extracting', total, (tick) =>
    indexCorpusParallel(paths, { maxFileMb: options.maxFileMb, workers: options.workers, graphPeople: options.graphPeople, onFile: () => tick() }),
  );
}

export interface ParallelExtractOptions {
  json: string;
  verbose?: boolean;
  maxFileMb?: number;
  workers: number;
  graphPeople?: readonly KnownPerson[];
}

/** `kg extract --workers N`: the JSON export, streamed to the file article by article. */
export async function extractParallelCommand(paths: string[], options: ParallelExtractOptions, io: Io): Promise<number> {
  const corpus = await indexWithProgress(paths, options, io);
  try {
    reportMessages(corpus.messages, io.printError, options.verbose);
    const writer = new ExportWriter(options.json, corpus.articles);
    try {
      for await (const article of corpus.resolved()) writer.add(article);
    } catch (err) {
      writer.abort();
      throw err;
    }
    const { nodes, edges } = writer.finish();
    io.printError(`${describe(corpus)} (${options.workers} workers); wrote ${nodes} nodes and ${edges} edges to ${options.json}`);
  } finally {
    corpus.close();
  }
  return exitCodeFor(corpus);
}

export interface ParallelBuildOptions {
  verbose?: boolean;
  maxFileMb?: number;
  workers: number;
  sync?: boolean;
}

/** `kg build --workers N`: pass 1 on workers, then resolve and write article by article. */
export async function buildParallelCommand(paths: string[], options: ParallelBuildOptions, io: Io): Promise<number> {
  const db = await openGraphDatabase({ log: io.printError });
  try {
    const graphPeople = await db.guard(async () => {
      await applySchema(db);
      return readGraphPeople(db);
    });
    return await buildParallelWith(db, graphPeople, paths, options, io);
  } finally {
    await db.close();
  }
}

async function buildParallelWith(db: GraphDatabase, graphPeople: KnownPerson[], paths: string[], options: ParallelBuildOptions, io: Io): Promise<number> {
  const corpus = await indexWithProgress(paths, { ...options, graphPeople }, io);
  try {
    reportMessages(corpus.messages, io.printError, options.verbose);
    if (corpus.articles.length === 0 && !options.sync) {
      io.printError(`nothing to load: ${describe(corpus)}`);
      return EXIT.error;
    }
    const tally = new BuildTally(paths);
    for (const m of corpus.messages) tally.sawPath(m.file);
    // guard: a server that stops answering ends the build with one line instead of a hang
    await db.guard(async () => {
      const stats = await progress(io, 'loading', corpus.articles.length, (tick) =>
        writeArticlesBatched(db, tally.stamped(graphBatchesOf(corpus.resolved())), { onBatch: (n) => tick(n) }),
      );
      await finishBuild(db, describe(corpus), stats, tally, options, io, graphPeople);
    });
  } finally {
    corpus.close();
  }
  return exitCodeFor(corpus);
}

export interface CsvExportOptions extends WorkersOption {
  csv: string;
  verbose?: boolean;
  maxFileMb?: number;
}

/** `kg export --csv <dir>`: neo4j-admin import files (src/export/csv.ts). */
export async function exportCsvCommand(paths: string[], options: CsvExportOptions, io: Io): Promise<number> {
  const workers = await workersFor(paths, options.workers);
  const writer = new CsvExportWriter(options.csv);
  let run: RunCounts;
  if (workers <= 1) {
    const corpus = await runCorpus(paths, { maxFileMb: options.maxFileMb });
    reportMessages(corpus.messages, io.printError, options.verbose);
    for (const article of corpus.articles) writer.add(toGraphBatch(article));
    run = corpus;
  } else {
    const corpus = await indexWithProgress(paths, { maxFileMb: options.maxFileMb, workers }, io);
    try {
      reportMessages(corpus.messages, io.printError, options.verbose);
      for await (const article of corpus.resolved()) writer.add(toGraphBatch(article));
    } finally {
      corpus.close();
    }
    run = corpus;
  }
  const summary = writer.finish();
  io.printError(`${describe(run)}; wrote ${summary.nodes} nodes and ${summary.relationships} relationships to ${options.csv} (load them with ${options.csv}/import.sh)`);
  return exitCodeFor(run);
}
