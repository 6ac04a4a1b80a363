// Datelines: "KABUL, Afghanistan, June 7, 2012 —", "Ottawa –", "BRUSSELS, Oct 9 (Reuters) -" open
// a news item with the place it was filed from. That place is where the reporter or the office
// stands, not a party to what the item reports: no target of its claims.
import type { Sentence, Token } from '../model/types';
import { sentenceCache } from './sentence-cache';
import { longestMatch } from './lexicon-match';
import type { ArticleView } from './view';

/** How many tokens a dateline may take before its dash ("WASHINGTON, D.C., Dec. 16, 2017 (AP) —"). */
const DATELINE_REACH = 14;

const DASH = /^(?:[-–—]|--)$/;
/** Words that may stand in a dateline: names, numbers, abbreviations ("D.C.", "Oct.") and the agency in brackets. */
const DATELINE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\d{1,4}(?:st|nd|rd|th)?|[,.()])$/u;

const ends = sentenceCache<number>();

/** The last token of the dateline that opens the sentence (its dash), or -1 when it opens with none. */
export function datelineEnd(view: ArticleView, sentence: Sentence): number {
  let end = ends.get(view, sentence);
  if (end === undefined) {
    end = findDateline(sentence.tokens);
    ends.set(view, sentence, end);
  }
  return end;
}

function findDateline(tokens: Token[]): number {
  if (!/^\p{Lu}/u.test(tokens[0]?.text ?? '')) return -1;
  for (let i = 1; i < tokens.length && i <= DATELINE_REACH; i++) {
    if (DASH.test(tokens[i].text)) return tokens[i + 1]?.text === '-' && tokens[i].text === '-' ? i + 1 : i;
    if (!DATELINE_WORD.test(tokens[i].text) || tokens[i].pos === 'VERB') return -1;
  }
  return -1;
}

/** Does the mention stand inside the sentence's dateline? */
export function inDateline(view: ArticleView, sentence: Sentence, mention: number): boolean {
  const end = datelineEnd(view, sentence);
  return end >= 0 && view.mentions[mention].tokens[1] < end;
}

/** How many of the article's first sentences may carry its dateline ("Ottawa –" after a headline and a date line). */
const DATELINE_SENTENCES = 3;
/** How many tokens after a dateline's dash its city may still come ("January 13, 2023 – Ottawa, Ontario -"). */
const CITY_AFTER_DASH = 2;

const datelineStates = new WeakMap<ArticleView, string | null>();

/**
 * The state whose capital the article's dateline names ("Ottawa –", "WASHINGTON, Dec. 16 —",
 * "January 13, 2023 – Ottawa, Ontario"), or undefined: where the office that issued the item sits.
 */
export function datelineState(view: ArticleView): string | undefined {
  let state = datelineStates.get(view);
  if (state === undefined) {
    state = findDatelineState(view);
    datelineStates.set(view, state);
  }
  return state ?? undefined;
}

function findDatelineState(view: ArticleView): string | null {
  for (const sentence of view.sentences.slice(0, DATELINE_SENTENCES)) {
    const end = datelineEnd(view, sentence);
    if (end < 0) continue;
    const { tokens } = sentence;
    for (let k = 0; k <= end + CITY_AFTER_DASH && k < tokens.length; k++) {
      if (!/^\p{Lu}/u.test(tokens[k].text)) continue;
      const capital = longestMatch(tokens, k, view.knowledge.names, true)?.entries.find((e) => e.kind === 'capital');
      if (capital) return capital.state ?? null;
    }
    return null;
  }
  return null;
}
