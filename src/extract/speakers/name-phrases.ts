// Names at the head of a phrase before a verb of saying: one that opens its clause, one with a
// description after it ("Sonny Ugoh, communications director for the bloc said"), one before a
// phrase of its own ("Ana Ruiz of the farmers' union said"). Read by the speaker search (find-speakers.ts).
import type { Sentence } from '../../model/types';
import { insideQuote } from '../quotes';
import { mentionEndingAt, mentionStartingAt, type ArticleView } from '../view';

/** Words that may stand before a name that opens its clause: "But", "76-year-old", "The union leader", "Dr.". */
const CLAUSE_LEAD = new Set(['ADJ', 'NUM', 'CCONJ', 'ADV', 'PROPN', 'NOUN', 'DET']);

/** A name that starts its sentence or clause, not one inside a phrase ("from Tulsa") or a list ("Tulsa, Oklahoma"). */
export function opensClause(view: ArticleView, sentence: Sentence, mention: number): boolean {
  let first = view.mentions[mention].phraseStart ?? view.mentions[mention].tokens[0];
  while (first > 0 && (CLAUSE_LEAD.has(sentence.tokens[first - 1].pos) || sentence.tokens[first - 1].text === '-')) first--;
  const before = sentence.tokens[first - 1];
  if (!before || /^["“'‘(—–]$/.test(before.text)) return true;
  if (before.normal !== ',') return false;
  // "On Monday, X ..." opens a clause; "Tulsa, Oklahoma" does not
  return !view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[1] === first - 2);
}

export function isFullPersonName(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  return m.label === 'Person' && m.kind === 'name' && m.tokens[1] > m.tokens[0];
}

/** Most words of a description after a name whose closing comma the text left out. */
const UNCLOSED_APPOSITION = 12;

/**
 * "Sonny Ugoh, communications director for the regional bloc said ...": the sentence opens with a
 * person's full name and a comma, and a description with no verb and no other comma runs to the verb.
 */
export function unclosedApposition(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  const opening = mentionStartingAt(view, sentence, 0);
  if (opening === null || !isFullPersonName(view, opening)) return null;
  const comma = view.mentions[opening].tokens[1] + 1;
  if (tokens[comma]?.normal !== ',' || last - comma > UNCLOSED_APPOSITION || last <= comma) return null;
  const description = tokens.slice(comma + 1, last + 1);
  return description.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.normal === ',' || insideQuote(view.quotes, t.start) !== null) ? null : opening;
}

/** Most words of the phrase after a name's preposition ("of the Renova opposition alliance"). */
const PHRASE_WORDS = 5;

/** "Ana Ruiz of the farmers' union said": the person the phrase ending at `last` hangs off, when that person opens the clause. */
export function nameBeforePhrase(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  const owner = ownerOfCompanions(view, sentence, last);
  if (owner !== null) return owner;
  let k = last;
  while (k > 0 && last - k < PHRASE_WORDS && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[k].pos) && !insideQuote(view.quotes, tokens[k].start)) k--;
  if (k === last || tokens[k].pos !== 'ADP' || !view.knowledge.functionWords.headPrepositions.has(tokens[k].normal)) return null;
  const head = mentionEndingAt(view, sentence, k - 1);
  return head !== null && view.mentions[head].label === 'Person' && view.mentions[head].kind === 'name' && opensClause(view, sentence, head) ? head : null;
}

/**
 * "Sheikh X, and his followers have vowed", "the minister and her aides said": a person named
 * before companions of theirs ("and" and a possessive before the noun at `noun`) speaks for them.
 */
function ownerOfCompanions(view: ArticleView, sentence: Sentence, noun: number): number | null {
  const { tokens } = sentence;
  if (!view.knowledge.functionWords.titlePossessives.has(tokens[noun - 1]?.normal ?? '') || tokens[noun - 2]?.pos !== 'CCONJ') return null;
  const end = tokens[noun - 3]?.normal === ',' ? noun - 4 : noun - 3;
  const owner = end >= 0 ? mentionEndingAt(view, sentence, end) : null;
  return owner !== null && view.mentions[owner].label === 'Person' && view.mentions[owner].kind === 'name' ? owner : null;
}
