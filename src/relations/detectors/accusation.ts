// ACCUSATION (CAMEO 11): the speaker accuses, blames, condemns, denounces or criticises someone —
// "Moscow accused Kyiv of shelling the plant". The verb of saying is one of the accusation verbs
// of knowledge/en/verbal-conflict.json (derived from CAMEO 111/112), or one is in the speaker's
// words with no other subject (", accusing Ali of"); or the words reproach ("illegal", "blackmail",
// not "any provocation"), or label something as one ("described the drills as a threat"). An
// accusation verb whose subject is someone else ("said Hamas had accused"), or the agent of a
// passive ("was accused by Moscow"), is that actor's claim; so are "Moscow's accusation" and
// "the condemnation by Paris". Aimed at the accused: the verb's object first, then the actors
// named in the words, the one the reproach speaks of first; never the speaker's own side.
import { contentRanges, targetsOf } from '../../extract/targets';
import type { Sentence } from '../../model/types';
import { mentionsFrom, type ArticleView, type Cue, type Region } from '../../extract/view';
import { ACCUSATION_NOUN, ACCUSES, actorClaims, actorsAfter, clauseSubject, conflictTags, INTENT, isPassive, LABEL, LABELLED, negatedAt, ownSide, REPROACH, speakersOwnVerb, verbForm, type ConflictClaimKind } from './conflict-words';
import type { Detector } from './detector';
import { nominalClaims } from './nominal';
import { answerAuthors } from './answered';

const ACCUSATIONS = new Set(['ACCUSATION']);

/** The cue as the knowledge writes it: "lash out" for "lashed out", else its lemma. */
export function cueVerb(sentence: Sentence, cue: Cue, verbs: ReadonlySet<string>): string {
  return verbForm(sentence.tokens, cue.token, cue.lemma, verbs);
}

/** The tokens of the speaker's words where a word of reproach stands (not "any provocation"). */
function reproachesIn(view: ArticleView, sentence: Sentence, cue: Cue, region: Region): number[] {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (REPROACH | LABEL)) === 0) return [];
  // "described the drills as a threat", "called it an invasion": not "called for", "called on"; a
  // label after "as" or "is" reproaches after any verb ("rejected the plan as an attack")
  const labelling = cue.token >= 0 && view.knowledge.verbalConflict.accusation.labelVerbs.has(cue.lemma) && sentence.tokens[cue.token + 1]?.pos !== 'ADP';
  const wanted = labelling ? REPROACH | LABEL : REPROACH | LABELLED;
  const found: number[] = [];
  for (const r of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) if ((tags[i] & wanted) !== 0) found.push(i);
  }
  return found;
}

/** Is the mention ending at token `end` the subject of a clause ("the United States “will ...")? */
function subjectOfClause(sentence: Sentence, end: number): boolean {
  let k = end + 1;
  while (sentence.tokens[k]?.pos === 'PUNCT' && sentence.tokens[k].normal !== ',') k++;
  const next = sentence.tokens[k]?.pos;
  return next === 'AUX' || next === 'VERB';
}

/** "saying NATO was openly preparing for a war": the actor the speaker's words ascribe a hostile intent to (not the own side, not "does not want war"), or null. */
function hostileIntentIn(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): number | null {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & INTENT) === 0) return null;
  for (const r of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      if ((tags[i] & INTENT) === 0 || i === cue.token || negatedAt(view, sentence, i)) continue;
      const subject = clauseSubject(view, sentence, i);
      if (subject !== null && view.mentions[subject].label !== 'Location' && !ownSide(view, source, subject)) return subject;
    }
  }
  return null;
}

function accusationVerbInWords(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): boolean {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & ACCUSES) === 0) return false;
  return contentRanges(sentence, cue, region).some((r) => {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      if (i !== cue.token && (tags[i] & ACCUSES) !== 0 && speakersOwnVerb(view, sentence, source, i)) return true;
    }
    return false;
  });
}

const ACCUSATION_KIND: ConflictClaimKind = { type: 'ACCUSATION', verb: ACCUSES, targetsAfter: actorsAfter };

export const accusation: Detector = {
  type: 'ACCUSATION',
  fires: ({ view, sentence, source, cue, region }) => {
    const { verbs } = view.knowledge.verbalConflict.accusation;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) return !negatedAt(view, sentence, cue.token) && !isPassive(sentence, cue.token);
    return reproachesIn(view, sentence, cue, region).length > 0 || accusationVerbInWords(view, sentence, source, cue, region) || hostileIntentIn(view, sentence, source, cue, region) !== null;
  },
  targets: ({ view, sentence, source, cue, region }) => {
    const targets = targetsOf(view, sentence, source, cue, region, false);
    const { verbs } = view.knowledge.verbalConflict.accusation;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) return targets;
    // "Pyongyang's launches are a clear violation of UN resolutions", "dismissed Seoul's offer as a
    // farce": the actor nearest before the reproach, after the speaker's verb
    const at = reproachesIn(view, sentence, cue, region)[0];
    if (at === undefined) {
      const intending = hostileIntentIn(view, sentence, source, cue, region);
      return intending === null ? targets : [intending, ...targets.filter((m) => m !== intending)];
    }
    const from = cue.token >= 0 && cue.token < at ? cue.token + 1 : Math.max(region.from, 0);
    // "the United States will no longer appease dictators": the subject of a clause acts against
    // what is reproached, it is not the one reproached
    const acting = new Set(mentionsFrom(view, sentence, from, at - 1).filter((m) => subjectOfClause(sentence, view.mentions[m].tokens[1])));
    const near = mentionsFrom(view, sentence, from, at - 1).filter((m) => {
      const mention = view.mentions[m];
      return mention.label !== 'Location' && mention.qualifies === undefined && !mention.weak && mention.kind !== 'pronoun' && !ownSide(view, source, m) && !acting.has(m);
    });
    const before = targets.filter((m) => view.mentions[m].tokens[1] < at && !acting.has(m));
    const accused = near[near.length - 1] ?? before[before.length - 1];
    const others = targets.filter((m) => m !== accused && !acting.has(m));
    return accused === undefined ? others : [accused, ...others];
  },
  sentenceClaims: (view, sentence, claims) => {
    const { tags, any } = conflictTags(view, sentence);
    const byActors = actorClaims(view, sentence, claims, ACCUSATION_KIND);
    if ((any & ACCUSATION_NOUN) === 0) return byActors;
    return [...byActors, ...nominalClaims(view, sentence, [...claims, ...byActors], { type: 'ACCUSATION', names: (_tokens, i) => (tags[i] & ACCUSATION_NOUN) !== 0, notByOf: true })];
  },
  // "the accusations were fabrications", "rejected the plan as an attack": aimed at whoever made
  // that claim or plan; an accusation verb names whom it accuses itself
  articleTargets: (view, claims) => answerAuthors(view, claims, ACCUSATIONS, view.knowledge.verbalConflict.accusation.verbs),
};
