// Plain text of a web page -> the article body. Removes whole lines only (site chrome, breadcrumbs,
// the comment section) and never rewrites words inside a line, so every sentence of the article is
// still a verbatim substring of the result.
import { findCommentSection } from './comments';
import { findDate, isoDate } from './dates';
import type { DateWords } from '../knowledge/dates-file';
import type { BreadcrumbKnowledge, IngestKnowledge, NamedPattern } from './knowledge';

export interface RemovedLine {
  /** Which chrome pattern (or 'breadcrumb', 'comment-marker') removed it. */
  reason: string;
  line: string;
}

export interface CleanedText {
  text: string;
  /** From a leading "date 2024-05-03" token or a date in the first lines; null if none. */
  date: string | null;
  comments: { removedChars: number; firstLine: string; evidence: string } | null;
  chrome: RemovedLine[];
  /** Cities split off the word they were glued to ("BarcelonaVladimir"). */
  datelineSplits: string[];
}

/** Lines read for a publication date: the headline, standfirst, byline and dateline area. */
const DATE_SEARCH_LINES = 5;
const DATE_SEARCH_SHORT_LINE_WORDS = 15;
/** In a long first paragraph only a dateline at its start counts ("MOSCOW, May 3, 2024 -"). */
const DATE_SEARCH_LONG_LINE_CHARS = 100;
const DATELINE_SEARCH_LINES = 10;

/** Leading page metadata, as in " date 2024-05-03 The Kremlin on Friday ...", after one of the labels of dates.json. */
const dateMetadataPatterns = new WeakMap<DateWords, RegExp>();

function dateMetadataPattern(words: DateWords): RegExp {
  let pattern = dateMetadataPatterns.get(words);
  if (!pattern) {
    const labels = words.metadataLabels.join('|');
    pattern = new RegExp(`^(?:${labels})\\s*:?\\s+(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s+|$)`, 'i');
    dateMetadataPatterns.set(words, pattern);
  }
  return pattern;
}

export function cleanText(raw: string, k: IngestKnowledge): CleanedText {
  const metadata = takeDateMetadata(normaliseWhitespace(raw), k.dates);
  let lines = metadata.text.split('\n');
  const date = metadata.date ?? dateNearStart(lines, k.dates);

  const chrome: RemovedLine[] = [];
  const scan = findCommentSection(lines, k.comments);
  let comments: CleanedText['comments'] = null;
  if (scan.section) {
    const cut = lines.slice(scan.section.startLine);
    comments = { removedChars: cut.join('\n').length, firstLine: cut[0], evidence: scan.section.evidence };
    lines = lines.slice(0, scan.section.startLine);
  }
  for (const i of scan.strayMarkerLines) if (i < lines.length) chrome.push({ reason: 'comment-marker', line: lines[i] });
  const strays = new Set(scan.strayMarkerLines);
  lines = lines.map((line, i) => (strays.has(i) ? '' : line));

  lines = removeChromeLines(lines, k.chromeLines, chrome);
  lines = removeBreadcrumbs(lines, k.breadcrumbs, chrome);
  const datelineSplits: string[] = [];
  lines = splitGluedDatelines(lines, k.datelineCities, datelineSplits);

  return { text: collapseBlankLines(lines.join('\n')), date, comments, chrome, datelineSplits };
}

/**
 * CRLF and CR to LF, the many Unicode spaces to a plain space, invisible characters out, lines
 * trimmed, at most one blank line between paragraphs.
 */
export function normaliseWhitespace(text: string): string {
  // one scan for the characters the four replacements below change (most texts have none of them)
  const unified = !SPECIAL_SPACES.test(text)
    ? text
    : text
        .replace(/\r\n?/g, '\n')
        .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
        .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
        // zero-width space, word joiner, byte-order mark, soft hyphen: invisible, and they split words
        .replace(/[\u200b\u2060\ufeff\u00ad]/g, '');
  return collapseBlankLines(unified.split('\n').map((line) => line.trim()).join('\n'));
}

/** Every character the replacements of normaliseWhitespace change. */
const SPECIAL_SPACES = /[\r\f\v\u2028\u2029\u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad]/;

