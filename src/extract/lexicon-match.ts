// Longest-match look-ups of lexicon phrases over a sentence's tokens.
import type { Token } from '../model/types';
import type { LexiconEntry, TrieNode } from './knowledge';

export interface TrieMatch {
  /** Index of the last token matched (inclusive). */
  last: number;
  entries: LexiconEntry[];
}

/** Longest phrase of the trie starting at token `first`, with case rules for short capitalised forms. */
export function longestMatch(tokens: Token[], first: number, trie: TrieNode, anyCase = false): TrieMatch | null {
  let node: TrieNode | undefined = trie;
  let best: TrieMatch | null = null;
  for (let i = first; i < tokens.length && node; i++) {
    node = node.next.get(tokens[i].normal);
    if (!node) break;
    if (node.entries.length === 0) continue; // a prefix of longer phrases only
    const entries = anyCase ? node.entries : agreeing(node.entries, tokens, first, i);
    if (entries.length > 0) best = { last: i, entries };
  }
  return best;
}

/** The entries whose case agrees with the tokens: the node's own list when all do (most matches), no copy. */
function agreeing(entries: LexiconEntry[], tokens: Token[], first: number, last: number): LexiconEntry[] {
  let k = 0;
  while (k < entries.length && caseAgrees(entries[k], tokens, first, last)) k++;
  if (k === entries.length) return entries;
  const kept = entries.slice(0, k);
  for (k++; k < entries.length; k++) if (caseAgrees(entries[k], tokens, first, last)) kept.push(entries[k]);
  return kept;
}

/** "US" is the United States, "us" is a pronoun; "coalition of the willing" is written in lower case. */
function caseAgrees(entry: LexiconEntry, tokens: Token[], first: number, last: number): boolean {
  if (entry.caseSensitive) {
    let surface = '';
    for (let k = first; k <= last; k++) surface += tokens[k].text;
    return surface === entry.caseSensitive.replace(/\s+/g, '');
  }
  if (startsLower(entry.canonical)) return true;
  return startsUpper(tokens[first].text) || startsUpper(tokens[last].text);
}

// /^\p{Ll}/u and /^\p{Lu}/u, answered from the first character where it is ASCII (a-z, A-Z).
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text);
}

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

/** Does the token sequence at `first` spell the phrase (normalised words)? */
export function phraseAt(tokens: Token[], first: number, phrase: string[]): boolean {
  if (first + phrase.length > tokens.length) return false;
  return phrase.every((word, k) => tokens[first + k].normal === word || tokens[first + k].lemma === word);
}
