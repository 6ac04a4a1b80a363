// Whose act a proposal word in a speaker's words names: the speaker's own ("we will propose",
// "its proposal") or another actor's ("said that Trump had invited Xi"). Shared by proposals and
// by threat frames, which ask the same question of an intent marker.
import { coordinatedEndingAt, firstCoordination, ownNames, plausibleActor } from '../../extract/targets';
import { mentionEndingAt, type ArticleView, type Cue } from '../../extract/view';
import type { Sentence } from '../../model/types';
import { isIngForm } from '../../lang/en/morphology';


/**
 * Whose proposal is it? The subject nearest before the signal: the speaker (or I/we/he, or a group
 * of unnamed countries) makes it the speaker's; another named actor makes it that actor's
 * ("Paris and London ... they are promoting" inside Zakharova's quote is France's and Britain's).
 */
export function proposalAgent(view: ArticleView, sentence: Sentence, token: number, source: number, cue: Cue): { speaker: boolean; others: number[] } {
  const { tokens } = sentence;
  const own = ownNames(view, source);
  if (isIngForm(tokens[token].normal) && tokens[token - 1]?.normal === ',') return { speaker: true, others: [] }; // ", suggesting that"
  if (view.knowledge.functionWords.proposalPossessives.has(tokens[token - 1]?.normal ?? '')) return { speaker: true, others: [] }; // "its proposal"
  for (let j = token - 1; j >= 0; j--) {
    if (j === cue.token) return { speaker: true, others: [] };
    const ending = mentionEndingAt(view, sentence, j);
    if (ending !== null) {
      const m = view.mentions[ending];
      if (own.has(m.canonical) || ending === source) return { speaker: true, others: [] };
      if (m.kind === 'demonym' || !plausibleActor(view, ending)) continue; // "26 countries—mostly European—"
      if (m.kind === 'title') return { speaker: false, others: [] }; // someone else's words or plans
      if (m.label === 'Person') return { speaker: false, others: [ending] }; // "said that Trump had invited Xi"
      return { speaker: false, others: coordinatedEndingAt(view, sentence, ending) };
    }
    const t = tokens[j];
    if (t.normal === 'they') {
      const pair = firstCoordination(view, sentence, j);
      return pair.length > 1 ? { speaker: false, others: pair } : { speaker: true, others: [] };
    }
    if (view.knowledge.pronouns.has(t.normal) || ['.', ';', ':'].includes(t.normal)) return { speaker: true, others: [] };
  }
  return { speaker: true, others: [] };
}
