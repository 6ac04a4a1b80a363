// A run's worker thread: its own wink-nlp instance and knowledge, created once when it starts, and
// the same task code as a run in-process (tasks.ts). Its extractions go to its spill file; pass 2
// reads any worker's spill file back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge';
import type { Reply } from './pool';
import type { PipelineResult, PipelineTask, ResolveSetup, WorkerSetup } from './protocol';
import { SpillFileReader, SpillFileStore, TaskHandler } from './tasks';

const setup = workerData as WorkerSetup;
const store = new SpillFileStore(setup.spillFile, setup.index);
// builds the lexicons (and the wink instance) before the first task
const handler = new TaskHandler(setup.ingest, store, loadKnowledge(setup.knowledgeDirs));
let reader: SpillFileReader | null = null;

function startResolving(message: ResolveSetup): void {
  reader?.close();
  reader = new SpillFileReader(message.resolveWith.spillFiles);
  handler.startResolving(message.resolveWith.index, reader.read);
}

parentPort?.on('message', (message: { seq: number; task: PipelineTask } | ResolveSetup | { close: true }) => {
  if ('close' in message) {
    store.close();
    parentPort?.close();
    return;
  }
  if ('resolveWith' in message) {
    startResolving(message);
    return;
  }
  handler.handle(message.task).then(
    (result) => parentPort?.postMessage({ seq: message.seq, ok: true, result } satisfies Reply<PipelineResult>),
    (err: unknown) => parentPort?.postMessage({ seq: message.seq, ok: false, error: (err as Error)?.stack ?? String(err) } satisfies Reply<PipelineResult>),
  );
});
