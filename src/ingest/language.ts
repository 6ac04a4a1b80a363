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
  for (const line of text.split('\n')) {
    const lineWords = line.match(WORD);
    if (!lineWords || lineWords.length < PROSE_LINE_WORDS) continue;
    let lower = 0;
    for (const word of lineWords) if (LOWER_INITIAL.test(word)) lower += 1;
    if (lower * 2 >= lineWords.length) for (const word of lineWords) words.push(word.toLowerCase());
  }
  return words;
}

export function judgeEnglish(text: string, k: LanguageKnowledge): LanguageVerdict {
  const words = proseWords(text);
  const hits = words.filter((w) => k.stopwords.has(w)).length;
  const ratio = words.length === 0 ? 0 : hits / words.length;
  const english = words.length < k.minWords ? null : ratio >= k.minRatio;
  return { ratio, words: words.length, english };
}
