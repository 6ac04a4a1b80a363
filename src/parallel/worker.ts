// A pipeline worker (worker_threads): ingest + nlp + extract of one file per task, with its own
// wink-nlp instance and knowledge, created once when the worker starts. The extraction goes to
// the worker's spill file (one JSON line per article); the main thread gets back only what it needs
// to index the corpus (the people named in full) and where the line is, so messages stay small
// and the main thread never holds the corpus.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestFile } from '../ingest';
import { extractArticle } from '../pipeline';
import { loadKnowledge } from '../extract';
import type { Reply } from './pool';
import type { ExtractTask, ExtractResult, WorkerSetup } from './protocol';

const setup = workerData as WorkerSetup;
const spill = openSync(setup.spillFile, 'w');
let offset = 0;
loadKnowledge(); // builds the lexicons (and the wink instance) before the first task

async function handle(task: ExtractTask): Promise<ExtractResult[]> {
  const results: ExtractResult[] = [];
  for (const path of task.paths) results.push(await handleFile(path));
  return results;
}

async function handleFile(path: string): Promise<ExtractResult> {
  const file = await ingestFile(path, setup.ingest);
  const extraction = file.article ? extractArticle(file) : null;
  if (!file.article || !extraction) return { path: file.path, messages: file.messages, article: null };
  const line = `${JSON.stringify(extraction)}\n`;
  const bytes = Buffer.from(line, 'utf8');
  writeSync(spill, bytes);
  const at = offset;
  offset += bytes.length;
  const { id, file: name, title, date } = file.article;
  return {
    path: file.path,
    messages: file.messages,
    article: { id, file: name, title, date },
    personNames: extraction.mentions.filter((m) => m.label === 'Person' && m.kind === 'name').map((m) => m.canonical),
    spill: { worker: setup.index, offset: at, length: bytes.length },
  };
}

parentPort?.on('message', (message: { seq: number; task: ExtractTask } | { close: true }) => {
  if ('close' in message) {
    closeSync(spill);
    parentPort?.close();
    return;
  }
  handle(message.task).then(
    (result) => parentPort?.postMessage({ seq: message.seq, ok: true, result } satisfies Reply<ExtractResult[]>),
    (err: unknown) => parentPort?.postMessage({ seq: message.seq, ok: false, error: (err as Error)?.stack ?? String(err) } satisfies Reply<ExtractResult[]>),
  );
});
