// knowledge/en/dates.json: the words of dates in article text and of a page's date line, checked
// field by field. Every word is letters only, since ingest builds its date patterns from them.
import { at, fileObject, list, record, reject, type FieldContext } from './fields';

export interface DateWords {
  /** Every spelling of a month ("sept", "september") -> its number, 1 to 12. */
  months: ReadonlyMap<string, number>;
  /** "st", "nd", "rd", "th": what may follow a day number. */
  ordinalSuffixes: readonly string[];
  /** "of": words between a day and its month ("3rd of May"). */
  dayMonthJoiners: readonly string[];
  /** "date", "published": words that open a page's date line. */
  metadataLabels: readonly string[];
}

const FIELDS = ['months', 'ordinalSuffixes', 'dayMonthJoiners', 'metadataLabels'] as const;

/** A lower-case word of letters (a pattern is built from it: nothing else may get in). */
function letters(value: unknown, ctx: FieldContext): string {
  if (typeof value !== 'string' || !/^\p{Ll}+$/u.test(value)) return reject(ctx, `expected a lower-case word of letters, got ${JSON.stringify(value)}`);
  return value;
}

function words(value: unknown, ctx: FieldContext): string[] {
  const items = list(value, ctx).map((item, i) => letters(item, at(ctx, i)));
  if (items.length === 0) reject(ctx, 'expected at least one word');
  return items;
}

export function validateDatesFile(value: unknown, source: string): DateWords {
  const { data, ctx } = fileObject(value, source, FIELDS);
  const monthsCtx = at(ctx, 'months');
  const months = new Map<string, number>();
  for (const [spelling, number] of Object.entries(record(data.months, monthsCtx))) {
    if (spelling.startsWith('$')) continue;
    const where = at(monthsCtx, spelling);
    letters(spelling, where);
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 12) reject(where, 'expected a month number from 1 to 12');
    months.set(spelling, number as number);
  }
  for (let month = 1; month <= 12; month++) if (![...months.values()].includes(month)) reject(monthsCtx, `no spelling of month ${month}`);
  return { months, ordinalSuffixes: words(data.ordinalSuffixes, at(ctx, 'ordinalSuffixes')), dayMonthJoiners: words(data.dayMonthJoiners, at(ctx, 'dayMonthJoiners')), metadataLabels: words(data.metadataLabels, at(ctx, 'metadataLabels')) };
}