function collapseBlankLines(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function takeDateMetadata(text: string, words: DateWords): { text: string; date: string | null } {
  const m = dateMetadataPattern(words).exec(text);
  const date = m ? isoDate(m[1], Number(m[2]), m[3]) : null;
  if (!m || !date) return { text, date: null };
  return { text: text.slice(m[0].length), date };
}

/**
 * A date in the headline, byline and dateline area: the short lines at the top, and the start of
 * the first long paragraph ("MOSCOW, May 3, 2024 -"). Dates further into the body are events.
 */
function dateNearStart(lines: readonly string[], words: DateWords): string | null {
  const head = lines.filter((l) => l !== '').slice(0, DATE_SEARCH_LINES);
  for (const line of head) {
    const short = line.split(/\s+/).length <= DATE_SEARCH_SHORT_LINE_WORDS;
    const found = findDate(short ? line : line.slice(0, DATE_SEARCH_LONG_LINE_CHARS), words);
    if (found) return found.date;
    if (!short) break;
  }
  return null;
}

function removeChromeLines(lines: string[], patterns: readonly NamedPattern[], removed: RemovedLine[]): string[] {
  return lines.map((line) => {
    if (line === '') return line;
    const hit = patterns.find((p) => p.regex.test(line) && !p.unless?.test(line));
    if (!hit) return line;
    removed.push({ reason: hit.id, line });
    return '';
  });
}

/**
 * "Home World Russia Warns France ... Consequences For..." above the headline "Russia Warns France
 * ... Consequences For Paris": a navigation trail ending in a truncated copy of the headline. Also
 * "Home › World › Europe". Only the first lines are searched; a body line is never a breadcrumb.
 */
function removeBreadcrumbs(lines: string[], k: BreadcrumbKnowledge, removed: RemovedLine[]): string[] {
  const head = lines
    .map((line, index) => ({ line, index }))
    .filter((l) => l.line !== '')
    .slice(0, k.searchFirstLines);
  const headLines = head.map((h) => h.line);
  const crumbs = new Set(head.filter((l) => isBreadcrumb(l.line, headLines, k)).map((l) => l.index));
  return lines.map((line, i) => {
    if (!crumbs.has(i)) return line;
    removed.push({ reason: 'breadcrumb', line });
    return '';
  });
}

const MAX_TRAIL_WORDS = 10;

/** "Europe > EU Affairs > Sanctions", "World / Europe / Russia-Ukraine war": a short line of sections. */
function isSectionTrail(line: string, k: BreadcrumbKnowledge): boolean {
  if (moreWordsThan(line, MAX_TRAIL_WORDS) || /[.!?]$/.test(line)) return false;
  return [...k.separators, '-', '\u2013'].some((s) => line.split(` ${s} `).length >= 3);
}

/** line.split(/\s+/).length > max, without splitting a long paragraph whole: stops at the (max+1)th gap. */
function moreWordsThan(line: string, max: number): boolean {
  const gaps = /\s+/g;
  let count = 0;
  while (gaps.exec(line) !== null) if (++count >= max) return true;
  return false;
}

function isBreadcrumb(line: string, headLines: readonly string[], k: BreadcrumbKnowledge): boolean {
  if (isSectionTrail(line, k)) return true;
  const lower = line.toLowerCase();
  const root = k.roots.find((r) => line === r || lower.startsWith(`${r.toLowerCase()} `));
  if (!root) return false;
  const rest = line.slice(root.length).trim();
  if (k.separators.some((s) => rest.startsWith(`${s} `) || rest.includes(` ${s} `))) return true;
  const ellipsis = k.ellipses.find((e) => rest.endsWith(e));
  const trail = ellipsis ? rest.slice(0, -ellipsis.length).trimEnd() : rest;
  // Drop section names from the front until what is left starts another line (the headline).
  const words = trail.split(' ');
  for (let skip = 0; skip < words.length; skip++) {
    const tail = words.slice(skip).join(' ');
    if (tail.length < k.minHeadlineOverlapChars) break;
    if (headLines.some((other) => other !== line && other.startsWith(tail))) return true;
  }
  return false;
}

/**
 * "BarcelonaVladimir Putin has again ..." -> "Barcelona" and "Vladimir Putin has again ..." on
 * their own lines. Only a known dateline city, only at the start of a line near the top, and only
 * when a capitalised word follows with no space: real words do not look like that.
 */
function splitGluedDatelines(lines: string[], cities: readonly string[], splits: string[]): string[] {
  let seen = 0;
  const byFirst = citiesByFirstChar(cities);
  return lines.map((line) => {
    if (line === '' || seen++ >= DATELINE_SEARCH_LINES) return line;
    // only a city with the line's first character can start it (the list's order kept)
    const candidates = byFirst ? (byFirst.get(line.charCodeAt(0)) ?? []) : cities;
    const city = candidates.find((c) => line.startsWith(c) && /^\p{Lu}\p{Ll}/u.test(line.slice(c.length)));
    if (!city) return line;
    splits.push(city);
    return `${city}\n${line.slice(city.length)}`;
  });
}

const cityIndexes = new WeakMap<readonly string[], Map<number, string[]> | null>();

/** The cities by their first UTF-16 unit, each list in the order of `cities`; null if a city is empty (it starts every line). */
function citiesByFirstChar(cities: readonly string[]): Map<number, string[]> | null {
  let index = cityIndexes.get(cities);
  if (index === undefined) {
    index = cities.some((c) => c === '') ? null : new Map<number, string[]>();
    for (const c of index ? cities : []) {
      const list = index?.get(c.charCodeAt(0));
      if (list) list.push(c);
      else index?.set(c.charCodeAt(0), [c]);
    }
    cityIndexes.set(cities, index);
  }
  return index;
}
