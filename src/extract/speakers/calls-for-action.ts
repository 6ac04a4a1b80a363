// Calls for action by obligation: "the fighting must stop now", "we need to see aid delivered",
// "Resolution 1701 must be implemented in full". The modal of obligation and its verb (a passive
// "be implemented" included) make a proposal signal; whose proposal it is, the caller decides.
// "has to", "have to", "needed to" count only with their "to".
import type { Token } from '../../model/types';
import type { CallsForAction } from '../../knowledge';
import { isIngForm } from '../../lang/en/morphology';

/** How many words before a modal a condition may open ("in case the Russian president should decide"). */
const CONDITION_REACH = 5;

/** Does an obligation start at token i (knowledge/en/calls-for-action.json) ("must stop", "need to see", "must be implemented"), not negated? */
export function callForActionAt(tokens: Token[], i: number, negators: ReadonlySet<string>, k: CallsForAction): boolean {
  if (k.passiveNeeds.has(tokens[i].normal) && neededThing(tokens, i, negators)) return true;
  const marked = k.markedModals.has(tokens[i].normal);
  if (!k.deonticModals.has(tokens[i].normal) && !marked) return false;
  if (marked && !k.infinitiveMarkers.has(tokens[i + 1]?.normal ?? '')) return false; // "has seen", "needed reforms"
  // "in case he should decide to do so", "if Russia should attack": a condition, not an obligation
  for (let j = Math.max(0, i - CONDITION_REACH); j < i; j++) if (k.conditionOpeners.has(tokens[j].normal)) return false;
  let v = i + 1;
  // "must not be allowed to erode", "should not continue": a prohibition calls for action too; "need not" frees from one
  // (not in a relative clause: "a red line that must not be crossed" describes a warning)
  const prohibits = !marked && tokens[i].normal !== 'need' && tokens[i].normal !== 'needs' && !k.relativePronouns.has(tokens[i - 1]?.normal ?? '');
  let negated = false;
  // "must fully and truthfully declare": adverbs joined by "and" too
  while (tokens[v] && (tokens[v].pos === 'ADV' || tokens[v].pos === 'PART' || k.infinitiveMarkers.has(tokens[v].normal) || (tokens[v].normal === 'and' && tokens[v - 1]?.pos === 'ADV' && tokens[v + 1]?.pos === 'ADV'))) {
    if (negators.has(tokens[v].normal)) {
      if (!prohibits) return false;
      negated = true;
    }
    v++;
  }
  const verb = tokens[v];
  if (!verb || negators.has(verb.normal)) return false;
  if (negated) return prohibition(tokens, i, v, k);
  if (k.knowingVerbs.has(verb.lemma) || k.knowingVerbs.has(verb.normal)) return false; // "should know that the first shell ...": a warning
  if (verb.lemma === 'be') return obligedToBe(tokens, i, v, negators, k);
  return verb.pos === 'VERB';
}

/**
 * After "must be" or "should be" at tokens[v]: a passive ("be implemented"), a progressive ("should
 * be using its influence"), a duty named by an infinitive ("the response should be to open the
 * border"), a capacity owed ("should be able to vote"), or something that ought to exist ("there
 * must be an end to the shelling", "there should be meaningful debate"; not "there should be no doubt").
 */
function obligedToBe(tokens: Token[], modal: number, v: number, negators: ReadonlySet<string>, k: CallsForAction): boolean {
  const next = tokens[v + 1];
  if (!next) return false;
  if (next.pos === 'VERB') return /ed$|en$/.test(next.normal) || isIngForm(next.normal);
  if (k.infinitiveMarkers.has(next.normal)) return tokens[v + 2]?.pos === 'VERB';
  // "people should be able to demonstrate", "the parties must be ready to compromise": a capacity or readiness owed
  if (next.pos === 'ADJ' && k.infinitiveMarkers.has(tokens[v + 2]?.normal ?? '') && tokens[v + 3]?.pos === 'VERB') return true;
  // "there should be meaningful debate", not "there should be clear" alone
  const thing = next.pos !== 'ADJ' || tokens[v + 2]?.pos === 'NOUN';
  return k.existentialSubjects.has(tokens[modal - 1]?.normal ?? '') && !negators.has(next.normal) && thing;
}

/**
 * "Russia must not attack", "it should not continue its attacks", "X must not be allowed to", "this
 * aggression must not go unpunished", "these relations should not be sacrificed": a subject forbidden
 * an act, or to undergo one; not "there should be no ...", nor a possibility a passive of doubt
 * keeps open ("the option should not be ruled out": calls-for-action.json openPassives).
 */
function prohibition(tokens: Token[], modal: number, v: number, k: CallsForAction): boolean {
  const subject = tokens[modal - 1];
  if (!subject || !['PROPN', 'PRON', 'NOUN'].includes(subject.pos) || subject.normal === 'there') return false;
  if (tokens[v].lemma !== 'be') return tokens[v].pos === 'VERB';
  const participle = tokens[v + 1];
  return participle !== undefined && participle.pos === 'VERB' && !k.openPassives.has(participle.normal);
}

/** How far before the needed thing's "is" a negation undoes it ("did not think that the proposed investigation is needed"). */
const NEEDED_SUBJECT_REACH = 8;

/**
 * "more sanctions are needed", "urgent action is required": a form of "be" (past adverbs) right
 * before the participle, a noun subject before it, and no negation in the subject or after "be".
 */
function neededThing(tokens: Token[], i: number, negators: ReadonlySet<string>): boolean {
  if (tokens[i + 1]?.normal === 'to') return false; // "the regime is required to provide": a duty told, "needed to stand": a modal
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') {
    if (negators.has(tokens[j].normal)) return false;
    j--;
  }
  if (j < 1 || tokens[j].lemma !== 'be' || tokens[j - 1].pos !== 'NOUN') return false;
  // "no further action is needed", "did not think that the investigation is needed"
  for (let k = j - 1; k >= Math.max(0, j - NEEDED_SUBJECT_REACH); k--) {
    if (negators.has(tokens[k].normal)) return false;
    if (tokens[k].pos === 'PUNCT') break;
  }
  return true;
}
