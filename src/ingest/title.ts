// The title of a plain-text article: its headline line if it has one, else its first sentence.
// The title is metadata only; the headline stays in the text (it can carry relations).
import type { IngestKnowledge } from './knowledge';

const MAX_HEADLINE_WORDS = 25;
const MAX_TITLE_CHARS = 200;

/** `k.titleAbbreviations`: words whose period does not end a sentence: "U.S.", "Mr.", "Gen.", "Sept.". */
export function chooseTitle(text: string, k: Pick<IngestKnowledge, 'captions' | 'titleAbbreviations'>): string {
  const first = text
    .split('\n')
    .find((line) => line !== '' && !k.captions.some((c) => c.regex.test(line)));
  if (first === undefined) return '';
  return shorten(looksLikeHeadline(first, k.titleAbbreviations) ? first : firstSentence(first, k.titleAbbreviations));
}

/**
 * A headline is short, one sentence, and does not end like a sentence ("... a 'legitimate
 * target'", "... Consequences For Paris"). A first line ending in a full stop is the lead.
 */
export function looksLikeHeadline(line: string, abbreviations: ReadonlySet<string>): boolean {
  const words = line.split(/\s+/).length;
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  const ending = line.replace(/["'”’»)\]]+$/, '');
  if (/[.,;:]$/.test(ending) && !/(\.\.\.|…)$/.test(ending)) return false;
  return firstSentence(line, abbreviations) === line;
}

/** The text up to the first full stop, question or exclamation mark that ends a sentence. */
export function firstSentence(line: string, abbreviations: ReadonlySet<string>): string {
  const ends = /[.!?]+["'”’»)\]]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
  for (const m of line.matchAll(ends)) {
    const end = (m.index ?? 0) + m[0].length;
    const word = /(\S+?)[.!?]+["'”’»)\]]*$/u.exec(line.slice(0, end))?.[1] ?? '';
    if (isAbbreviation(word, abbreviations)) continue;
    return line.slice(0, end);
  }
  return line;
}

function isAbbreviation(word: string, abbreviations: ReadonlySet<string>): boolean {
  const bare = word.replace(/^["“‘'(]+/, '');
  // Initials and dotted acronyms: "J.", "U.S", "U.K"
  if (/^(\p{Lu}\.?)+$/u.test(bare) && bare.replace(/\./g, '').length <= 3) return true;
  return abbreviations.has(bare.toLowerCase());
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
  return `${title.slice(0, cut > 0 ? cut : MAX_TITLE_CHARS - 1)}…`;
}
