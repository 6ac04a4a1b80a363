// Datelines: "KABUL, Afghanistan, June 7, 2012 —", "Ottawa –", "BRUSSELS, Oct 9 (Reuters) -" open
// a news item with the place it was filed from. That place is where the reporter or the office
// stands, not a party to what the item reports: no target of its claims.
import type { Sentence, Token } from '../model/types';
import { sentenceCache } from './sentence-cache';
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
