// What every part of claim extraction reads: the article's sentences, mentions and quotes (an
// ArticleView), the verbs of saying found in a sentence (Cue) and what the speaker search remembers
// from sentence to sentence (Discourse), with the small look-ups they all share.
import type { CharSpan, Drop, Mention, Sentence, Token } from '../model/types';
import type { Knowledge } from './knowledge';
import { quoteWords } from './quotes';

/** A clause of a sentence: token indexes, inclusive. */
export interface Region {
  from: number;
  to: number;
}

export const MIN_QUOTE_CONTINUATION_WORDS = 4;

export interface ArticleView {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** Mention indexes per sentence, in order. */
  bySentence: number[][];
  quotes: CharSpan[];
  knowledge: Knowledge;
  /** Where extraction notes what it drops, and why (src/extract/drops.ts). */
  drops?: Drop[];
}

/** The mention index a speaker search found, or why it found none. */
export type Speaker = { mention: number } | { unnamed: true } | null;

export interface Cue {
  token: number;
  lemma: string;
  speaker: Speaker;
  /** First token of the subject, where the clause that belongs to this cue starts. */
  from: number;
}

export interface Discourse {
  lastPersonSpeaker: { mention: number; sentence: number } | null;
  /** Every person who spoke so far, latest last: "she said" looks for the latest woman. */
  personSpeakers: { mention: number; sentence: number }[];
  lastActorSpeaker: { mention: number; sentence: number } | null;
  lastReportAuthor: number | null;
  /** The last state or body that spoke through its people ("Pakistani officials said"): "the officials said" later is the same. */
  lastRepresentedBody: { mention: number; sentence: number } | null;
  /** The lede's description of its actor ("A Syrian rebel commander says") and the one named after it: "the rebel commander" later is the same. */
  ledeDescribed: { head: string; mention: number } | null;
}

/** A discourse with nothing said yet: an article's start, or a subject search that remembers nothing across sentences. */
export function newDiscourse(): Discourse {
  return { lastPersonSpeaker: null, personSpeakers: [], lastActorSpeaker: null, lastReportAuthor: null, lastRepresentedBody: null, ledeDescribed: null };
}

/**
 * Per view and sentence, the mention that ends (or starts) at each token: built once per sentence
 * instead of scanning the sentence's mentions for every look-up (issue 13: a long sentence without
 * a full stop made the speaker search quadratic). Each entry keeps the first mention in sentence
 * order that fits, as the scans did. A mention cut back after the view was made
 * (document-speaker.ts) forgets its sentence's index (forgetMentionIndex).
 */
interface TokenIndex {
  endingAt: Map<number, number>;
  startingAt: Map<number, number>;
}

const tokenIndexes = new WeakMap<ArticleView, Map<number, TokenIndex>>();

export function forgetMentionIndex(view: ArticleView, sentenceIndex: number): void {
  tokenIndexes.get(view)?.delete(sentenceIndex);
  mentionEdits.set(view, (mentionEdits.get(view) ?? 0) + 1);
}

const mentionEdits = new WeakMap<ArticleView, number>();

/**
 * Changes whenever the view's mentions do (one added, one cut back and its index forgotten): an
 * index built over all mentions is rebuilt when it no longer matches.
 */
export function mentionsVersion(view: ArticleView): string {
  return `${view.mentions.length}:${mentionEdits.get(view) ?? 0}`;
}

function tokenIndex(view: ArticleView, sentenceIndex: number): TokenIndex {
  let bySentence = tokenIndexes.get(view);
  if (!bySentence) tokenIndexes.set(view, (bySentence = new Map()));
  let index = bySentence.get(sentenceIndex);
  if (!index) {
    index = { endingAt: new Map(), startingAt: new Map() };
    for (const m of view.bySentence[sentenceIndex]) {
      const mention = view.mentions[m];
      if (mention.qualifies !== undefined) continue;
      if (!index.startingAt.has(mention.tokens[0])) index.startingAt.set(mention.tokens[0], m);
      if (mention.label !== 'Location' && !mention.weak && !index.endingAt.has(mention.tokens[1])) index.endingAt.set(mention.tokens[1], m);
    }
    bySentence.set(sentenceIndex, index);
  }
  return index;
}

/** The first mention of the sentence (no qualifier, no place, not weak) whose last token is `token`. */
export function mentionEndingAt(view: ArticleView, sentence: Sentence, token: number): number | null {
  return tokenIndex(view, sentence.index).endingAt.get(token) ?? null;
}

/** The first mention of the sentence (no qualifier) whose first token is `token`. */
export function mentionStartingAt(view: ArticleView, sentence: Sentence, token: number): number | null {
  return tokenIndex(view, sentence.index).startingAt.get(token) ?? null;
}

export function mentionsFrom(view: ArticleView, sentence: Sentence, from: number, to: number): number[] {
  return view.bySentence[sentence.index].filter((m) => {
    const mention = view.mentions[m];
    return mention.tokens[0] >= from && mention.tokens[0] <= to;
  });
}

export function regionTokens(sentence: Sentence, region: { from: number; to: number }): Token[] {
  return sentence.tokens.slice(region.from, region.to + 1);
}

export const phraseIndexes = new WeakMap<string[][], Map<string, string[][]>>();

/** Phrases by their first word, so a token is compared only with the phrases it can start. */
export function phrasesByFirstWord(phrases: string[][]): Map<string, string[][]> {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) if (phrase.length > 0) index.set(phrase[0], [...(index.get(phrase[0]) ?? []), phrase]);
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** Does the sentence at `index` open a paragraph (a line break before it, or the first sentence)? */
export function startsParagraph(view: ArticleView, index: number): boolean {
  if (index === 0) return true;
  // past the last sentence: the end of the text closes any paragraph ("Name:" as the last line)
  if (index >= view.sentences.length) return true;
  return view.text.slice(view.sentences[index - 1].end, view.sentences[index].start).includes('\n');
}

/** Spans (sorted by start, disjoint: quotes, sentences) that overlap a span, found by binary search. */
export function overlapping<T extends CharSpan>(items: T[], span: CharSpan): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let k = low; k < items.length && items[k].start < span.end; k++) out.push(items[k]);
  return out;
}

/** How many words before a word a negation may stand and still deny it ("did not offer"). */
export const NEGATION_WINDOW = 4;

export function negatedBefore(tokens: Token[], i: number, negators: Set<string>, window = NEGATION_WINDOW): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) if (negators.has(tokens[k].normal)) return true;
  return false;
}

export function quoteIn(view: ArticleView, sentence: Sentence): string | undefined {
  const q = overlapping(view.quotes, sentence).find((span) => quoteWords(view.text, span) >= MIN_QUOTE_CONTINUATION_WORDS);
  if (!q) return undefined;
  return view.text.slice(Math.max(q.start, sentence.start), Math.min(q.end, sentence.end)).trim();
}

/**
 * The verb of saying right after a subject that ends before `from`, past auxiliaries, adverbs and
 * particles ("each side has blamed", "..., including X, have repeatedly demanded"), or -1.
 */
export function speechVerbAfter(view: ArticleView, sentence: Sentence, from: number, reach: number): number {
  const { tokens } = sentence;
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB') return view.knowledge.cues.speechVerbs.has(t.lemma) ? k : -1;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return -1;
  }
  return -1;
}

