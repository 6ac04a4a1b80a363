// The doer of a passive verb: "an emergency summit was proposed by the Arab League", "the offer has
// been made by Oman". The subject before such a verb is what was proposed or said, not who did it.
import type { Sentence } from '../../model/types';
import { isIngForm } from '../../lang/en/morphology';
import { mentionStartingAt, type ArticleView } from '../view';

/** How many words after the preposition the agent's name may start ("by the Arab League"). */
const AGENT_START_REACH = 2;

/** The named agent of the passive verb at `i` ("was proposed by X"), or null when the verb is no passive with one. */
export function passiveAgent(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || isIngForm(verb.normal) || verb.normal === verb.lemma) return null;
  if (!view.knowledge.functionWords.agentPrepositions.has(tokens[i + 1]?.normal ?? '')) return null;
  let aux = i - 1;
  while (aux >= 0 && tokens[aux].pos === 'ADV') aux--;
  if (aux < 0 || tokens[aux].lemma !== 'be') return null; // "was proposed", "has been offered"
  for (let k = i + 2; k <= i + 1 + AGENT_START_REACH && k < tokens.length; k++) {
    const agent = mentionStartingAt(view, sentence, k);
    if (agent !== null) return agent;
    if (tokens[k].pos !== 'DET') return null;
  }
  return null;
}
