// Direct quotes: character ranges between opening and closing quotation marks within a paragraph.
import type { CharSpan } from '../model/types';

export const OPENING = new Set(['“', '«', '„']);
export const CLOSING = new Set(['”', '»']);

/** A token that is a quotation mark of any kind, straight or curly. */
export const QUOTE_MARK = /^["“”‘’']$/;

/**
 * Quote spans (the text inside the marks) of a text. Curly quotes say which way they face; a straight
 * quote opens when no quote is open and closes otherwise. A quote never runs past a blank line or a
 * newline, because web text does not continue quotes across paragraphs reliably.
 */
export function findQuotes(text: string): CharSpan[] {
  const quotes: CharSpan[] = [];
  let open: number | null = null;
  // jump from mark to mark: most characters are none
  const marks = /[\n“«„”»"]/g;
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const i = found.index;
    const c = text[i];
    if (c === '\n') {
      if (open !== null) quotes.push({ start: open, end: i });
      open = null;
    } else if (OPENING.has(c)) {
      if (open === null) open = i + 1;
    } else if (CLOSING.has(c) || c === '"') {
      if (open === null && c === '"') open = i + 1;
      else if (open !== null) {
        quotes.push({ start: open, end: i });
        open = null;
      }
    }
  }
  if (open !== null) quotes.push({ start: open, end: text.length });
  return quotes;
}

/**
 * The quote around a position. Quotes come from findQuotes sorted by start and never overlap, so a
 * binary search finds it: articles with thousands of quotes stay linear, not quadratic.
 */
export function insideQuote(quotes: CharSpan[], position: number): CharSpan | null {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const q = quotes[mid];
    if (position < q.start) high = mid - 1;
    else if (position >= q.end) low = mid + 1;
    else return q;
  }
  return null;
}

/** Words in a quote: scare quotes ("crazy") are not utterances worth a separate claim. */
export function quoteWords(text: string, quote: CharSpan): number {
  return text.slice(quote.start, quote.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
