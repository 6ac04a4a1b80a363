// Is a sentence a Title Case headline? Then capitals say nothing about names in it.
import type { Token } from '../../model/types';
import type { Knowledge } from '../knowledge';
import { isCapitalised, isWordy } from './context';
import { isDictionaryWord } from '../../lang/en/dictionary';
import { longestMatch } from '../lexicon-match';

const HEADLINE_MIN_WORDS = 5;
/** Fewest words of a headline that no full stop ends ("Rebel Ultimatum Expires"). */
const SHORT_HEADLINE_MIN_WORDS = 3;

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
  if (words < minimumWords(tokens, knowledge) || capitalised / words < 0.8) return false;
  // "... Minister for Africa Andrew Mitchell said:": a line that a colon or a full stop ends, with a
  // verb in lower case, is a sentence of titles and names (a headline's verbs may be lower case,
  // "UN's Annan says ...", but no stop ends a headline)
  const stop = tokens[tokens.length - 1]?.text;
  if ((stop === ':' || stop === '.') && tokens.some((t) => t.pos === 'VERB' && isWordy(t) && !isCapitalised(t) && !knowledge.functionWords.headlineSmallWords.has(t.normal))) return false;
  const capitalisedFunctionWord = tokens.some((t, i) => i > 0 && isCapitalised(t) && (['VERB', 'AUX', 'ADP', 'PART', 'ADV', 'SCONJ'].includes(t.pos) || knowledge.nonNames.has(t.normal)) && !knowledge.months.has(t.normal) && !knowledge.days.has(t.normal));
  return capitalisedFunctionWord || capitalisedCommonWords(tokens, knowledge) >= HEADLINE_COMMON_WORDS;
}

/**
 * "Israel to Intensify Gaza Offensive": a shorter line counts when no full stop ends it and no
 * given name stands in it ("(AP Photo/Anita Powell)" is a credit, names and all).
 */
function minimumWords(tokens: Token[], knowledge: Knowledge): number {
  if (tokens[tokens.length - 1]?.text === '.' || tokens.some((_, i) => givenNameAt(tokens, i, knowledge))) return HEADLINE_MIN_WORDS;
  return SHORT_HEADLINE_MIN_WORDS;
}

/** A capitalised given name that is no English word and no state's or body's name ("Anita"; not "Rebel", "Israel"). */
function givenNameAt(tokens: Token[], i: number, knowledge: Knowledge): boolean {
  const t = tokens[i];
  if (!isCapitalised(t) || !knowledge.derived.firstNames.has(t.normal) || isDictionaryWord(t.normal)) return false;
  return !longestMatch(tokens, i, knowledge.names)?.entries.some((e) => e.kind !== 'person');
}

/** How many capitalised English nouns and adjectives a line with no full stop needs to be a headline of nouns alone. */
const HEADLINE_COMMON_WORDS = 3;

/**
 * "Repression of Civil Society, Human Rights Defenders, and Independent Media in Nicaragua": a
 * Title Case line of nouns has no capitalised verb, but many capitalised English words that are
 * nobody's given name; a sentence ends with a full stop.
 */
function capitalisedCommonWords(tokens: Token[], knowledge: Knowledge): number {
  if (tokens[tokens.length - 1]?.text === '.') return 0;
  let common = 0;
  for (let i = 1; i < tokens.length; i++) {
    // a title ("Deputy Prime Minister") is how names are written, in headlines and sentences alike
    const role = longestMatch(tokens, i, knowledge.roles);
    if (role) {
      i = role.last;
      continue;
    }
    const t = tokens[i];
    if (isCapitalised(t) && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && isDictionaryWord(t.normal) && !knowledge.derived.firstNames.has(t.normal)) common++;
  }
  return common;
}

