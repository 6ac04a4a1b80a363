// Is a sentence a Title Case headline? Then capitals say nothing about names in it.
import type { Token } from '../../model/types';
import type { Knowledge } from '../knowledge';
import { isCapitalised, isWordy } from './context';

const HEADLINE_MIN_WORDS = 5;

/**
 * Title-case headlines capitalise every word, so capitals say nothing about names there. A
 * sentence full of names ("Russian President Vladimir Putin met Xi Jinping") is not one: a
 * headline also capitalises its verbs and small words ("Russia Warns France ... To Have").
 */
export function isHeadline(tokens: Token[], knowledge: Knowledge): boolean {
  let known = headlines.get(knowledge);
  if (!known) headlines.set(knowledge, (known = new WeakMap()));
  let headline = known.get(tokens);
  if (headline === undefined) known.set(tokens, (headline = computeIsHeadline(tokens, knowledge)));
  return headline;
}


// Asked once per sentence for its mentions and again at every capitalised verb of saying.
const headlines = new WeakMap<Knowledge, WeakMap<Token[], boolean>>();

function computeIsHeadline(tokens: Token[], knowledge: Knowledge): boolean {
  // one pass, no arrays: most sentences fail on the counts, before the function words are read
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (!isWordy(t) || knowledge.functionWords.headlineSmallWords.has(t.normal)) continue;
    words++;
    if (isCapitalised(t)) capitalised++;
  }
  if (words < HEADLINE_MIN_WORDS || capitalised / words < 0.8) return false;
  const capitalisedFunctionWord = tokens.some((t, i) => i > 0 && isCapitalised(t) && (['VERB', 'AUX', 'ADP', 'PART', 'ADV', 'SCONJ'].includes(t.pos) || knowledge.nonNames.has(t.normal)) && !knowledge.months.has(t.normal) && !knowledge.days.has(t.normal));
  return capitalisedFunctionWord;
}

