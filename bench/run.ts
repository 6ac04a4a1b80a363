// `npm run bench [-- --json] [-- --articles N] [-- --skip-neo4j] [-- --profile] [-- --ratio]`: speed and scale.
// `--ratio` measures only extraction_vs_readdoc (readDoc, then the full extraction with 1 worker,
// on the first --articles of the corpus): a quick check of the extraction's speed.
// Prints a table; with --json, one JSON object on stdout (and the table on stderr).
//
// In one run, on a generated corpus (bench/corpus.ts: ≥ 20,000 articles, ≥ 10 M tokens):
//   readdoc     raw wink-nlp readDoc over every article (the stack's limit), tokens/s
//   extract     the full pipeline (ingest -> nlp -> extract -> resolve -> graph batches, and the
//               JSON export streamed to a temp file), with 1 and with 2 worker threads
//   rss         peak RSS of the streaming run at 5k articles (the 20k figure is the 2-worker run)
//   stages      ms per article of each stage, one thread: where the extraction's time goes
//   startup     wall time of `kg --help` and `kg cypher 'RETURN 1'` (bench/startup.ts); alone:
//               `npm run -s bench -- --phase startup`
//   neo4j       relationships/s of the batched writer (src/neo4j/batch-writer.ts) and of a naive
//               one-row-per-transaction writer (bench/naive-writer.ts) on the same articles, and of
//               the bulk path (kg export --csv + neo4j-admin import into a temp data dir)
//   pathological  t(2N)/t(N) of inputs made to be superlinear (bench/pathological.ts); alone:
//               `npm run -s bench -- --phase pathological [--scale 2]`
//   explorer    only with --phase explorer (bench/explorer-bench.ts): kg serve in headless Chromium
//               on a 20,000-node graph: first picture, longest task during layout, frames/s panning
// Every measurement runs in a fresh child process, so each peak RSS (VmHWM: the process with all
// its worker threads) belongs to one run. Neo4j: NEO4J_URI if set (it is wiped!), else a server of
// the local install with its own data dir (bench-data/neo4j) and ports, so the developer's
// database is never touched; it is stopped again if the benchmark started it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS, ensureCorpus, type Corpus } from './corpus';
import { phaseStartup, STARTUP_TARGETS } from './startup';
import { pathologicalTable, PATHOLOGICAL_MAX_RATIO, runPathological, type PathologicalResult } from './pathological';

const ROOT = join(__dirname, '..');
const RESULT = 'BENCH-RESULT ';

export const TARGETS = {
  extraction_vs_readdoc: 0.5,
  workers2_vs_workers1: 1.6,
  batched_vs_naive: 10,
  batched_rels_per_s: 20_000,
  rss_20k_vs_5k: 1.3,
};

