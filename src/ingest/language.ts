// A cheap English check: English prose is full of short function words ("the", "of", "said").
// Only prose lines are judged: a line of at least PROSE_LINE_WORDS words, half or more of them
// starting in lower case. Results tables, market reports and scoreboards ("Tim Henman ( Britain )
// beat Doug Flach ( U.S. ) 6-3 6-4", "AMT : 1,200,000 DATE : 09/05/96") are English too, but made
// of names, numbers and abbreviations with few function words; a text with too little prose to
// judge is not refused. Prose in another language still is ("Der Kreml hat am Freitag erklärt...").
import type { LanguageKnowledge } from './knowledge';

export interface LanguageVerdict {
  /** Share of the judged words that are English function words. */
  ratio: number;
  /** Words judged: those of the prose lines. */
  words: number;
  /** null when the text has too little prose to judge. */
  english: boolean | null;
}

/** Shorter lines are headings, table rows and captions, not sentences. */
const PROSE_LINE_WORDS = 8;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const LOWER_INITIAL = /^\p{Ll}/u;

/** The words of the lines that read as sentences. Linear in the text. */
export function proseWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n')) for (const word of proseLineWords(line) ?? []) words.push(word.toLowerCase());
  return words;
}

// WORD and LOWER_INITIAL on a line whose only letters are ASCII ones (ASCII, and typographic
// quotes, dashes and spaces besides): the same words, without the Unicode property look-ups (most
// lines of most articles).
const ASCII_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const ASCII_LOWER_INITIAL = /^[a-z]/;
const NOT_ASCII_LETTERS = /[^\x00-\x7f‘’“”–—…\u00a0]/;

/** The words of one line (as written) if it reads as a sentence, else null. */
function proseLineWords(line: string): string[] | null {
  const ascii = !NOT_ASCII_LETTERS.test(line);
  const lineWords = line.match(ascii ? ASCII_WORD : WORD);
  if (!lineWords || lineWords.length < PROSE_LINE_WORDS) return null;
  const lowerInitial = ascii ? ASCII_LOWER_INITIAL : LOWER_INITIAL;
  let lower = 0;
  for (const word of lineWords) if (lowerInitial.test(word)) lower += 1;
  return lower * 2 >= lineWords.length ? lineWords : null;
}

export function judgeEnglish(text: string, k: LanguageKnowledge): LanguageVerdict {
  // proseWords' words, counted as they are found (every article is judged: no list of them)
  let words = 0;
  let hits = 0;
  const longest = longestWord(k.stopwords);
  for (const line of text.split('\n')) {
    if (!NOT_ASCII_LETTERS.test(line)) {
      // ASCII_WORD's words, read where they stand: no array of them, and no look-up for a word
      // longer than every stopword (an ASCII word keeps its length in lower case)
      const counted = asciiProseLine(line, k.stopwords, longest);
      words += counted.words;
      hits += counted.hits;
      continue;
    }
    const lineWords = proseLineWords(line);
    if (lineWords === null) continue;
    words += lineWords.length;
    for (const word of lineWords) if (k.stopwords.has(word.toLowerCase())) hits += 1;
  }
  const ratio = words === 0 ? 0 : hits / words;
  const english = words < k.minWords ? null : ratio >= k.minRatio;
  return { ratio, words, english };
}

const longestWords = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest word of the set (asked once per set). */
function longestWord(set: ReadonlySet<string>): number {
  let longest = longestWords.get(set);
  if (longest === undefined) {
    longest = 0;
    for (const w of set) longest = Math.max(longest, w.length);
    longestWords.set(set, longest);
  }
  return longest;
}

/** A-Z or a-z. */
function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The end of the ASCII_WORD match that starts at `start` (a letter): letters, and more after each inner apostrophe. */
function asciiWordEnd(line: string, start: number): number {
  let i = start;
  while (i < line.length && asciiLetter(line.charCodeAt(i))) i++;
  for (;;) {
    const c = line.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || !asciiLetter(line.charCodeAt(i + 1))) return i;
    i += 2;
    while (i < line.length && asciiLetter(line.charCodeAt(i))) i++;
  }
}

/**
 * proseLineWords of a line of ASCII letters (NOT_ASCII_LETTERS finds none), counted in place: its
 * words and, if it reads as a sentence, how many of them are stopwords; no words if it does not.
 */
function asciiProseLine(line: string, stopwords: ReadonlySet<string>, longest: number): { words: number; hits: number } {
  let words = 0;
  let lower = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    if (!asciiLetter(c)) {
      i++;
      continue;
    }
    words++;
    if (c >= 97) lower++; // ASCII_LOWER_INITIAL
    i = asciiWordEnd(line, i);
  }
  if (words < PROSE_LINE_WORDS || lower * 2 < words) return { words: 0, hits: 0 };
  let hits = 0;
  for (let i = 0; i < line.length; ) {
    if (!asciiLetter(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const end = asciiWordEnd(line, i);
    if (end - i <= longest && stopwords.has(line.slice(i, end).toLowerCase())) hits++;
    i = end;
  }
  return { words, hits };
}
