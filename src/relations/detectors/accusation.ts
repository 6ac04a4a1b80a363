// ACCUSATION (CAMEO 11): the speaker accuses, blames, condemns, denounces or criticises someone —
// "Moscow accused Kyiv of shelling the plant". The verb of saying is one of the accusation verbs
// of knowledge/en/verbal-conflict.json (derived from CAMEO 111/112), or the words reproach
// ("illegal", "blackmail", "provocation": hand-kept in the same section). Aimed at the accused: the
// verb's object first, then the actors named in the words, never the speaker's own side.
import { contentRanges, targetsOf } from '../../extract/targets';
import type { Sentence } from '../../model/types';
import type { Cue } from '../../extract/view';
import type { Detector } from './detector';

/** The cue as the knowledge writes it: "lash out" for "lashed out", else its lemma. */
export function cueVerb(sentence: Sentence, cue: Cue, verbs: ReadonlySet<string>): string {
  const particle = sentence.tokens[cue.token + 1]?.normal;
  return particle !== undefined && verbs.has(`${cue.lemma} ${particle}`) ? `${cue.lemma} ${particle}` : cue.lemma;
}

export const accusation: Detector = {
  type: 'ACCUSATION',
  fires: ({ view, sentence, cue, region }) => {
    const { verbs, reproaches } = view.knowledge.verbalConflict.accusation;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) return true;
    // words of reproach in what was said: "the new measures were “illegal”", "nuclear blackmail"
    return contentRanges(sentence, cue, region).some((r) => sentence.tokens.slice(Math.max(r.from, 0), r.to + 1).some((t) => reproaches.has(t.normal)));
  },
  targets: ({ view, sentence, source, cue, region }) => targetsOf(view, sentence, source, cue, region, false),
};
