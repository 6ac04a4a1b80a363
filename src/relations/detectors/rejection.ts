// REJECTION (CAMEO 12): the speaker rejects, refuses, dismisses, denies or refutes a proposal,
// claim, demand or report — "The Kremlin dismissed the claims" — by a rejection verb of
// knowledge/en/verbal-conflict.json (derived from CAMEO 12x and 016), as the verb of saying or in
// the words ("said Moscow had rejected Washington's proposal"), or by a negated acceptance in the
// words ("will not support any sanctions", "would never renounce"). Not "refused to comment".
// Aimed at the party whose proposal or claim it is, when named.
import { contentRanges, targetsOf } from '../../extract/targets';
import { baseForm, type ArticleView, type Cue, type Region } from '../../extract/view';
import type { Sentence } from '../../model/types';
import { cueVerb } from './accusation';
import type { Detector } from './detector';

const NEGATION_REACH = 3;

function declinesOnly(view: ArticleView, sentence: Sentence, at: number): boolean {
  const notBefore = view.knowledge.verbalConflict.rejection.notBefore;
  return sentence.tokens.slice(at + 1, at + 3).some((t) => notBefore.has(t.normal)); // "refused (to) comment"
}

function rejectsInWords(view: ArticleView, sentence: Sentence, cue: Cue, region: Region): boolean {
  const { verbs, negated } = view.knowledge.verbalConflict.rejection;
  const negators = view.knowledge.cues.negators;
  const { tokens } = sentence;
  for (const range of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(range.from, 0); i <= range.to && i < tokens.length; i++) {
      const t = tokens[i];
      if (t.pos !== 'VERB') continue;
      const base = baseForm(t);
      if (verbs.has(base) && !declinesOnly(view, sentence, i) && !tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((w) => negators.has(w.normal))) return true;
      if (negated.has(base) && tokens.slice(Math.max(range.from, i - NEGATION_REACH), i).some((w) => negators.has(w.normal))) return true;
    }
  }
  return false;
}

export const rejection: Detector = {
  type: 'REJECTION',
  fires: ({ view, sentence, cue, region }) => {
    const verbs = view.knowledge.verbalConflict.rejection.verbs;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs)) && !declinesOnly(view, sentence, cue.token)) return true;
    return rejectsInWords(view, sentence, cue, region);
  },
  // "rejected Australia's offer": whose proposal or claim it is comes first
  targets: ({ view, sentence, source, cue, region }) => {
    const targets = targetsOf(view, sentence, source, cue, region);
    const owner = targets.find((m) => sentence.tokens[view.mentions[m].tokens[1] + 1]?.normal === "'s" && view.mentions[m].tokens[0] > cue.token);
    return owner === undefined ? targets : [owner, ...targets.filter((m) => m !== owner)];
  },
};
