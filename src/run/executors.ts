// Who does a run's tasks (tasks.ts): the main thread itself (one worker, in-process: standard input,
// small inputs, tests) or a pool of worker threads. Both take the same tasks and answer them in
// task order; the run (index.ts) does not know which it has.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../extract';
import type { CorpusIndex } from '../resolve';
import { WorkerPool } from './pool';
import type { PipelineResult, PipelineTask, ResolveSetup, WorkerSetup } from './protocol';
import { makeSpillDir } from './spill';
import { MemoryStore, TaskHandler } from './tasks';

export interface Executor {
  readonly workers: number;
  /** The results of the tasks, in task order. */
  map(tasks: Iterable<PipelineTask>): AsyncGenerator<PipelineResult>;
  /** Pass 2 begins: every task after this resolves against the complete index. */
  startResolving(index: CorpusIndex): void;
  /** Between the passes: an idle executor does not keep the process alive. */
  idle(): void;
  busy(): void;
  /** Stops the work and removes what the run kept on disk. */
  close(): void;
}

/** One worker: the main thread does every task, extractions stay in memory. */
export class InProcessExecutor implements Executor {
  readonly workers = 1;
  private readonly store = new MemoryStore();
  private readonly handler: TaskHandler;

  constructor(ingest: WorkerSetup['ingest'], knowledge: Knowledge) {
    this.handler = new TaskHandler(ingest, this.store, knowledge);
  }

  async *map(tasks: Iterable<PipelineTask>): AsyncGenerator<PipelineResult> {
    for (const task of tasks) yield await this.handler.handle(task);
  }

  startResolving(index: CorpusIndex): void {
    this.handler.startResolving(index, this.store.read);
  }

  idle(): void {}
  busy(): void {}
  close(): void {}
}

/** Worker threads, each with its spill file in a folder of the OS temp dir (or `tmpDir`). */
export class ThreadExecutor implements Executor {
  private readonly pool: WorkerPool<PipelineTask, PipelineResult>;
  private readonly spillFiles: string[];
  private readonly cleanUp: () => void;

  constructor(
    readonly workers: number,
    ingest: WorkerSetup['ingest'],
    knowledgeDirs: string[],
    tmpDir?: string,
  ) {
    const dir = tmpDir ?? makeSpillDir();
    this.spillFiles = Array.from({ length: workers }, (_, i) => join(dir, `worker-${i}.jsonl`));
    this.cleanUp = () => {
      if (tmpDir) for (const f of this.spillFiles) rmSync(f, { force: true });
      else rmSync(dir, { recursive: true, force: true });
    };
    this.pool = new WorkerPool<PipelineTask, PipelineResult>(workers, (index): WorkerSetup => ({ index, spillFile: this.spillFiles[index], ingest, knowledgeDirs }));
  }

  map(tasks: Iterable<PipelineTask>): AsyncGenerator<PipelineResult> {
    return this.pool.map(tasks);
  }

  startResolving(index: CorpusIndex): void {
    this.pool.broadcast({ resolveWith: { index, spillFiles: this.spillFiles } } satisfies ResolveSetup);
  }

  idle(): void {
    this.pool.unref();
  }

  busy(): void {
    this.pool.ref();
  }

  close(): void {
    this.pool.terminate();
    this.cleanUp();
  }
}
