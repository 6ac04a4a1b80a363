// Options for ingest, and the defaults that come from the environment.
import { DEFAULT_MAX_FILE_SECONDS, MAX_FILE_SECONDS_ENV } from './budget';

export type InputFormat = 'text' | 'html' | 'markdown';

export interface IngestOptions {
  /** Largest accepted file, in MB (MiB). Default: the KG_MAX_FILE_MB environment variable, else 10. */
  maxFileMb?: number;
  /** Time budget per file (read to extraction), in seconds. Default: KG_MAX_FILE_SECONDS, else 120. */
  maxFileSeconds?: number;
  /** Treat every file as this format instead of guessing from the extension and the content. */
  format?: InputFormat;
  /** Reject text that is not English (default true). */
  requireEnglish?: boolean;
  /** Environment to read KG_MAX_FILE_MB from (default process.env); tests pass their own. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_MAX_FILE_MB = 10;
export const MAX_FILE_MB_ENV = 'KG_MAX_FILE_MB';
export { DEFAULT_MAX_FILE_SECONDS, MAX_FILE_SECONDS_ENV };

export interface ResolvedIngestOptions {
  maxFileBytes: number;
  maxFileMb: number;
  maxFileSeconds: number;
  format: InputFormat | undefined;
  requireEnglish: boolean;
}

/** A limit given in the environment or an option is no positive number: the CLI prints it as one line. */
export class IngestOptionError extends RangeError {
  override name = 'IngestOptionError';
}

/**
 * Fill in defaults. A malformed limit is a configuration mistake, not bad content, so it throws
 * (once, at the start) instead of becoming a message on every file.
 */
export function resolveOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const env = options.env ?? process.env;
  const maxFileMb = options.maxFileMb ?? parseMegabytes(env[MAX_FILE_MB_ENV]) ?? DEFAULT_MAX_FILE_MB;
  if (!Number.isFinite(maxFileMb) || maxFileMb <= 0) {
    throw new IngestOptionError(`the file size limit (--max-file-mb, maxFileMb) must be a positive number of megabytes, got ${String(maxFileMb)}`);
  }
  const maxFileSeconds = options.maxFileSeconds ?? parsePositive(env[MAX_FILE_SECONDS_ENV], MAX_FILE_SECONDS_ENV, 'seconds') ?? DEFAULT_MAX_FILE_SECONDS;
  if (!Number.isFinite(maxFileSeconds) || maxFileSeconds <= 0) {
    throw new IngestOptionError(`the per-file time budget (maxFileSeconds) must be a positive number of seconds, got ${String(maxFileSeconds)}`);
  }
  return {
    maxFileMb,
    maxFileSeconds,
    maxFileBytes: Math.floor(maxFileMb * 1024 * 1024),
    format: options.format,
    requireEnglish: options.requireEnglish ?? true,
  };
}

function parsePositive(value: string | undefined, name: string, unit: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new IngestOptionError(`${name} must be a positive number of ${unit}, got '${value}'`);
  return n;
}

function parseMegabytes(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new IngestOptionError(`${MAX_FILE_MB_ENV} must be a positive number of megabytes, got '${value}'`);
  }
  return mb;
}

/** How to raise the limit, for the 'too-large' message. */
export function raiseLimitHint(neededBytes: number): string {
  const neededMb = Math.ceil(neededBytes / (1024 * 1024)) + 1;
  return `raise the limit with the maxFileMb option or the ${MAX_FILE_MB_ENV} environment variable (e.g. ${MAX_FILE_MB_ENV}=${neededMb})`;
}
