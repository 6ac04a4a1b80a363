// A headline's passive of appeal: "Nepal Urged To Restore Democracy" names the one urged, not who
// speaks. Read by cues.ts (no speaker) and antecedents.ts (no issuer of the statement under it).
import type { Token } from '../../model/types';
import { baseForm } from '../../lang/en/morphology';
import type { ArticleView } from '../view';

/**
 * "Nepal Urged To Restore Democracy", "Junta Told to Hand Over Power": a verb of appeal
 * (proposal-acts.json appealVerbs) in the past participle right before "to" and a verb, with no
 * addressee between, is a headline's passive: its subject is the one urged, not the speaker.
 */
export function passiveAppeal(view: ArticleView, tokens: Token[], verb: number): boolean {
  const t = tokens[verb];
  if (!/ed$/i.test(t.text) || !view.knowledge.proposalActs.appealVerbs.has(baseForm(t)) || tokens[verb + 1]?.normal !== 'to') return false;
  let aux = verb - 1;
  while (aux >= 0 && tokens[aux].pos === 'ADV') aux--;
  if (tokens[aux]?.lemma === 'have') return false; // "Hun Sen has asked to have peacekeepers sent": active
  // a Title Case headline's verb after "To" may be tagged a name ("Urged To Free Activists")
  return tokens[verb + 2]?.pos === 'VERB' || (/^\p{Lu}/u.test(t.text) && tokens[verb + 2] !== undefined && /^\p{Lu}/u.test(tokens[verb + 2].text));
}
