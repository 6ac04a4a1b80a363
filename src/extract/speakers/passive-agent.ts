// The doer of a passive verb: "an emergency summit was proposed by the Arab League", "the offer has
// been made by Oman". The subject before such a verb is what was proposed or said, not who did it.
import type { Sentence } from '../../model/types';
import { isIngForm } from '../../lang/en/morphology';
import { mentionStartingAt, type ArticleView } from '../view';
import { skippable } from './find-speakers';

/** How many words after the preposition the agent's name may start ("by the Arab League", "by top security minister X"). */
const AGENT_START_REACH = 4;

/** How many words of time may stand between a passive verb and "by" ("announced on Monday by"). */
const TIME_WORDS = 3;


/** The named agent of the passive verb at `i` ("was proposed by X"), or null when the verb is no passive with one. */
export function passiveAgent(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || isIngForm(verb.normal) || verb.normal === verb.lemma) return null;
  // "was announced last week by X": a time may stand between the verb and its agent
  let by = i + 1;
  while (by < tokens.length && by - i <= TIME_WORDS && !view.knowledge.functionWords.agentPrepositions.has(tokens[by].normal) && skippable(tokens[by], view.knowledge)) by++;
  if (!view.knowledge.functionWords.agentPrepositions.has(tokens[by]?.normal ?? '')) return null;
  let aux = i - 1;
  while (aux >= 0 && tokens[aux].pos === 'ADV') aux--;
  if (aux < 0 || tokens[aux].lemma !== 'be') return null; // "was proposed", "has been offered"
  return agentAfter(view, sentence, by);
}

/**
 * The named agent of a participle that follows the noun it describes ("the ceasefire proposed by
 * Egypt", "the reforms called for by the OAS", "a plan put forward by Qatar"), or null. One
 * particle of a phrasal verb may stand before "by".
 */
export function participleAgent(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  const verb = tokens[i];
  const described = tokens[i - 1];
  if (verb.pos !== 'VERB' || isIngForm(verb.normal) || described?.pos !== 'NOUN' || !/^\p{Ll}/u.test(described.text)) return null;
  const { agentPrepositions } = view.knowledge.functionWords;
  const particle = ['ADP', 'PART', 'ADV'].includes(tokens[i + 1]?.pos ?? '') && agentPrepositions.has(tokens[i + 2]?.normal ?? '');
  // a participle spelt as its base ("put forward by") only with its particle: "the talks offer by" is no participle
  const by = agentPrepositions.has(tokens[i + 1]?.normal ?? '') && verb.normal !== verb.lemma ? i + 1 : particle ? i + 2 : -1;
  return by < 0 ? null : agentAfter(view, sentence, by);
}

/** The name that opens the agent phrase after the preposition at `by`, past a determiner and a description; or null. */
function agentAfter(view: ArticleView, sentence: Sentence, by: number): number | null {
  const { tokens } = sentence;
  for (let k = by + 1; k <= by + AGENT_START_REACH && k < tokens.length; k++) {
    // "by Foreign Minister Penny Wong": the name's phrase may open with its title
    const agent = mentionStartingAt(view, sentence, k) ?? view.bySentence[sentence.index].find((m) => view.mentions[m].phraseStart === k) ?? null;
    if (agent !== null) return agent;
    // "by the Arab League", "by top security minister X": a determiner and a description before the name
    if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ' && !(tokens[k].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k].text))) return null;
  }
  return null;
}
