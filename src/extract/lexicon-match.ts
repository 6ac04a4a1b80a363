// Longest-match look-ups of lexicon phrases over a sentence's tokens.
import type { Token } from '../model/types';
import type { LexiconEntry, TrieNode } from './knowledge';

export interface TrieMatch {
  /** Index of the last token matched (inclusive). */
  last: number;
  entries: LexiconEntry[];
}

/**
 * The matches found so far in the token list asked last, by trie and case rule: the mention
 * finders ask the names trie at the same token several times over (a title's qualifier, a state's
 * body, a body named after its state, a known name...). Callers only read a match; a token list is
 * never changed once the nlp stage made it.
 */
let memoTokens: Token[] | null = null;
const memoByCase = new Map<TrieNode, (TrieMatch | null | undefined)[]>();
const memoAnyCase = new Map<TrieNode, (TrieMatch | null | undefined)[]>();

/** Longest phrase of the trie starting at token `first`, with case rules for short capitalised forms. */
export function longestMatch(tokens: Token[], first: number, trie: TrieNode, anyCase = false): TrieMatch | null {
  if (tokens !== memoTokens) {
    memoTokens = tokens;
    memoByCase.clear();
    memoAnyCase.clear();
  }
  if (first < 0 || first >= tokens.length) return null;
  const memo = anyCase ? memoAnyCase : memoByCase;
  let known = memo.get(trie);
  if (!known) memo.set(trie, (known = new Array<TrieMatch | null | undefined>(tokens.length)));
  let match = known[first];
  if (match === undefined) known[first] = match = findLongest(tokens, first, trie, anyCase);
  return match;
}

function findLongest(tokens: Token[], first: number, trie: TrieNode, anyCase: boolean): TrieMatch | null {
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

/** A phrase list's phrases by first word, each with its place in the list (ascending); -1 or the first empty phrase's place. */
export interface FirstWordIndex {
  byWord: Map<string, number[]>;
  empty: number;
}

const firstWordIndexes = new WeakMap<readonly string[][], FirstWordIndex>();

/** The list's index by first word, built once per list (knowledge never changes after loading). */
export function firstWordIndex(phrases: readonly string[][]): FirstWordIndex {
  let index = firstWordIndexes.get(phrases);
  if (index) return index;
  index = { byWord: new Map(), empty: -1 };
  for (let p = 0; p < phrases.length; p++) {
    const first = phrases[p][0];
    if (first === undefined) {
      if (index.empty < 0) index.empty = p;
      continue;
    }
    const places = index.byWord.get(first);
    if (places) places.push(p);
    else index.byWord.set(first, [p]);
  }
  firstWordIndexes.set(phrases, index);
  return index;
}

/**
 * `phrases.find((p) => phraseAt(tokens, first, p))` without trying every phrase at every token:
 * only those whose first word is the token's normal form or lemma (an index built once per list,
 * which knowledge never changes after loading), and still the first in the list's order.
 */
export function firstPhraseAt(tokens: Token[], first: number, phrases: readonly string[][]): string[] | undefined {
  const index = firstWordIndex(phrases);
  let best = index.empty < 0 ? phrases.length : index.empty;
  const t = tokens[first];
  if (t !== undefined) {
    best = firstPlaceAt(tokens, first, phrases, index.byWord.get(t.normal), best);
    if (t.lemma !== t.normal) best = firstPlaceAt(tokens, first, phrases, index.byWord.get(t.lemma), best);
  }
  return best < phrases.length ? phrases[best] : undefined;
}

/** The first of `places` (before `best`) whose phrase is spelled at `first`, else `best`. */
function firstPlaceAt(tokens: Token[], first: number, phrases: readonly string[][], places: number[] | undefined, best: number): number {
  if (places === undefined) return best;
  for (const p of places) {
    if (p >= best) break;
    if (phraseAt(tokens, first, phrases[p])) return p;
  }
  return best;
}
