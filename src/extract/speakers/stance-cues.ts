// Utterances reported without a verb of saying: a verb with a noun of utterance ("gave a statement to
// Parliament", "issued a brief public statement") and an adjective of stance after "be" ("Japan is
// deeply concerned about the move"). Both are clauses of their subject, found like a verb of saying's
// (knowledge/en/cues.json speech.utteranceVerbs, speech.stanceAdjectives).
import type { Sentence, Token } from '../../model/types';
import { insideQuote } from '../quotes';
import { mentionEndingAt, type ArticleView } from '../view';

/** How many words may stand between the verb and its noun of utterance ("issued a brief public statement"). */
const UTTERANCE_NOUN_REACH = 4;

/** The cue's lemma where the token reports an utterance this way, or null. */
export function utteranceOrStanceAt(view: ArticleView, sentence: Sentence, i: number): string | null {
  const t = sentence.tokens[i];
  if (insideQuote(view.quotes, t.start)) return null;
  if (t.pos === 'VERB' && view.knowledge.cues.utteranceVerbs.has(t.lemma) && utteranceNounAfter(view, sentence, i)) return t.lemma;
  // the tagger reads "is alarmed by" as a passive verb, "is concerned about" as an adjective
  const adjectival = t.pos === 'ADJ' || (t.pos === 'VERB' && t.normal !== t.lemma);
  if (adjectival && view.knowledge.cues.stanceAdjectives.has(t.normal) && stanceFrame(view, sentence, i) && !reportedBefore(view, sentence, i)) return t.normal;
  return null;
}

/** "gave a statement", "issued a brief public statement", "issued its sternest warning": a noun of utterance after a few modifiers. */
function utteranceNounAfter(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  for (let k = verb + 1; k < tokens.length && k <= verb + UTTERANCE_NOUN_REACH; k++) {
    if (tokens[k].pos === 'NOUN' && view.knowledge.cues.utteranceNouns.has(tokens[k].normal)) return true;
    // "issued its sternest warning yet": a possessive or an adverb among the modifiers
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'ADV'].includes(tokens[k].pos)) return false;
  }
  return false;
}

/** "is deeply concerned about", "was alarmed by": a form of "be" before (past adverbs), a preposition or "that" after. */
function stanceFrame(view: ArticleView, sentence: Sentence, adjective: number): boolean {
  const { tokens } = sentence;
  let k = adjective - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const after = tokens[adjective + 1];
  if (k < 0 || tokens[k].pos !== 'AUX' || tokens[k].lemma !== 'be' || after === undefined || (after.pos !== 'ADP' && after.normal !== 'that')) return false;
  // a state, a body, a person named in full or a pronoun for one ("Japan is concerned", "we are
  // alarmed"), not a people ("Australians were appalled") nor an unnamed subject
  let j = k - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  const subject = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  if (subject === null) return view.knowledge.pronouns.has(tokens[j]?.normal ?? '');
  const m = view.mentions[subject];
  return m.kind !== 'demonym' && (m.label !== 'Person' || m.kind !== 'name' || /\s/.test(m.canonical));
}

/** "X said Y was concerned by ...": a verb of saying before the adjective reports Y's stance as X's words. */
function reportedBefore(view: ArticleView, sentence: Sentence, adjective: number): boolean {
  return sentence.tokens.slice(0, adjective).some((t) => t.pos === 'VERB' && view.knowledge.cues.speechVerbs.has(t.lemma));
}

/**
 * "we will react with a strong and united front", "ready to respond": a verb of response
 * (threat-frames.json conditionalActs) after a modal or "to" is an act still to come, not a verb
 * of saying whose clause would take the words from the speaker who says them.
 */
export function responseToCome(view: ArticleView, base: string, before: Token | undefined): boolean {
  const word = before?.normal ?? '';
  return view.knowledge.threatFrames.conditionalActs.has(base) && (view.knowledge.cues.modals.has(word) || word === 'to');
}
