// The kg commands: thin shells over the pipeline (src/pipeline.ts) and the neo4j stage.
import { writeFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { exportDocument, graphBatches, runCorpus, type CorpusRun } from '../pipeline';
import { applySchema, openGraphDatabase, type GraphDatabase } from '../neo4j';
import { EXIT, exitCodeFor, reportMessages } from './report';
import type { Io } from './io';
import { finishBuild } from './finish-build';
import { buildParallelCommand, extractParallelCommand, workersFor } from './parallel';
import { writeArticlesBatched } from '../neo4j/batch-writer';
import { BuildTally } from './build-report';
import { readGraphPeople } from './graph-memory';
import type { KnownPerson } from '../resolve';

export type { Io } from './io';

export interface ExtractOptions {
  json: string;
  /** Resolve with the people of the configured Neo4j too (read only); without it, no database. */
  graph?: boolean;
  verbose?: boolean;
  maxFileMb?: number;
  /** Worker threads (src/parallel); 1 = in-process. Default: 1 for small inputs, min(cores, 4) for large. */
  workers?: number;
}

export async function extractCommand(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const workers = await workersFor(paths, options.workers);
  const graphPeople = options.graph ? await peopleOfTheGraph(io) : [];
  if (workers > 1) return extractParallelCommand(paths, { ...options, workers, graphPeople }, io);
  const run = await runCorpus(paths, { maxFileMb: options.maxFileMb, graphPeople });
  reportMessages(run.messages, io.printError, options.verbose);
  const doc = exportDocument(run);
  writeFileSync(options.json, `${JSON.stringify(doc, null, 2)}\n`);
  io.printError(`${describeRun(run)}; wrote ${doc.nodes.length} nodes and ${doc.edges.length} edges to ${options.json}`);
  return exitCodeFor(run);
}

/** `kg extract --graph`: the people the configured Neo4j holds (the only thing read from it). */
async function peopleOfTheGraph(io: Io): Promise<KnownPerson[]> {
  const db = await openGraphDatabase({ log: io.printError });
  try {
    return await readGraphPeople(db);
  } finally {
    await db.close();
  }
}

/** What describeRun and printSummary read of a run (the parallel pipeline gives the same). */
type RunCounts = Pick<CorpusRun, 'files' | 'failed' | 'duplicates'> & { articles: readonly unknown[] };

function describeRun(run: RunCounts): string {
  const parts = [`${run.articles.length} article${run.articles.length === 1 ? '' : 's'} from ${run.files} file${run.files === 1 ? '' : 's'}`];
  if (run.failed) parts.push(`${run.failed} skipped`);
  if (run.duplicates) parts.push(`${run.duplicates} duplicate${run.duplicates === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export interface BuildOptions {
  verbose?: boolean;
  maxFileMb?: number;
  /** As for extract. */
  workers?: number;
  /** Also remove the articles loaded from these folders before that are gone from them now. */
  sync?: boolean;
}

export async function buildCommand(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const workers = await workersFor(paths, options.workers);
  if (workers > 1) return buildParallelCommand(paths, { ...options, workers }, io);
  // The database first: resolution starts from the people it already holds (graph-memory.ts).
  const db = await openGraphDatabase({ log: io.printError });
  try {
    // guard: a server that stops answering ends the build with one line instead of a hang
    const graphPeople = await db.guard(async () => {
      await applySchema(db);
      return readGraphPeople(db);
    });
    const run = await withProgress(io, 'extracting', (tick) => runCorpus(paths, { maxFileMb: options.maxFileMb, graphPeople, onFile: () => tick() }));
    reportMessages(run.messages, io.printError, options.verbose);
    if (run.articles.length === 0 && !options.sync) {
      io.printError(`nothing to load: ${describeRun(run)}`);
      return EXIT.error;
    }
    const tally = new BuildTally(paths);
    for (const m of run.messages) tally.sawPath(m.file);
    const batches = graphBatches(run);
    await db.guard(async () => {
      // Many articles per transaction, each still written whole or rewritten whole (batch-writer.ts).
      const stats = await withProgress(io, 'loading', (tick) => writeArticlesBatched(db, tally.stamped(batches), { onBatch: (n) => Array.from({ length: n }, tick) }), batches.length);
      await finishBuild(db, describeRun(run), stats, tally, options, io, graphPeople);
    });
    return exitCodeFor(run);
  } finally {
    await db.close();
  }
}

async function withProgress<T>(io: Io, label: string, work: (tick: () => void) => Promise<T>, total = 0): Promise<T> {
  if (!io.tty) return work(() => undefined);
  const bar = new SingleBar({ format: `${label.padEnd(10)} {bar} {value}${total ? '/{total}' : ''} articles`, hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
  bar.start(total || 1, 0);
  try {
    return await work(() => {
      if (!total) bar.setTotal(bar.getTotal() + 1);
      bar.increment();
    });
  } finally {
    bar.stop();
  }
}
