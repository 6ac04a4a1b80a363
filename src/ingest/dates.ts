// Calendar dates written in article text, as ISO YYYY-MM-DD. Only complete, real dates count:
// "October 2022" or "last Friday" give no date, and nothing is ever guessed. The words of dates
// (month names, "3rd", "of") come from knowledge/en/dates.json; the patterns are built from them
// once per knowledge value.
import type { DateWords } from '../knowledge/dates-file';

type DateReader = { regex: RegExp; read: (m: RegExpMatchArray) => [year: string, month: number, day: string] };

interface DatePatterns {
  readers: DateReader[];
  /** "KYIV, May 3 (Reuters) -": a month and day near the start, with no year after them. */
  yearlessDateline: RegExp;
}

const patterns = new WeakMap<DateWords, DatePatterns>();

/** Longest first, so "september" is tried before "sep" (as "sep(?:t(?:ember)?)?" would). */
const alternation = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

function datePatterns(words: DateWords): DatePatterns {
  let built = patterns.get(words);
  if (built) return built;
  const month = `(${alternation(words.months.keys())})\\.?`;
  const ordinal = `(?:${words.ordinalSuffixes.join('|')})?`;
  const joiner = `(?: (?:${words.dayMonthJoiners.join('|')}))?`;
  const number = (m: string): number => words.months.get(m.toLowerCase()) ?? NaN;
  built = {
    readers: [
      // 2024-05-03, 2024-05-03T10:00:00Z
      { regex: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, read: (m) => [m[1], Number(m[2]), m[3]] },
      // May 3, 2024 / May 3 2024 / Friday, May 3rd, 2024
      { regex: new RegExp(`\\b${month} (\\d{1,2})${ordinal},? (\\d{4})\\b`, 'gi'), read: (m) => [m[3], number(m[1]), m[2]] },
      // 3 May 2024 / 3rd of May, 2024
      { regex: new RegExp(`\\b(\\d{1,2})${ordinal}${joiner} ${month},? (\\d{4})\\b`, 'gi'), read: (m) => [m[3], number(m[2]), m[1]] },
    ],
    yearlessDateline: new RegExp(`^[^\\n]{0,80}?\\b${month} (\\d{1,2})${ordinal}\\b(?!,? \\d{4})`, 'i'),
  };
  patterns.set(words, built);
  return built;
}

/** The ISO date of a real calendar day, or null ("2024-02-30" is not one). */
export function isoDate(year: string | number, month: number, day: string | number): string | null {
  const y = Number(year);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1900 || y > 2999 || !(month >= 1 && month <= 12)) return null;
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The earliest complete date written in `text`, or null. */
export function findDate(text: string, words: DateWords): { date: string; index: number } | null {
  let best: { date: string; index: number } | null = null;
  for (const reader of datePatterns(words).readers) {
    for (const m of text.matchAll(reader.regex)) {
      const index = m.index ?? 0;
      if (best && best.index <= index) break;
      const date = isoDate(...reader.read(m));
      if (date) {
        best = { date, index };
        break;
      }
    }
  }
  return best;
}

/** ISO date at the start of a machine-readable value such as "2024-05-03T08:00:00+02:00". */
export function isoDatePrefix(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? isoDate(m[1], Number(m[2]), m[3]) : null;
}

const DATELINE_SPAN = 300;

/**
 * The day of a year-less dateline at the start of `text`, in the year of the article's metadata
 * date (a feed's or a JSON line's): the dateline is the day of the report, the metadata gives the
 * year. A dateline after the metadata date belongs to the year before (written on 31 December,
 * published on 1 January). Null when the text starts with no such dateline.
 */
export function datelineInYearOf(text: string, metadataDate: string, words: DateWords): string | null {
  const m = datePatterns(words).yearlessDateline.exec(text.slice(0, DATELINE_SPAN).replace(/^\s+/, ''));
  if (!m) return null;
  const year = Number(metadataDate.slice(0, 4));
  const month = words.months.get(m[1].toLowerCase()) ?? NaN;
  const sameYear = isoDate(year, month, m[2]);
  if (sameYear === null) return null;
  // A day or two after the metadata date is a time-zone difference, not last year's dateline.
  const later = Date.parse(sameYear) - Date.parse(metadataDate) > 2 * 86_400_000;
  return later ? isoDate(year - 1, month, m[2]) : sameYear;
}
