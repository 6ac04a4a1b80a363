// The addressee of a verb of appeal and the infinitive it asks for: "asked Peru to reopen",
// "urged Kenya and Uganda not to lift", "wants both sides to return", "we ask them not to risk".
import type { Sentence, Token } from '../../model/types';
import { mentionEndingAt, type ArticleView } from '../../extract/view';
import { baseForm } from '../../lang/en/morphology';

/** How many words an addressee between a verb of appeal and its infinitive may take ("urged Kenya, Uganda and Tanzania to"). */
export const ADDRESSEE_REACH = 8;

/** "to" and a verb at `at`: "to sign", "to start talks". */
export function infinitiveAt(tokens: Token[], at: number): boolean {
  return tokens[at]?.normal === 'to' && tokens[at + 1]?.pos === 'VERB';
}

/** An infinitive, or one negated ("not to resume", cues.json negators), at `at`. */
function askedInfinitiveAt(view: ArticleView, tokens: Token[], at: number): boolean {
  return infinitiveAt(tokens, at) || (view.knowledge.cues.negators.has(tokens[at]?.normal ?? '') && infinitiveAt(tokens, at + 1));
}

/** Where the addressee's words may end: the "to" of the infinitive, or the negator before it. */
const endsAddressee = (view: ArticleView, t: Token): boolean => t.normal === 'to' || view.knowledge.cues.negators.has(t.normal);

/** "asked Peru to reopen", "urged Kenya and Uganda not to lift": the named addressee's last mention before the infinitive, or null. */
export function addresseeInfinitive(view: ArticleView, sentence: Sentence, verb: number): number | null {
  const { tokens } = sentence;
  const last = Math.min(tokens.length - 2, verb + ADDRESSEE_REACH);
  for (let k = verb + 1; k <= last; k++) {
    const t = tokens[k];
    if (endsAddressee(view, t)) return askedInfinitiveAt(view, tokens, k) ? mentionEndingAt(view, sentence, k - 1) : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || (t.pos === 'PUNCT' && t.normal !== ',')) return null;
  }
  return null;
}

/** Words a common-noun addressee may have ("both sides", "the international community", "all parties to the conflict" stops at "to"). */
const COMMON_ADDRESSEE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "wants both sides to return to the table", "asked the court to order a halt", "we ask them not
 * to risk": an addressee named by common nouns or a pronoun (function-words.json objectPronouns),
 * then an infinitive. The words between are a noun phrase alone that opens with a determiner (no
 * verb, preposition or punctuation) and ends in a noun.
 */
export function commonAddresseeInfinitive(view: ArticleView, tokens: Token[], verb: number): boolean {
  if (view.knowledge.functionWords.objectPronouns.has(tokens[verb + 1]?.normal ?? '')) {
    // "Brussels wants us to pay": a wish (proposal-acts.json firstPersonIntentVerbs) about someone named by a pronoun asks nothing of them
    return !view.knowledge.proposalActs.firstPersonIntentVerbs.has(baseForm(tokens[verb])) && askedInfinitiveAt(view, tokens, verb + 2);
  }
  const last = Math.min(tokens.length - 2, verb + ADDRESSEE_REACH);
  for (let k = verb + 1; k <= last; k++) {
    // the phrase opens with a determiner ("both sides", "the parties"): "wants Hungarian families to pay" names no one addressed
    if (endsAddressee(view, tokens[k])) return k > verb + 1 && tokens[verb + 1].pos === 'DET' && ['NOUN', 'PROPN'].includes(tokens[k - 1].pos) && askedInfinitiveAt(view, tokens, k);
    if (!COMMON_ADDRESSEE_TAGS.has(tokens[k].pos)) return false;
  }
  return false;
}
