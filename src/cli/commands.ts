// The kg commands: thin shells over the pipeline (src/pipeline.ts) and the neo4j stage.
import { writeFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { exportDocument, graphBatches, runCorpus, type CorpusRun } from '../pipeline';
import { applySchema, openGraphDatabase, runCypher, type GraphDatabase } from '../neo4j';
import { loadCypher } from '../neo4j/cypher';
import { localServerConfig } from '../admin/local-server';
import { EXIT, exitCodeFor, reportMessages, type Print } from './report';
import { buildParallelCommand, extractParallelCommand, workersFor } from './parallel';
import { writeArticlesBatched } from '../neo4j/batch-writer';

export interface Io {
  print: Print;
  printError: Print;
  /** Progress bars only on a terminal. */
  tty: boolean;
}

export interface ExtractOptions {
  json: string;
  verbose?: boolean;
  maxFileMb?: number;
  /** Worker threads (src/parallel); 1 = in-process. Default: 1 for small inputs, min(cores, 4) for large. */
  workers?: number;
}

export async function extractCommand(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const workers = await workersFor(paths, options.workers);
  if (workers > 1) return extractParallelCommand(paths, { ...options, workers }, io);
  const run = await runCorpus(paths, { maxFileMb: options.maxFileMb });
  reportMessages(run.messages, io.printError, options.verbose);
  const doc = exportDocument(run);
  writeFileSync(options.json, `${JSON.stringify(doc, null, 2)}\n`);
  io.printError(`${describeRun(run)}; wrote ${doc.nodes.length} nodes and ${doc.edges.length} edges to ${options.json}`);
  return exitCodeFor(run);
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
}

export async function buildCommand(paths: string[], options: BuildOptions, io: Io): Promise<number> {
  const workers = await workersFor(paths, options.workers);
  if (workers > 1) return buildParallelCommand(paths, { ...options, workers }, io, (db, run) => printSummary(db, run, io));
  const run = await withProgress(io, 'extracting', (tick) => runCorpus(paths, { maxFileMb: options.maxFileMb, onFile: () => tick() }));
  reportMessages(run.messages, io.printError, options.verbose);
  if (run.articles.length === 0) {
    io.printError(`nothing to load: ${describeRun(run)}`);
    return EXIT.error;
  }
  const db = await openGraphDatabase({ log: io.printError });
  try {
    await applySchema(db);
    const batches = graphBatches(run);
    // Many articles per transaction, each still written whole or rewritten whole (batch-writer.ts).
    await withProgress(io, 'loading', (tick) => writeArticlesBatched(db, batches, { onBatch: (n) => Array.from({ length: n }, tick) }), batches.length);
    await printSummary(db, run, io);
  } finally {
    await db.close();
  }
  return exitCodeFor(run);
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

const EXAMPLE_QUERIES = [
  "MATCH (s)-[t:THREAT]->(x) RETURN s.name AS who, x.name AS whom, t.evidence AS evidence LIMIT 25",
  "MATCH (p:Person)-[s:STATEMENT]->(x) WHERE p.name = 'Dmitry Peskov' RETURN x.name AS about, s.quote AS quote, s.evidence AS evidence",
  "MATCH path = (a:Person)-[:STATEMENT|THREAT|PROPOSAL|AFFILIATED_WITH*1..3]-(b:Person) WHERE a.name = 'Vladimir Putin' AND b.name = 'Emmanuel Macron' RETURN path LIMIT 5",
];

async function printSummary(db: GraphDatabase, run: RunCounts, io: Io): Promise<void> {
  const labels = await runCypher(db, loadCypher('read/count-labels.cypher'));
  const types = await runCypher(db, loadCypher('read/count-relationships.cypher'));
  io.print(`Loaded ${describeRun(run)} into ${db.uri}`);
  io.print(`Nodes:         ${labels.rows.map((r) => `${String(r.label)} ${String(r.nodes)}`).join(', ')}`);
  io.print(`Relationships: ${types.rows.map((r) => `${String(r.type)} ${String(r.relationships)}`).join(', ')}`);
  if (!process.env.NEO4J_URI) io.print(`Neo4j Browser: http://127.0.0.1:${localServerConfig().httpPort}/browser/ (user neo4j)`);
  io.print('Try in Neo4j Browser or with `npx kg cypher "<query>"`:');
  for (const q of EXAMPLE_QUERIES) io.print(`  ${q}`);
}
