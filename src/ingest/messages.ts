// The fixed reasons ingest reports. A reporter can print the description next to the rule code.
import type { Message, Severity } from '../model/types';

export const INGEST_RULES = {
  // fatal: the file gives no article
  'not-found': 'the path does not exist',
  unreadable: 'the path exists but cannot be read as a file',
  'too-large': 'the file is larger than the size limit',
  empty: 'the file is empty or holds only whitespace',
  binary: 'the file is not text',
  'no-content': 'nothing is left after removing site chrome and reader comments',
  'not-english': 'the text is not English (the extractor only understands English)',
  'bad-record': 'a record of a JSON lines file or a feed item could not be read (the others were)',
  'time-budget': 'reading and extracting the file took longer than the per-file time budget (KG_MAX_FILE_SECONDS)',
  'extraction-error': 'the extractor failed on the file: a bug (please report it with the file); the other files were read',
  // warning: the article is usable, but check it
  'encoding-fallback': 'the file is not valid UTF-8 and was decoded as Windows-1252',
  'bad-metadata': 'a metadata field of a record (date, url, ...) could not be read and was ignored',
  'encoding-guessed': 'the file has no byte-order mark and was decoded as UTF-16 by its byte pattern',
  // info: what cleaning did
  'comments-removed': 'a reader comment section was cut off',
  'chrome-removed': 'site chrome lines (share buttons, "Source link", breadcrumbs, ...) were removed',
  'dateline-split': 'a dateline glued to the first word was split onto its own line',
  'markup-removed': 'HTML or Markdown markup was converted to plain text',
} as const;

export type IngestRule = keyof typeof INGEST_RULES;

export function ingestMessage(file: string, severity: Severity, rule: IngestRule, text: string): Message {
  return { file, severity, rule, text };
}

export function isFatal(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'fatal');
}

/** "1.5 MB": sizes in messages, in MiB like the limit. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(mb >= 1 ? 1 : 3)} MB`;
}

/** Quote a removed line in a message, short enough to read in a terminal. */
export function quoteLine(line: string, max = 60): string {
  const short = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return JSON.stringify(short);
}
