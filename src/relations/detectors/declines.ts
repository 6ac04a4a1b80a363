// When a rejection verb rejects nothing: it declines to comment, names a power to reject, or
// withholds something from someone (knowledge/en/verbal-conflict.json, rejection section).
import type { Sentence, Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';
import { baseForm } from '../../lang/en/morphology';

/**
 * The rejection verb at i rejects nothing: it only declines ("refused (to) comment"), names a power
 * to reject ("their capability to reject Iranian influence", "the right to refuse"), or withholds
 * something from someone ("denied rival firms the chance to compete", "refused him a visa").
 */
export function declinesOnly(view: ArticleView, sentence: Sentence, at: number): boolean {
  const { notBefore, abilityNouns, withholdVerbs } = view.knowledge.verbalConflict.rejection;
  const { tokens } = sentence;
  if (tokens.slice(at + 1, at + 3).some((t) => notBefore.has(t.normal))) return true;
  if (tokens[at - 1]?.normal === 'to' && tokens[at - 2]?.pos === 'NOUN' && abilityNouns.has(tokens[at - 2].normal)) return true;
  return withholdVerbs.has(baseForm(tokens[at])) && twoObjectsAfter(view, tokens, at);
}

/** Parts of speech of the head of a verb's first object: "denied them", "denied rival firms", "denied Google". */
const FIRST_OBJECT_HEADS = new Set(['NOUN', 'PROPN']);

/**
 * "denied other companies the chance", "refused them a genuine choice": two objects after the verb
 * at i, someone and then something (a determiner opens the second); not a reduced relative clause
 * ("denied the claims the minister made") nor a time ("denied it this week").
 */
function twoObjectsAfter(view: ArticleView, tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.pos === 'PRON') k++;
  else {
    if (tokens[k]?.pos === 'DET') k++;
    while (tokens[k]?.pos === 'ADJ') k++;
    const head = k;
    while (FIRST_OBJECT_HEADS.has(tokens[k]?.pos ?? '')) k++;
    if (k === head) return false;
  }
  if (tokens[k]?.pos !== 'DET') return false;
  let j = k + 1;
  while (tokens[j]?.pos === 'ADJ') j++;
  if (tokens[j]?.pos !== 'NOUN') return false;
  while (tokens[j + 1]?.pos === 'NOUN') j++;
  if (view.knowledge.temporalWords.has(tokens[j].normal)) return false;
  return !['VERB', 'AUX', 'PRON'].includes(tokens[j + 1]?.pos ?? '');
}
