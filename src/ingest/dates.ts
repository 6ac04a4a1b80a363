// Calendar dates written in article text, as ISO YYYY-MM-DD. Only complete, real dates count:
// "October 2022" or "last Friday" give no date, and nothing is ever guessed.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

type DateReader = { regex: RegExp; read: (m: RegExpMatchArray) => [year: string, month: number, day: string] };

const DATE_READERS: DateReader[] = [
  // 2024-05-03, 2024-05-03T10:00:00Z
  { regex: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, read: (m) => [m[1], Number(m[2]), m[3]] },
  // May 3, 2024 / May 3 2024 / Friday, May 3rd, 2024
  { regex: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), read: (m) => [m[3], MONTHS[m[1].toLowerCase()], m[2]] },
  // 3 May 2024 / 3rd of May, 2024
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH},? (\\d{4})\\b`, 'gi'), read: (m) => [m[3], MONTHS[m[2].toLowerCase()], m[1]] },
];

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
export function findDate(text: string): { date: string; index: number } | null {
  let best: { date: string; index: number } | null = null;
  for (const reader of DATE_READERS) {
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

/** "KYIV, May 3 (Reuters) -": a month and day near the start, with no year after them. */
const YEARLESS_DATELINE = new RegExp(`^[^\\n]{0,80}?\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'i');
const DATELINE_SPAN = 300;

/**
 * The day of a year-less dateline at the start of `text`, in the year of the article's metadata
 * date (a feed's or a JSON line's): the dateline is the day of the report, the metadata gives the
 * year. A dateline after the metadata date belongs to the year before (written on 31 December,
 * published on 1 January). Null when the text starts with no such dateline.
 */
export function datelineInYearOf(text: string, metadataDate: string): string | null {
  const m = YEARLESS_DATELINE.exec(text.slice(0, DATELINE_SPAN).replace(/^\s+/, ''));
  if (!m) return null;
  const year = Number(metadataDate.slice(0, 4));
  const month = MONTHS[m[1].toLowerCase().replace(/\.$/, '')];
  const sameYear = isoDate(year, month, m[2]);
  if (sameYear === null) return null;
  // A day or two after the metadata date is a time-zone difference, not last year's dateline.
  const later = Date.parse(sameYear) - Date.parse(metadataDate) > 2 * 86_400_000;
  return later ? isoDate(year - 1, month, m[2]) : sameYear;
}