interface Args {
  json: boolean;
  articles: number;
  skipNeo4j: boolean;
  profile: boolean;
  phase?: string;
  workers: number;
  folders: string[];
  neo4jArticles: number;
  naiveSeconds: number;
  stageArticles: number;
  /** Multiplies the sizes of the pathological inputs. */
  scale: number;
  /** Only readDoc and the 1-worker extraction: extraction_vs_readdoc and its CPU-time companion. */
  ratio: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, articles: DEFAULT_CORPUS.articles, skipNeo4j: false, profile: false, workers: 1, folders: [], neo4jArticles: 2000, naiveSeconds: 60, stageArticles: 2000, scale: 1, ratio: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => argv[++i];
    if (a === '--json') args.json = true;
    else if (a === '--articles') args.articles = Number(value());
    else if (a === '--skip-neo4j') args.skipNeo4j = true;
    else if (a === '--profile') args.profile = true;
    else if (a === '--ratio') args.ratio = true;
    else if (a === '--phase') args.phase = value();
    else if (a === '--workers') args.workers = Number(value());
    else if (a === '--folders') args.folders = value().split(',');
    else if (a === '--neo4j-articles') args.neo4jArticles = Number(value());
    else if (a === '--naive-seconds') args.naiveSeconds = Number(value());
    else if (a === '--stage-articles') args.stageArticles = Number(value());
    else if (a === '--scale') args.scale = Number(value());
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------- measuring

/** Peak resident set of this process, all threads included (kernel high-water mark), in MB. */
export function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
    if (Number.isFinite(kb)) return kb / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** CPU time of the whole process (every thread) since `from`, in seconds. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

function filesOf(folders: string[]): string[] {
  return folders.flatMap((f) => readdirSync(f).sort().map((name) => join(f, name)));
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

// ---------------------------------------------------------------- phases (child processes)

async function phaseReadDoc(args: Args): Promise<Record<string, number>> {
  // The stack's configuration (src/nlp): the lite web model with sentence boundaries and POS.
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const files = filesOf(args.folders);
  let tokens = 0;
  let ms = 0;
  const cpu0 = process.cpuUsage();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const began = performance.now();
    const doc = nlp.readDoc(text);
    tokens += doc.tokens().length();
    ms += performance.now() - began;
  }
  return { articles: files.length, tokens, seconds: ms / 1000, tokens_per_s: tokens / (ms / 1000), cpu_seconds: cpuSeconds(cpu0), peak_rss_mb: peakRssMb() };
}

/**
 * Where the time of the full extraction goes, one thread, in-process, stage by stage (ms per
 * article): what limits `extraction_vs_readdoc`. The wink-nlp readDoc of the cleaned text, which
 * annotate runs inside, is timed on its own as well (an extra readDoc, outside the stage sums).
 */
async function phaseStages(args: Args): Promise<Record<string, number>> {
  const { ingestFile } = await import('../src/ingest');
  const { annotate } = await import('../src/nlp');
  const { extract } = await import('../src/extract');
  const { loadKnowledge } = await import('../src/knowledge');
  const { emptyCorpusIndex, indexArticle, resolveArticle } = await import('../src/resolve');
  const { toGraphBatch } = await import('../src/graph');
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const knowledge = loadKnowledge();
  const files = filesOf(args.folders).slice(0, args.stageArticles);
  const ms = { ingest: 0, readdoc_inside_annotate: 0, annotate: 0, extract: 0, spill_json: 0, resolve: 0, graph: 0 };
  const timed = <T>(stage: keyof typeof ms, work: () => T): T => {
    const began = performance.now();
    const result = work();
    ms[stage] += performance.now() - began;
    return result;
  };
  const index = emptyCorpusIndex(knowledge);
  const spilled: string[] = [];
  for (const path of files) {
    const began = performance.now();
    const file = await ingestFile(path, {}, knowledge.ingest);
    ms.ingest += performance.now() - began;
    if (!file.article) continue;
    const article = file.article;
    timed('readdoc_inside_annotate', () => nlp.readDoc(article.text).tokens().length());
    const annotated = timed('annotate', () => annotate(article));
    const extraction = timed('extract', () => extract(annotated, knowledge));
    indexArticle(index, extraction, knowledge);
    spilled.push(timed('spill_json', () => JSON.stringify(extraction)));
  }
  for (const line of spilled) {
    const extraction = timed('spill_json', () => JSON.parse(line) as Parameters<typeof resolveArticle>[0]);
    const resolved = timed('resolve', () => resolveArticle(extraction, index, knowledge));
    timed('graph', () => toGraphBatch(resolved));
  }
  const n = spilled.length;
  const total = ms.ingest + ms.annotate + ms.extract + ms.spill_json + ms.resolve + ms.graph;
  const perArticle = Object.fromEntries(Object.entries(ms).map(([stage, t]) => [`${stage}_ms`, t / n]));
  return { articles: n, ...perArticle, total_ms: total / n };
}

async function phaseExtract(args: Args): Promise<Record<string, number>> {
  const { indexCorpus, ExportWriter } = await import('../src/run');
  const { toGraphBatch } = await import('../src/graph');
  const tmp = mkdtempSync(join(os.tmpdir(), 'kg-bench-'));
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 250);
  try {
    const began = performance.now();
    const cpu0 = process.cpuUsage();
    const corpus = await indexCorpus(args.folders, { workers: args.workers });
    const pass1 = performance.now();
    const writer = new ExportWriter(join(tmp, 'export.json'), corpus.articles);
    let relations = 0;
    let nodes = 0;
    for await (const article of corpus.resolved()) {
      const batch = toGraphBatch(article);
      relations += batch.relations.length + batch.mentions.length;
      nodes += batch.nodes.length;
      writer.add(article);
    }
    const exported = writer.finish();
    corpus.close();
    const end = performance.now();
    const seconds = (end - began) / 1000;
    return {
      workers: args.workers,
      files: corpus.files,
      articles: corpus.articles.length,
      seconds,
      pass1_seconds: (pass1 - began) / 1000,
      pass2_seconds: (end - pass1) / 1000,
      articles_per_s: corpus.articles.length / seconds,
      cpu_seconds: cpuSeconds(cpu0),
      graph_relationships: relations,
      graph_node_rows: nodes,
      export_nodes: exported.nodes,
      export_edges: exported.edges,
      peak_rss_mb: peakRssMb(),
      sampled_rss_mb: sampled / (1 << 20),
    };
  } finally {
    clearInterval(sampler);
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function phaseNeo4j(args: Args): Promise<Record<string, number | string>> {
  const { runCorpus } = await import('../src/run');
  const { toGraphBatch } = await import('../src/graph');
  const { openGraphDatabase, applySchema } = await import('../src/neo4j');
  const { connectionConfigFromEnv } = await import('../src/neo4j/connection');
  const { writeArticlesBatched } = await import('../src/neo4j/batch-writer');
  const { writeNaive } = await import('./naive-writer');
  const { CsvExportWriter } = await import('../src/export/csv');
  const { importCsvWithNeo4jAdmin } = await import('../src/admin/neo4j-admin');
  const { sideServerConfig } = await import('../src/admin/side-server');
  const local = await import('../src/admin/local-server');

  const run = await runCorpus(args.folders);
  const batches = run.articles.slice(0, args.neo4jArticles).map(toGraphBatch);
  let config = connectionConfigFromEnv();
  let startedHere: Awaited<ReturnType<typeof sideServerConfig>> | null = null;
  // The bench server's memory is sized for the bench: 2 GB heap (fewer young collections while a
  // 200-article transaction is built) and 1 GB page cache (the whole store). The dev and test
  // servers keep local-server.ts's modest 512 MB each: they share the machine with the pipeline.
  const memory = { heapSize: '2g', pageCacheSize: '1g' };
  if (config.local) {
    const side = { ...(await sideServerConfig(join(ROOT, 'bench-data', 'neo4j'))), ...memory };
    const before = await local.status(side);
    const running = await local.start(side, log);
    if (before.state === 'stopped') startedHere = side;
    config = { uri: running.boltUri, user: local.DEFAULT_USER, password: local.serverPassword(side), database: undefined, local: false };
  }
  const db = await openGraphDatabase({ config, startLocal: false });
  const wipe = async (): Promise<void> => {
    const session = db.driver.session({ database: db.database });
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  };
  try {
    await wipe();
    await applySchema(db);
    // The batched writer loads the articles into an empty graph WARM_UP + 2 times. The first load,
    // on a server just started, mostly measures the JVM compiling Neo4j's write path (on 2 cores the
    // JIT threads took more CPU than the writes); it is reported as batched_cold_*. The last load
    // is the figure: a warm server, as a long-running one is (`kg neo4j start`, Aura), and as the
    // naive writer, which runs after it, always had. Every load goes into an empty graph.
    const WARM_UP = 3;
    const load = async (): Promise<{ stats: Awaited<ReturnType<typeof writeArticlesBatched>>; seconds: number }> => {
      await wipe();
      const began = performance.now();
      const stats = await writeArticlesBatched(db, batches);
      return { stats, seconds: (performance.now() - began) / 1000 };
    };
    log(`batched writer: ${batches.length} articles, ${WARM_UP + 2} loads into an empty graph (the first on a ${startedHere ? 'just started' : 'running'} server, the last timed)`);
    const cold = await load();
    log(`batched writer, load 1 (cold): ${(cold.stats.relationshipsCreated / cold.seconds).toFixed(0)} rels/s in ${cold.seconds.toFixed(1)} s`);
    const warmUp: number[] = [];
    for (let i = 0; i < WARM_UP; i++) warmUp.push((await load()).seconds);
    log(`batched writer, warm-up loads: ${warmUp.map((x) => `${x.toFixed(1)} s`).join(', ')}`);
    const { stats: batched, seconds: batchedSeconds } = await load();
    log(`batched writer, load ${WARM_UP + 2} (timed): ${(batched.relationshipsCreated / batchedSeconds).toFixed(0)} rels/s in ${batchedSeconds.toFixed(1)} s`);

    await wipe();
    log(`naive writer: the same articles, for at most ${args.naiveSeconds}s`);
    let began = performance.now();
    const naive = await writeNaive(db, batches, Date.now() + args.naiveSeconds * 1000);
    const naiveSeconds = (performance.now() - began) / 1000;
    await wipe();

    log('bulk path: CSV files + neo4j-admin import into a temp data dir');
    const tmp = mkdtempSync(join(os.tmpdir(), 'kg-bench-csv-'));
    let csv: { relationships: number; seconds: number; exportSeconds: number };
    try {
      began = performance.now();
      const writer = new CsvExportWriter(join(tmp, 'csv'));
      for (const b of batches) writer.add(b);
      writer.finish();
      const exportSeconds = (performance.now() - began) / 1000;
      const imported = importCsvWithNeo4jAdmin({ csvDir: join(tmp, 'csv'), dataDir: join(tmp, 'data') });
      csv = { relationships: imported.relationships, seconds: imported.seconds, exportSeconds };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return {
      server: db.uri,
      articles: batches.length,
      batched_relationships: batched.relationshipsCreated,
      batched_transactions: batched.transactions,
      batched_seconds: batchedSeconds,
      batched_rels_per_s: batched.relationshipsCreated / batchedSeconds,
      batched_loads: WARM_UP + 2,
      batched_cold_seconds: cold.seconds,
      batched_cold_rels_per_s: cold.stats.relationshipsCreated / cold.seconds,
      batched_warm_up_seconds: warmUp.map((x) => x.toFixed(1)).join(' '),
      server_memory: startedHere ? `heap ${memory.heapSize}, page cache ${memory.pageCacheSize} (sized for the bench)` : 'that of a server the bench did not start',
      naive_articles: naive.articles,
      naive_relationships: naive.relationshipsCreated,
      naive_transactions: naive.transactions,
      naive_seconds: naiveSeconds,
      naive_rels_per_s: naive.relationshipsCreated / naiveSeconds,
      admin_import_relationships: csv.relationships,
      admin_import_seconds: csv.seconds,
      admin_import_rels_per_s: csv.relationships / csv.seconds,
      csv_export_seconds: csv.exportSeconds,
    };
  } finally {
    await db.close();
    if (startedHere) await local.stop(startedHere, log);
  }
}

// ---------------------------------------------------------------- orchestration

/** Pathological inputs at N and 2N: the ratios, flattened for the result line; the table goes to stderr. */
async function phasePathological(args: Args): Promise<Record<string, number | string>> {
  const results = await runPathological(args.scale, log);
  process.stderr.write(`${pathologicalTable(results)}\n`);
  return Object.fromEntries(results.flatMap((r) => [[`${r.name}_n`, r.n], [`${r.name}_seconds_n`, r.seconds_n], [`${r.name}_seconds_2n`, r.seconds_2n], [`${r.name}_ratio`, r.ratio]]));
}

function pathologicalResults(flat: Record<string, number | string>): PathologicalResult[] {
  const names = Object.keys(flat).filter((k) => k.endsWith('_ratio')).map((k) => k.slice(0, -'_ratio'.length));
  return names.map((name) => {
    const seconds_n = Number(flat[`${name}_seconds_n`]);
    const seconds_2n = Number(flat[`${name}_seconds_2n`]);
    return { name, unit: '', n: Number(flat[`${name}_n`]), bytes_n: 0, seconds_n, seconds_2n, ratio: seconds_2n / seconds_n };
  });
}

/** The stage-by-stage phase runs in-process: it gets the young generation the pipeline's workers get (src/run/pool.ts). */
const STAGES_NODE_ARGS = ['--max-semi-space-size=64'];

function child(phase: string, extra: string[], profile = false): Promise<Record<string, number | string>> {
  const nodeArgs = [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench-data', 'profiles')}`] : []), ...(phase === 'stages' ? STAGES_NODE_ARGS : [])];
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'bench.js'), '--phase', phase, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (code !== 0 || !line) reject(new Error(`bench phase ${phase} failed (exit ${code})`));
      else resolve(JSON.parse(line.slice(RESULT.length)) as Record<string, number | string>);
    });
  });
}

