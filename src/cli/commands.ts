// The kg commands that read articles — extract, build, export --csv — as thin shells over the
// runner (src/run): it reads, extracts and resolves (in-process or on worker threads); these
// print what it says and hand its articles to the export or the neo4j stage.
import { SingleBar, Presets } from 'cli-progress';
import { countInputFiles, describeDrop, ExportWriter, indexCorpus, workersFor, type IndexedCorpus, type RunOptions } from '../run';
import { applySchema, openGraphDatabase, type GraphDatabase } from '../neo4j';
import { writeArticlesBatched } from '../neo4j/batch-writer';
import { CsvExportWriter } from '../export/csv';
import { NO_GRAPH_MEMORY, type GraphMemory } from '../resolve';
import { EXIT, exitCodeFor, reportMessages } from './report';
import type { Io } from './io';
import { finishBuild } from './finish-build';
import { BuildTally } from './build-report';
import { readGraphMemory } from './graph-memory';

export type { Io } from './io';

/** What every reading command takes. */
interface ReadOptions {
  verbose?: boolean;
  maxFileMb?: number;
  /** Worker threads; 1 = in-process. Default: 1 for small inputs, min(cores, 4) for large. */
  workers?: number;
}

export interface ExtractOptions extends ReadOptions {
  json: string;
  /** Resolve with the people of the configured Neo4j too (read only); without it, no database. */
  graph?: boolean;
}

export interface BuildOptions extends ReadOptions {
  /** Also remove the articles loaded from these folders before that are gone from them now. */
  sync?: boolean;
}

export interface CsvExportOptions extends ReadOptions {
  csv: string;
}

/** `kg extract`: the JSON export, written article by article. */
export async function extractCommand(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const graph = options.graph ? await memoryOfTheGraph(io) : NO_GRAPH_MEMORY;
  const corpus = await run(paths, options, graph, io);
  try {
    const writer = new ExportWriter(options.json, corpus.articles);
    try {
      for await (const article of corpus.resolved()) writer.add(article);
    } catch (err) {
      writer.abort();
      throw err;
    }
    const { nodes, edges } = writer.finish();
    const threads = corpus.workers > 1 ? ` (${corpus.workers} workers)` : '';
    io.printError(`${describeRun(corpus)}${threads}; wrote ${nodes} nodes and ${edges} edges to ${options.json}`);
    printDrops(corpus, io.printError, 'dropped:');
  } finally {
    corpus.close();
  }
  return exitCodeFor(corpus);
}

/** `kg build`: read, then write article by article while the next ones are resolved. */
export async function buildCommand(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  // The database first: resolution starts from the people and organisation names it already holds (graph-memory.ts).
  const db = await openGraphDatabase({ log: io.printError });
  try {
    // guard: a server that stops answering ends the build with one line instead of a hang
    const graph = await db.guard(async () => {
      await applySchema(db);
      return readGraphMemory(db);
    });
    return await buildWith(db, graph, paths, options, io);
  } finally {
    await db.close();
  }
}

async function buildWith(db: GraphDatabase, graph: GraphMemory, paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const corpus = await run(paths, options, graph, io);
  try {
    if (corpus.articles.length === 0 && !options.sync) {
      io.printError(`nothing to load: ${describeRun(corpus)}`);
      return EXIT.error;
    }
    const tally = new BuildTally(paths);
    for (const m of corpus.messages) tally.sawPath(m.file);
    await db.guard(async () => {
      // Many articles per transaction, each still written whole or rewritten whole (batch-writer.ts).
      const stats = await progress(io, 'loading', corpus.articles.length, (tick) => writeArticlesBatched(db, tally.stamped(corpus.batches()), { onBatch: (n) => tick(n) }));
      await finishBuild(db, describeRun(corpus), stats, tally, options, io, graph, corpus.drops.summary());
    });
  } finally {
    corpus.close();
  }
  return exitCodeFor(corpus);
}

/** `kg export --csv <dir>`: neo4j-admin import files (src/export/csv.ts). */
export async function exportCsvCommand(paths: string[], options: CsvExportOptions, io: Io): Promise<number> {
  const corpus = await run(paths, options, NO_GRAPH_MEMORY, io);
  const writer = new CsvExportWriter(options.csv);
  try {
    for await (const batch of corpus.batches()) writer.add(batch);
  } finally {
    corpus.close();
  }
  const summary = writer.finish();
  io.printError(`${describeRun(corpus)}; wrote ${summary.nodes} nodes and ${summary.relationships} relationships to ${options.csv} (load them with ${options.csv}/import.sh)`);
  printDrops(corpus, io.printError, 'dropped:');
  return exitCodeFor(corpus);
}

/** Pass 1 of the runner with a progress bar on a terminal; its messages printed; -v lists every drop as pass 2 finds it. */
async function run(paths: string[], options: ReadOptions, graph: GraphMemory, io: Io): Promise<IndexedCorpus> {
  const workers = await workersFor(paths, options.workers);
  const total = io.tty ? await countInputFiles(paths) : 0;
  const runOptions: RunOptions = {
    maxFileMb: options.maxFileMb,
    workers,
    graph,
    onDrop: options.verbose ? (article, drop) => io.printError(`dropped: ${describeDrop(article, drop)}`) : undefined,
  };
  const corpus = await progress(io, 'extracting', total, (tick) => indexCorpus(paths, { ...runOptions, onFile: () => tick() }));
  reportMessages(corpus.messages, io.printError, options.verbose);
  return corpus;
}

/** The run's drop counts on one line ("dropped: 12 claims without speaker, ..."), when it dropped anything. */
function printDrops(corpus: IndexedCorpus, print: (line: string) => void, label: string): void {
  const summary = corpus.drops.summary();
  if (summary) print(`${label} ${summary}`);
}

/** `kg extract --graph`: the people and the organisations' written names the configured Neo4j holds (the only things read from it). */
async function memoryOfTheGraph(io: Io): Promise<GraphMemory> {
  const db = await openGraphDatabase({ log: io.printError });
  try {
    return await readGraphMemory(db);
  } finally {
    await db.close();
  }
}

function describeRun(run: Pick<IndexedCorpus, 'files' | 'failed' | 'duplicates' | 'articles'>): string {
  const parts = [`${run.articles.length} article${run.articles.length === 1 ? '' : 's'} from ${run.files} file${run.files === 1 ? '' : 's'}`];
  if (run.failed) parts.push(`${run.failed} skipped`);
  if (run.duplicates) parts.push(`${run.duplicates} duplicate${run.duplicates === 1 ? '' : 's'}`);
  return parts.join(', ');
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
