// The per-file time budget (issue 13): every stage is linear, but a file that still takes too long
// ends with "skipped: <file>: took longer than N s ... [time-budget]" instead of stalling the run.
// The budget of a file starts when ingest begins reading it and covers its extraction. Stages call
// checkFileBudget() in their loops; outside a budgeted scope (withinFileBudget) it does nothing, so
// a direct call of a stage (tests, the explorer) never meets a deadline. Everything here runs
// synchronously per file, and each worker thread has its own copy of this module.
import type { IngestedFile, Message } from '../model/types';
import { ingestMessage } from './messages';

export const DEFAULT_MAX_FILE_SECONDS = 120;
export const MAX_FILE_SECONDS_ENV = 'KG_MAX_FILE_SECONDS';

export class FileTimeBudgetExceeded extends Error {
  override name = 'FileTimeBudgetExceeded';
  constructor(readonly seconds: number) {
    super(`took longer than the time budget of ${seconds} s per file`);
  }
}

export interface Budget {
  /** Unset: the budget starts when it is first used (a record of a JSON lines file, at its extraction). */
  deadline?: number;
  seconds: number;
}

let active: Budget | null = null;
let calls = 0;
const deadlines = new WeakMap<IngestedFile, Budget>();

/** A new budget of `seconds`, starting now. */
export function newFileBudget(seconds: number): Budget {
  return { deadline: Date.now() + seconds * 1000, seconds };
}

/** Runs `work` (synchronous) under `budget`; checkFileBudget inside it throws FileTimeBudgetExceeded once the budget is spent. */
export function withinFileBudget<T>(budget: Budget | undefined, work: () => T): T {
  if (!budget) return work();
  budget.deadline ??= Date.now() + budget.seconds * 1000;
  const outer = active;
  active = budget;
  try {
    checkFileBudget(true);
    return work();
  } finally {
    active = outer;
  }
}

/** Cheap enough for any loop: reads the clock every 256th call. */
export function checkFileBudget(now = false): void {
  if (active === null || (!now && ++calls % 256 !== 0)) return;
  if (Date.now() > (active.deadline ?? Infinity)) throw new FileTimeBudgetExceeded(active.seconds);
}

/** Ingest records the budget of a file it read; its extraction continues under it. */
export function rememberFileBudget(file: IngestedFile, budget: Budget): IngestedFile {
  deadlines.set(file, budget);
  return file;
}

export function fileBudgetOf(file: IngestedFile): Budget | undefined {
  return deadlines.get(file);
}

export function timeBudgetMessage(path: string, err: FileTimeBudgetExceeded): Message {
  return ingestMessage(
    path,
    'fatal',
    'time-budget',
    `${err.message}; nothing of it was kept (raise the budget with ${MAX_FILE_SECONDS_ENV}, e.g. ${MAX_FILE_SECONDS_ENV}=${err.seconds * 4})`,
  );
}

/** An error the extractor met in one file: where it was thrown, for the bug report, and that nothing of the file was kept. */
export function extractionErrorMessage(path: string, err: unknown): Message {
  const where = err instanceof Error ? (err.stack ?? '').split('\n').find((line) => line.trim().startsWith('at ')) : undefined;
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return ingestMessage(path, 'fatal', 'extraction-error', `the extractor failed (${what}${where ? `, ${where.trim()}` : ''}); nothing of the file was kept, please report it with the file`);
}
