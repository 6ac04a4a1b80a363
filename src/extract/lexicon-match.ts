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
    const entries = anyCase ? node.entries : node.entries.filter((e) => caseAgrees(e, tokens, first, i));
    if (entries.length > 0) best = { last: i, entries };
  }
  return best;
}

/** "US" is the United States, "us" is a pronoun; "coalition of the willing" is written in lower case. */
function caseAgrees(entry: LexiconEntry, tokens: Token[], first: number, last: number): boolean {
  if (entry.caseSensitive) {
    let surface = '';
    for (let k = first; k <= last; k++) surface += tokens[k].text;
    return surface === entry.caseSensitive.replace(/\s+/g, '');
  }
  if (/^\p{Ll}/u.test(entry.canonical)) return true;
  return /^\p{Lu}/u.test(tokens[first].text) || /^\p{Lu}/u.test(tokens[last].text);
}

/** Does the token sequence at `first` spell the phrase (normalised words)? */
export function phraseAt(tokens: Token[], first: number, phrase: string[]): boolean {
  if (first + phrase.length > tokens.length) return false;
  return phrase.every((word, k) => tokens[first + k].normal === word || tokens[first + k].lemma === word);
}
