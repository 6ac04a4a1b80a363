// A pipeline worker (worker_threads), with its own wink-nlp instance and knowledge, created once
// when the worker starts.
//   pass 1  ingest + nlp + extract of a few files per task. The extraction goes to the worker's
//           spill file (one JSON line per article); the main thread gets back only what it needs
//           to index the corpus (the people named in full) and where the line is, so messages
//           stay small and the main thread never holds the corpus.
//   pass 2  with the complete corpus index (sent once), read extractions back from any worker's
//           spill and resolve them, so resolution runs on the workers, not on the main thread.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestInput } from '../ingest';
import { extractArticle } from '../pipeline';
import { loadKnowledge } from '../extract';
import { resolveArticle, type CorpusIndex } from '../resolve';
import type { ArticleExtraction, IngestedFile, ResolvedArticle } from '../model/types';
import type { Reply } from './pool';
import type { ExtractTask, ExtractResult, PipelineResult, PipelineTask, ResolveSetup, ResolveTask, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;
const spill = openSync(setup.spillFile, 'w');
let offset = 0;
const knowledge = loadKnowledge(); // builds the lexicons (and the wink instance) before the first task
let resolving: { index: CorpusIndex; spills: number[] } | null = null;

async function extractFiles(task: ExtractTask): Promise<ExtractResult[]> {
  const results: ExtractResult[] = [];
  // A JSON lines file or a feed gives one result per record.
  for (const path of task.paths) for (const file of await ingestInput(path, setup.ingest)) results.push(handleFile(file));
  return results;
}

function handleFile(file: IngestedFile): ExtractResult {
  const extraction = file.article ? extractArticle(file) : null;
  if (!file.article || !extraction) return { path: file.path, messages: file.messages, article: null };
  const line = `${JSON.stringify(extraction)}\n`;
  const bytes = Buffer.from(line, 'utf8');
  writeSync(spill, bytes);
  const at = offset;
  offset += bytes.length;
  const { id, file: name, title, date, url, outlet } = file.article;
  return {
    path: file.path,
    messages: file.messages,
    article: { id, file: name, title, date, url, outlet },
    personNames: extraction.mentions.filter((m) => m.label === 'Person' && m.kind === 'name').map((m) => m.canonical),
    spill: { worker: setup.index, offset: at, length: bytes.length },
  };
}

let buffer = Buffer.alloc(1 << 16);

function resolveSpilled(task: ResolveTask): ResolvedArticle[] {
  if (!resolving) throw new Error('pass 2 task before the corpus index');
  const { index, spills } = resolving;
  return task.refs.map((ref) => {
    if (buffer.length < ref.length) buffer = Buffer.alloc(ref.length * 2);
    readSync(spills[ref.worker], buffer, 0, ref.length, ref.offset);
    const extraction = JSON.parse(buffer.toString('utf8', 0, ref.length)) as ArticleExtraction;
    return resolveArticle(extraction, index, knowledge);
  });
}

async function handle(task: PipelineTask): Promise<PipelineResult> {
  if ('extract' in task) return { extracted: await extractFiles(task.extract) };
  return { resolved: resolveSpilled(task.resolve) };
}

function startResolving(message: ResolveSetup): void {
  if (resolving) for (const fd of resolving.spills) closeSync(fd);
  resolving = { index: message.resolveWith.index, spills: message.resolveWith.spillFiles.map((f) => openSync(f, 'r')) };
}

parentPort?.on('message', (message: { seq: number; task: PipelineTask } | ResolveSetup | { close: true }) => {
  if ('close' in message) {
    closeSync(spill);
    parentPort?.close();
    return;
  }
  if ('resolveWith' in message) {
    startResolving(message);
    return;
  }
  handle(message.task).then(
    (result) => parentPort?.postMessage({ seq: message.seq, ok: true, result } satisfies Reply<PipelineResult>),
    (err: unknown) => parentPort?.postMessage({ seq: message.seq, ok: false, error: (err as Error)?.stack ?? String(err) } satisfies Reply<PipelineResult>),
  );
});
