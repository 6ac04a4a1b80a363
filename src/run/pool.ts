// A small pool of worker_threads that maps tasks to results, in task order, with a bounded window:
// at most `window` tasks are dispatched and not yet consumed, so memory stays flat whatever the
// number of tasks, and a slow task holds back only what the window allows.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What a worker answers for one task: a result or the stack of an exception (a bug). */
export type Reply<R> = { seq: number; ok: true; result: R } | { seq: number; ok: false; error: string };

/**
 * The worker script. Under ts-node or ts-jest (this file is .ts) the worker registers ts-node
 * itself through worker-boot.js; compiled, it runs worker.js directly.
 */
export function workerScript(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, 'worker-boot.js');
  const compiled = join(__dirname, 'worker.js');
  return existsSync(compiled) ? compiled : join(__dirname, 'worker-boot.js');
}

/**
 * Extraction makes many short-lived objects (tokens, drafts, spans): with V8's default young
 * generation a worker spent ~10 % of its time in scavenges; 64 MB semi-spaces (a 192 MB young
 * generation) made extraction about a quarter faster for ~45 MB more peak RSS per worker.
 */
const YOUNG_GENERATION_MB = 192;

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class WorkerPool<T, R> {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, { resolve: (reply: Reply<R>) => void; reject: (err: Error) => void }>();
  private failure: Error | null = null;
  /** Task numbers run on across map() calls, so answers to an abandoned run never match a new one. */
  private nextSeq = 0;
  private closing = false;

  constructor(size: number, workerData: (index: number) => unknown, script: string = workerScript()) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one worker, got ${size}`);
    this.slots = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(script, { workerData: workerData(index), resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (reply: Reply<R>) => {
        slot.inFlight--;
        const waiter = this.waiting.get(reply.seq);
        this.waiting.delete(reply.seq);
        waiter?.resolve(reply);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a pipeline worker exited with code ${code}`));
      });
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** A worker died: every task waiting for an answer fails with it (so does every later one). */
  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }

  /** Sends a message to every worker (e.g. data all later tasks need). */
  broadcast(message: unknown): void {
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  private dispatch(seq: number, task: T): Promise<Reply<R>> {
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, task });
    });
  }

  /**
   * Runs every task and yields the results in task order. No Promise.race with a long-lived
   * "failed" promise: every race would leave a reaction on it holding that reply, so a run would
   * keep all its results alive (pass 2's resolved articles: ~50 KB each). A worker's failure
   * rejects the waiting tasks instead.
   */
  async *map(tasks: Iterable<T>, window = 8 * this.slots.length): AsyncGenerator<R> {
    const pending: Promise<Reply<R>>[] = [];
    const iterator = tasks[Symbol.iterator]();
    let done = false;
    const fill = (): void => {
      while (!done && pending.length < window) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          return;
        }
        const reply = this.dispatch(this.nextSeq++, next.value);
        reply.catch(() => undefined); // awaited in order below; a failure is thrown from there
        pending.push(reply);
      }
    };
    fill();
    while (pending.length > 0) {
      const reply = await pending[0];
      pending.shift();
      fill();
      if (!reply.ok) throw new Error(`a pipeline worker failed: ${reply.error}`);
      yield reply.result;
    }
  }


  /**
   * Between passes the workers wait, unreferenced: an idle pool does not keep the process alive.
   * ref() again before waiting on their answers.
   */
  unref(): void {
    for (const slot of this.slots) slot.worker.unref();
  }

  ref(): void {
    for (const slot of this.slots) slot.worker.ref();
  }

  /** Stops every worker now (their work is done or not wanted any more). */
  terminate(): void {
    this.closing = true;
    for (const slot of this.slots) void slot.worker.terminate();
  }

  /** Asks every worker to finish (it closes its files and exits); terminates those that do not. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void s.worker.terminate().then(() => resolve()), 5000);
            s.worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            s.worker.postMessage({ close: true });
          }),
      ),
    );
  }
}
