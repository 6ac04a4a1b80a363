// "I hope Serbia will choose the path of dialogue", "We expect Belgrade to respect the agreement",
// "It is our expectation that all member states will fulfil their obligations": a hope or an
// expectation that a named actor acts calls on that actor (calls-for-action.json wishWords).
import type { Sentence } from '../../model/types';
import type { ArticleView } from '../../extract/view';

/** How many words may stand between the word of hope and the actor ("hope that all the parties"). */
const ACTOR_REACH = 4;
/** How many words may stand between the actor's modal or "to" and its verb ("will also choose"). */
const VERB_REACH = 2;

/** The actor whose act a word of hope or expectation in one of the ranges asks for, or -1. */
export function wishedActor(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const { tokens } = sentence;
  const { wishWords, infinitiveMarkers } = view.knowledge.callsForAction;
  for (const range of ranges) {
    const last = Math.min(range.to, tokens.length - 1);
    for (let k = Math.max(range.from, 0); k <= last; k++) {
      if (!wishWords.has(tokens[k].normal) || negated(view, sentence, k)) continue;
      const actor = view.bySentence[sentence.index].find((m) => {
        const mention = view.mentions[m];
        return mention.tokens[0] > k && mention.tokens[0] <= k + ACTOR_REACH && mention.label !== 'Location';
      });
      if (actor === undefined) continue;
      // "our Russian colleagues will": an adjective names the actor with the noun after it
      let after = view.mentions[actor].tokens[1] + 1;
      if (view.mentions[actor].weak) while (tokens[after]?.pos === 'NOUN') after++;
      const link = tokens[after];
      if (!link || !(view.knowledge.cues.modals.has(link.normal) || infinitiveMarkers.has(link.normal))) continue; // "will", "to"; not "is doing well"
      for (let v = after + 1; v <= last && v <= after + VERB_REACH; v++) if (tokens[v].pos === 'VERB') return actor;
    }
  }
  return -1;
}

/** "we do not expect", "never hoped": a negator right before the word (or before its auxiliary). */
function negated(view: ArticleView, sentence: Sentence, k: number): boolean {
  const negators = view.knowledge.cues.negators;
  return [1, 2].some((d) => negators.has(sentence.tokens[k - d]?.normal ?? ''));
}