function machine(): Record<string, string | number> {
  return {
    cores: os.availableParallelism(),
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    node_version: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
  };
}

const load = (): number => round(os.loadavg()[0], 2);

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.phase) {
    const { phaseExplorer } = await import('./explorer-bench');
    const phases: Record<string, (a: Args) => Promise<Record<string, number | string | boolean>>> = { readdoc: phaseReadDoc, extract: phaseExtract, stages: phaseStages, neo4j: phaseNeo4j, startup: () => phaseStartup(log), pathological: phasePathological, explorer: phaseExplorer };
    const phase = phases[args.phase];
    if (!phase) throw new Error(`unknown phase ${args.phase}`);
    process.stdout.write(`${RESULT}${JSON.stringify(await phase(args))}\n`);
    return 0;
  }

  const corpus: Corpus = ensureCorpus({ ...DEFAULT_CORPUS, articles: args.articles });
  log(`corpus ${corpus.dir}: ${corpus.articles} articles, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB${corpus.generatedNow ? ` (generated in ${corpus.seconds.toFixed(0)}s)` : ' (reused)'}`);
  const all = corpus.folders.join(',');
  const quarter = corpus.folders.slice(0, Math.max(1, Math.round(corpus.folders.length / 4)));
  const loads: Record<string, number> = { start: load() };

  log('readDoc over the corpus');
  const readdoc = await child('readdoc', ['--folders', all]);
  loads.readdoc = load();
  const tokens = Number(readdoc.tokens);
  if (args.ratio) return ratioOnly(args, all, readdoc, loads);
  const extract: Record<string, Record<string, number | string>> = {};
  for (const workers of [1, 2]) {
    log(`full extraction, ${workers} worker${workers > 1 ? 's' : ''}`);
    extract[workers] = await child('extract', ['--folders', all, '--workers', String(workers)], args.profile);
    extract[workers].tokens_per_s = tokens / Number(extract[workers].seconds);
    loads[`extract_${workers}w`] = load();
  }
  log(`streaming run at ${quarter.length * corpus.params.perFolder} articles, 2 workers (peak RSS)`);
  const small = await child('extract', ['--folders', quarter.join(','), '--workers', '2']);
  loads.rss_small = load();
  log(`where the time goes: stage by stage over ${args.stageArticles} articles, one thread`);
  const stages = await child('stages', ['--folders', all, '--stage-articles', String(args.stageArticles)]);
  loads.stages = load();
  log('pathological inputs at N and 2N');
  const pathological = pathologicalResults(await child('pathological', ['--scale', String(args.scale)]));
  loads.pathological = load();
  let neo4j: Record<string, number | string> | null = null;
  let startup: Record<string, number | string> | null = null;
  if (!args.skipNeo4j) {
    log('start-up: kg --help and kg cypher \'RETURN 1\'');
    startup = await child('startup', []);
    loads.startup = load();
    log('loading into Neo4j');
    neo4j = await child('neo4j', ['--folders', corpus.folders.slice(0, Math.ceil(args.neo4jArticles / corpus.params.perFolder)).join(','), '--neo4j-articles', String(args.neo4jArticles), '--naive-seconds', String(args.naiveSeconds)]);
    loads.neo4j = load();
  }

  const one = extract[1];
  const two = extract[2];
  const ratios = {
    extraction_vs_readdoc: round(Number(one.tokens_per_s) / Number(readdoc.tokens_per_s), 3),
    workers2_vs_workers1: round(Number(two.articles_per_s) / Number(one.articles_per_s), 3),
    batched_vs_naive: neo4j ? round(Number(neo4j.batched_rels_per_s) / Number(neo4j.naive_rels_per_s), 1) : null,
    rss_20k_vs_5k: round(Number(two.peak_rss_mb) / Number(small.peak_rss_mb), 3),
  };
  // Load-independent companions (the machine may be shared): CPU seconds instead of wall seconds.
  const cpu = {
    extraction_vs_readdoc: round(Number(readdoc.cpu_seconds) / Number(one.cpu_seconds), 3),
    workers2_vs_workers1_cpu_per_article: round(Number(one.cpu_seconds) / Number(two.cpu_seconds), 3),
  };
  const met = {
    extraction_vs_readdoc: ratios.extraction_vs_readdoc >= TARGETS.extraction_vs_readdoc,
    workers2_vs_workers1: ratios.workers2_vs_workers1 >= TARGETS.workers2_vs_workers1,
    batched_vs_naive: ratios.batched_vs_naive === null ? null : ratios.batched_vs_naive >= TARGETS.batched_vs_naive,
    batched_rels_per_s: neo4j ? Number(neo4j.batched_rels_per_s) >= TARGETS.batched_rels_per_s : null,
    rss_20k_vs_5k: ratios.rss_20k_vs_5k <= TARGETS.rss_20k_vs_5k,
    startup_help: startup ? Number(startup.help_seconds) <= STARTUP_TARGETS.help_seconds : null,
    startup_cypher: startup ? Number(startup.cypher_seconds) <= STARTUP_TARGETS.cypher_seconds : null,
  };
  const report = {
    ...ratios,
    targets: TARGETS,
    met,
    cpu_time_ratios: cpu,
    machine: { ...machine(), load_average_1m: loads },
    corpus: { dir: corpus.dir, articles: corpus.articles, bytes: corpus.bytes, tokens, seed: corpus.params.seed },
    readdoc: roundAll(readdoc),
    extract_1_worker: roundAll(one),
    extract_2_workers: roundAll(two),
    rss: { articles_small: Number(small.articles), peak_rss_mb_small: round(Number(small.peak_rss_mb), 1), articles_large: Number(two.articles), peak_rss_mb_large: round(Number(two.peak_rss_mb), 1), small_run: roundAll(small) },
    stages_ms_per_article: roundAll(stages),
    neo4j: neo4j ? roundAll(neo4j) : null,
    startup: startup ? roundAll(startup) : null,
    startup_targets: STARTUP_TARGETS,
    pathological: { max_ratio: PATHOLOGICAL_MAX_RATIO, inputs: pathological.map((p) => ({ ...p, met: p.ratio <= PATHOLOGICAL_MAX_RATIO })) },
  };
  // --json: the JSON object on stdout, and the table still on stderr, so one run gives both.
  if (args.json) {
    process.stderr.write(`${table(report)}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else process.stdout.write(`${table(report)}\n`);
  return 0;
}

/** `--ratio`: the 1-worker extraction against readDoc, nothing else. */
async function ratioOnly(args: Args, folders: string, readdoc: Record<string, number | string>, loads: Record<string, number>): Promise<number> {
  log('full extraction, 1 worker');
  const one = await child('extract', ['--folders', folders, '--workers', '1'], args.profile);
  loads.extract_1w = load();
  const result = {
    articles: Number(one.articles),
    extraction_vs_readdoc: round(Number(readdoc.tokens) / Number(one.seconds) / Number(readdoc.tokens_per_s), 3),
    cpu_extraction_vs_readdoc: round(Number(readdoc.cpu_seconds) / Number(one.cpu_seconds), 3),
    readdoc_seconds: round(Number(readdoc.seconds), 2),
    extract_seconds: round(Number(one.seconds), 2),
    extract_cpu_seconds: round(Number(one.cpu_seconds), 2),
    load_average_1m: loads,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

function roundAll(values: Record<string, number | string>): Record<string, number | string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? round(v, v < 10 ? 3 : 1) : v]));
}

function table(r: ReturnType<typeof Object> & Record<string, any>): string {
  const n = (x: unknown, digits = 0): string => (typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : String(x));
  const mark = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
  const rows: [string, string, string, string][] = [
    ['readDoc (wink-nlp, sbd+pos)', `${n(r.readdoc.tokens_per_s)} tokens/s`, `${n(r.readdoc.seconds, 1)} s`, `CPU ${n(r.readdoc.cpu_seconds, 1)} s (with file reads)`],
    ['full extraction, 1 worker', `${n(r.extract_1_worker.tokens_per_s)} tokens/s, ${n(r.extract_1_worker.articles_per_s, 1)} articles/s`, `${n(r.extract_1_worker.seconds, 1)} s`, `CPU ${n(r.extract_1_worker.cpu_seconds, 1)} s, peak RSS ${n(r.extract_1_worker.peak_rss_mb)} MB`],
    ['full extraction, 2 workers', `${n(r.extract_2_workers.tokens_per_s)} tokens/s, ${n(r.extract_2_workers.articles_per_s, 1)} articles/s`, `${n(r.extract_2_workers.seconds, 1)} s`, `CPU ${n(r.extract_2_workers.cpu_seconds, 1)} s, peak RSS ${n(r.extract_2_workers.peak_rss_mb)} MB`],
    [`streaming run, ${n(r.rss.articles_small)} articles, 2 workers`, `${n(r.rss.small_run.articles_per_s, 1)} articles/s`, `${n(r.rss.small_run.seconds, 1)} s`, `peak RSS ${n(r.rss.peak_rss_mb_small)} MB`],
  ];
  if (r.neo4j) {
    rows.push(['Neo4j batched writer', `${n(r.neo4j.batched_rels_per_s)} rels/s`, `${n(r.neo4j.batched_seconds, 1)} s`, `${n(r.neo4j.articles)} articles, ${n(r.neo4j.batched_relationships)} rels, ${r.neo4j.batched_transactions} tx`]);
    rows.push(['Neo4j naive writer (1 row/tx)', `${n(r.neo4j.naive_rels_per_s)} rels/s`, `${n(r.neo4j.naive_seconds, 1)} s`, `${n(r.neo4j.naive_articles)} articles, ${n(r.neo4j.naive_relationships)} rels, ${n(r.neo4j.naive_transactions)} tx`]);
    rows.push(['neo4j-admin import (bulk CSV)', `${n(r.neo4j.admin_import_rels_per_s)} rels/s`, `${n(r.neo4j.admin_import_seconds, 1)} s`, `${n(r.neo4j.admin_import_relationships)} rels (CSV written in ${n(r.neo4j.csv_export_seconds, 1)} s)`]);
  }
  const ratioRows: [string, string, string, string][] = [
    ['extraction / readDoc (1 worker)', n(r.extraction_vs_readdoc, 3), `≥ ${r.targets.extraction_vs_readdoc}`, mark(r.met.extraction_vs_readdoc)],
    ['2 workers / 1 worker', n(r.workers2_vs_workers1, 3), `≥ ${r.targets.workers2_vs_workers1}`, mark(r.met.workers2_vs_workers1)],
    ['batched / naive (rels/s)', r.batched_vs_naive === null ? 'n/a' : n(r.batched_vs_naive, 1), `≥ ${r.targets.batched_vs_naive}`, mark(r.met.batched_vs_naive)],
    ['batched rels/s', r.neo4j ? n(r.neo4j.batched_rels_per_s) : 'n/a', `≥ ${n(r.targets.batched_rels_per_s)}`, mark(r.met.batched_rels_per_s)],
    ['kg --help (s, median)', r.startup ? n(r.startup.help_seconds, 3) : 'n/a', `≤ ${r.startup_targets.help_seconds}`, mark(r.met.startup_help)],
    ["kg cypher 'RETURN 1' (s, median)", r.startup ? n(r.startup.cypher_seconds, 3) : 'n/a', `≤ ${r.startup_targets.cypher_seconds}`, mark(r.met.startup_cypher)],
    [`peak RSS ${n(r.rss.articles_large)} / ${n(r.rss.articles_small)} articles`, n(r.rss_20k_vs_5k, 3), `≤ ${r.targets.rss_20k_vs_5k}`, mark(r.met.rss_20k_vs_5k)],
    ['(CPU time) readDoc / extraction, 1 worker', n(r.cpu_time_ratios.extraction_vs_readdoc, 3), 'load-independent', ''],
    ['(CPU time) 1 worker / 2 workers, per article', n(r.cpu_time_ratios.workers2_vs_workers1_cpu_per_article, 3), '1.0 = no parallel overhead', ''],
  ];
  const st = r.stages_ms_per_article;
  const stageNames: [string, string][] = [['ingest_ms', 'ingest (read, decode, clean)'], ['annotate_ms', 'nlp: annotate'], ['readdoc_inside_annotate_ms', '  of which wink-nlp readDoc'], ['extract_ms', 'extract (mentions, claims)'], ['spill_json_ms', 'spill JSON (worker -> pass 2)'], ['resolve_ms', 'resolve'], ['graph_ms', 'graph batch']];
  const stageRows: [string, string, string, string][] = stageNames.map(([key, label]) => [label, n(st[key], 3), `${n((100 * st[key]) / st.total_ms, 0)} %`, '']);
  stageRows.push(['total (one thread)', n(st.total_ms, 3), '100 %', `${n(st.articles)} articles`]);
  const render = (header: string[], body: string[][]): string => {
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
  };
  const m = r.machine;
  return [
    `Machine: ${m.cores} cores, ${m.cpu_model}, ${m.memory_gb} GB, Node ${m.node_version}; load average (1 min) during the run: ${Object.entries(m.load_average_1m).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `Corpus: ${n(r.corpus.articles)} articles, ${n(r.corpus.tokens)} tokens (wink), ${n(r.corpus.bytes / 2 ** 20, 1)} MB, seed ${r.corpus.seed}`,
    '',
    render(['measurement', 'throughput', 'time', 'notes'], rows),
    '',
    render(['ratio', 'value', 'target', ''], ratioRows),
    '',
    'Where the time of the full extraction goes (what limits extraction / readDoc):',
    render(['stage', 'ms per article', 'share', ''], stageRows),
    '',
    `Pathological inputs (bench/pathological.ts), t(2N) / t(N), ≤ ${r.pathological.max_ratio} expected:`,
    render(['input', 'N', 't(N) s', 't(2N) s / ratio'], r.pathological.inputs.map((p: PathologicalResult & { met: boolean }) => [p.name, n(p.n), n(p.seconds_n, 3), `${n(p.seconds_2n, 3)} / ${n(p.ratio, 2)} ${p.met ? 'met' : 'MISSED'}`])),
  ].join('\n');
}
