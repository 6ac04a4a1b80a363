// `--workers N`, parsed when the command line is read: kept apart from parallel.ts, which loads the
// pipeline, so that parsing arguments loads nothing heavy (see main.ts).
import { UsageError } from './report';

/** Parses --workers: a whole number from 1 to 64. */
export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers takes a whole number from 1 to 64, got "${value}"`);
  return n;
}
