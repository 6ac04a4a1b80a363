// Calls the tagger or the word order hides: a verb of calling read as a noun after its pronoun
// subject ("we further call on"), and a noun of calling completed by an infinitive ("in their calls
// to end the violence"). Read by proposalSignalAt (proposal.ts); the words are knowledge
// (stopwords.json skipBeforeVerb, cues.json proposal.infinitiveNouns, function-words.json proposalPossessives).
import type { Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';
import { baseForm } from '../../lang/en/morphology';
import { ADDRESSEE_REACH, infinitiveAt } from './proposal-addressees';

/**
 * "in their calls to end the violence", "an appeal to resume talks": a noun of calling (cues.json
 * proposal.infinitiveNouns; the tagger reads "calls" after "their" as a verb) and the infinitive of
 * what it calls for, at `after`; not a reaction to someone's call ("rejected their calls to").
 */
export function infinitiveCall(view: ArticleView, tokens: Token[], i: number, after: number): boolean {
  const t = tokens[i];
  const cues = view.knowledge.cues;
  if (!cues.proposalInfinitiveNouns.has(t.normal) || !(infinitiveAt(tokens, after) || addressedInfinitive(view, tokens, i, after))) return false;
  if (t.pos !== 'NOUN' && !(t.pos === 'VERB' && view.knowledge.functionWords.proposalPossessives.has(tokens[i - 1]?.normal ?? ''))) return false;
  return !tokens.slice(Math.max(0, i - 4), i).some((w) => cues.reactions.has(baseForm(w)));
}

/** "we further call on": a pronoun subject before a verb the tagger read as a noun, past words that stand before verbs (stopwords.json skipBeforeVerb). */
export function pronounSubjectBefore(view: ArticleView, tokens: Token[], verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && verb - j <= 2 && view.knowledge.skipBeforeVerb.has(tokens[j].normal)) j--;
  return j >= 0 && tokens[j].pos === 'PRON' && view.knowledge.pronouns.has(tokens[j].normal);
}

/**
 * "its call on Nigeria to speed the transition", "their appeal to both sides to stop": after the
 * noun, a word its verb takes for the addressee (cues.json proposal.verbNeeds of "call": on, upon),
 * a short addressee (no verb, preposition or stop) and the infinitive.
 */
function addressedInfinitive(view: ArticleView, tokens: Token[], noun: number, after: number): boolean {
  const needs = view.knowledge.cues.proposalVerbNeeds.get(baseForm(tokens[noun]));
  if (!needs?.has(tokens[after]?.normal ?? '') || tokens[after].normal === 'for') return false;
  for (let k = after + 2; k < tokens.length && k <= after + ADDRESSEE_REACH; k++) {
    if (tokens[k].normal === 'to') return infinitiveAt(tokens, k);
    if (['VERB', 'AUX', 'ADP'].includes(tokens[k].pos) || (tokens[k].pos === 'PUNCT' && tokens[k].normal !== ',')) return false;
  }
  return false;
}
