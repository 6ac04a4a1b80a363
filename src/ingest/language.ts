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
  for (const line of text.split('\n')) {
    const lineWords = proseLineWords(line);
    if (lineWords === null) continue;
    words += lineWords.length;
    for (const word of lineWords) if (k.stopwords.has(word.toLowerCase())) hits += 1;
  }
  const ratio = words === 0 ? 0 : hits / words;
  const english = words < k.minWords ? null : ratio >= k.minRatio;
  return { ratio, words, english };
}
