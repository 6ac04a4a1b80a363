// Wire copy in capitals ("TURKISH DEFENSE MINISTER ISMET SEZGIN REPEATED HIS WARNING ..."), as
// VOA's broadcast scripts and some archives keep it, read in sentence case: the tagger and the
// name finders lean on capitals, which such a text gives to every word alike. Each word keeps its
// length, so every offset still points at the same place (the evidence shows the recased words).
// A word is written as a name where knowledge names it (a state, body or person, over several
// words: "KURDISTAN WORKERS PARTY"), where it is no English word ("SEZGIN", "ANKARA"), or where a
// sentence opens; letters joined by hyphens or periods stay capitals ("P-K-K", "U.S.").
import type { Article } from '../model/types';
import type { Knowledge, TrieNode } from '../knowledge';
import { isDictionaryWord } from '../lang/en/dictionary';
import { normalizeWord } from './index';

/** Share of letters in capitals above which a text is written in capitals. */
const SHOUTED_SHARE = 0.8;
/** Fewer letters than this say nothing (a headline in capitals over a short note). */
const MIN_LETTERS = 200;

interface Word {
  start: number;
  end: number;
  lower: string;
}

/** The article, recased where its text is written in capitals; the same article otherwise. */
export function readableCase(article: Article, knowledge: Knowledge): Article {
  if (!shouted(article.text)) return article;
  return { ...article, text: recase(article.text, knowledge) };
}

function shouted(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (const c of text) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    letters++;
    if (c !== c.toLowerCase()) capitals++;
  }
  return letters >= MIN_LETTERS && capitals >= SHOUTED_SHARE * letters;
}

function recase(text: string, knowledge: Knowledge): string {
  const words: Word[] = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));
  const named = namedWords(text, words, knowledge.names);
  const out = lowerInPlace(text);
  words.forEach((w, i) => {
    if (spelledOut(text, w)) {
      for (let k = w.start; k < w.end; k++) out[k] = text[k];
      return;
    }
    const name = named.has(i) ? !knowledge.nonNames.has(w.lower) || knowledge.months.has(w.lower) || knowledge.days.has(w.lower) : false;
    const guess = !isDictionaryWord(w.lower) && !knowledge.nonNames.has(w.lower) && w.lower.length > 1;
    if (name || guess || opensSentence(text, w.start) || knowledge.months.has(w.lower) || knowledge.days.has(w.lower) || standsForSpeaker(knowledge, w)) out[w.start] = text[w.start];
  });
  return out.join('');
}

/** The text's characters lower-cased one by one, each kept where its lower case would be longer ("İ"), so that every offset holds. */
function lowerInPlace(text: string): string[] {
  return text.split('').map((c) => {
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  });
}

/** "I": the one-letter first-person subject (function-words.json firstPersonSubjects), always a capital. */
function standsForSpeaker(knowledge: Knowledge, w: Word): boolean {
  return w.end - w.start === 1 && knowledge.functionWords.firstPersonSubjects.has(w.lower);
}

/** "P-K-K", "U.S.", "U-N": single letters joined by hyphens or periods, an abbreviation. */
function spelledOut(text: string, w: Word): boolean {
  if (w.end - w.start !== 1) return false;
  return /[-.]/.test(text[w.end] ?? '') || /[-.]/.test(text[w.start - 1] ?? '');
}

/** Does the word at `start` open a sentence (the text's start, or after . ! ? : or a line end, quotes aside)? */
function opensSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /[\s"“'‘(]/u.test(text[k]) && text[k] !== '\n') k--;
  return k < 0 || text[k] === '\n' || /[.!?:]/.test(text[k]);
}

/** The indexes of the words knowledge names together: the longest name of the trie from each word, over words apart by a space only. */
function namedWords(text: string, words: Word[], names: TrieNode): Set<number> {
  const named = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    let node: TrieNode | undefined = names;
    let last = -1;
    for (let j = i; j < words.length && node; j++) {
      if (j > i && text.slice(words[j - 1].end, words[j].start) !== ' ') break;
      node = node.next.get(normalizeWord(words[j].lower));
      if (node && node.entries.some((e) => e.label !== 'Location')) last = j;
    }
    for (let j = i; j <= last; j++) named.add(j);
  }
  return named;
}
