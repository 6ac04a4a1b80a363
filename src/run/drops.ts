// Every drop of a run in words: the count per reason for the run summary ("dropped: 12 claims
// without speaker, 3 mentions not resolved") and one line per drop for -v, with its article and
// sentence. The reasons are the fixed list DropReason (src/model/types.ts); the Record below makes
// a reason without words a compile error.
import type { Article, CharSpan, Drop, DropReason } from '../model/types';
import { printable } from '../ingest/file-names';

/** How the summary counts each reason: [one, many]. */
const COUNTED: Record<DropReason, [string, string]> = {
  'file-skipped': ['file skipped', 'files skipped'],
  'mention-unresolved': ['mention not resolved', 'mentions not resolved'],
  'claim-without-speaker': ['claim without speaker', 'claims without speaker'],
  'speaker-unnamed': ['claim by an unnamed speaker', 'claims by unnamed speakers'],
  'claim-relayed': ['claim only relayed by an agency', 'claims only relayed by an agency'],
  'claim-reported': ['statement inside words another speaker reports', 'statements inside words another speaker reports'],
  'claim-hypothetical': ['claim its actor only may make (a condition: "if Iran refuses")', 'claims their actors only may make (a condition: "if Iran refuses")'],
  'speaker-unresolved': ['claim whose speaker was not resolved', 'claims whose speaker was not resolved'],
  'target-unresolved': ['claim target not resolved', 'claim targets not resolved'],
  'claim-without-target': ['claim without the target its type needs', 'claims without the target their type needs'],
  'edge-without-node': ['edge without its node', 'edges without their node'],
};

/** The reasons in the order the summary lists them. */
export const DROP_REASONS = Object.keys(COUNTED) as DropReason[];

/** The words for one drop of this reason, as -v lists it. */
export function dropReasonText(reason: DropReason): string {
  return COUNTED[reason][0];
}

/** Counts a run's drops by reason, as its articles go by (nothing else is kept). */
export class DropTally {
  private readonly counts = new Map<DropReason, number>();

  count(reason: DropReason, n = 1): void {
    if (n > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  add(drops: readonly Drop[] | undefined): void {
    for (const d of drops ?? []) this.count(d.reason);
  }

  get(reason: DropReason): number {
    return this.counts.get(reason) ?? 0;
  }

  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  /**
   * "12 claims without speaker, 3 mentions not resolved", most first; null when nothing was
   * dropped. Files skipped are left out: the run's own line already counts them ("2 skipped").
   */
  summary(): string | null {
    const parts = DROP_REASONS.filter((r) => r !== 'file-skipped' && this.get(r) > 0)
      .sort((a, b) => this.get(b) - this.get(a) || DROP_REASONS.indexOf(a) - DROP_REASONS.indexOf(b))
      .map((r) => `${this.get(r)} ${COUNTED[r][this.get(r) === 1 ? 0 : 1]}`);
    return parts.length > 0 ? parts.join(', ') : null;
  }
}

const CONTEXT_CHARS = 160;

/**
 * One drop on one line: `<article>: sentence <n>: <reason>: "<words>" in "<sentence>"`. The
 * sentence is cut to a line's length and its line breaks shown as spaces.
 */
export function describeDrop(article: Pick<Article, 'path' | 'text'>, drop: Drop): string {
  const where = drop.sentence !== undefined ? ` sentence ${drop.sentence + 1}:` : '';
  const context = drop.context ?? (drop.at ? around(article.text, drop.at) : undefined);
  const words = oneLine(drop.words);
  const shown = context ? clipAround(oneLine(article.text.slice(context.start, context.end)), words) : '';
  return printable(`${article.path}:${where} ${dropReasonText(drop.reason)}: "${words}"${shown && shown !== words ? ` in "${shown}"` : ''}`);
}

/** The stretch of text around `at` up to the nearest sentence ends or line breaks (for showing only). */
function around(text: string, at: CharSpan): CharSpan {
  const before = text.slice(Math.max(0, at.start - 4 * CONTEXT_CHARS), at.start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/) + 1);
  const start = at.start - before.length + (cut > 0 ? cut + 1 : 0);
  const after = text.slice(at.end, at.end + 4 * CONTEXT_CHARS);
  const stop = after.search(/[.!?](\s|$)|\n/);
  return { start, end: stop >= 0 ? at.end + stop + 1 : at.end + after.length };
}

/** The sentence on one line of CONTEXT_CHARS at most, keeping the dropped words in view. */
function clipAround(sentence: string, words: string): string {
  if (sentence.length <= CONTEXT_CHARS) return sentence;
  const at = Math.max(0, sentence.indexOf(words));
  const from = at + words.length <= CONTEXT_CHARS - 1 ? 0 : Math.min(at - 40, sentence.length - CONTEXT_CHARS + 2);
  const to = from + CONTEXT_CHARS - (from > 0 ? 2 : 1);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}

/** A run's drops in article order: by sentence, then where in it. */
export function inArticleOrder(drops: readonly Drop[]): Drop[] {
  return [...drops].sort((a, b) => (a.sentence ?? -1) - (b.sentence ?? -1) || (a.at?.start ?? 0) - (b.at?.start ?? 0));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
