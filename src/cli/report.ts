// How the CLI tells the user about input files: one line per problem, a summary, exit codes.
import type { Message } from '../model/types';
import { printable } from '../ingest/file-names';

/** Exit codes of every kg command. */
export const EXIT = {
  ok: 0,
  /** Nothing could be done: bad usage, unreachable database, no readable input. */
  error: 1,
  /** Some input files failed (each was named with its reason); the others were processed. */
  someInputsFailed: 2,
} as const;

export type Print = (line: string) => void;

/** One line per fatal problem and warning; info lines (what cleaning removed) only when verbose. */
export function reportMessages(messages: Message[], printError: Print, verbose = false): void {
  for (const m of messages) {
    if (m.severity === 'info' && !verbose) continue;
    const label = m.severity === 'fatal' ? 'skipped' : m.severity;
    // A file name may hold newlines, escape sequences or bytes that are not UTF-8: printed escaped, one line.
    printError(`${label}: ${printable(m.file)}: ${printable(m.text)} [${m.rule}]`);
  }
}

export function exitCodeFor(run: { files: number; failed: number }): number {
  if (run.files === 0 || run.failed === run.files) return EXIT.error;
  return run.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

/** Parses repeated `--param key=value` options; values that look like JSON (numbers, lists) are parsed. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param takes key=value, got "${pair}"`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    params[key] = parseValue(raw);
  }
  return params;
}

function parseValue(raw: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(raw) || /^(true|false|null)$/.test(raw) || /^[[{"]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** A mistake in how a command was called: printed as one line, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}
