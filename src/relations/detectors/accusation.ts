// ACCUSATION (CAMEO 11): the speaker accuses, blames, condemns, denounces or criticises someone —
// "Moscow accused Kyiv of shelling the plant". The verb of saying is one of the accusation verbs
// of knowledge/en/verbal-conflict.json (derived from CAMEO 111/112), or one is in the speaker's
// words with no other subject (", accusing Ali of"); or the words reproach ("illegal", "blackmail",
// not "any provocation"), or label something as one ("described the drills as a threat"). An
// accusation verb whose subject is someone else ("said Hamas had accused"), or the agent of a
// passive ("was accused by Moscow"), is that actor's claim; so are "Moscow's accusation" and
// "the condemnation by Paris"; an act of force or wrongdoing another actor did in the speaker's
// words accuses that actor ("said Azerbaijan had shelled the villages"), so does a complaint against
// it ("will reopen its complaint against Japan"), and a labelling verb with a reproaching label needs
// no verb of saying ("Latvia branded Russia a terrorist state"). Aimed at the accused: the verb's object first, then the actors
// named in the words, the one the reproach speaks of first; never the speaker's own side.
import { contentRanges, targetsOf } from '../../extract/targets';
import type { Sentence } from '../../model/types';
import { mentionEndingAt, mentionsFrom, type ArticleView, type Cue, type Region } from '../../extract/view';
import { baseForm, isPossessive } from '../../lang/en/morphology';
import { ACCUSATION_NOUN, ACCUSES, DISMISSAL, labelHas, actorClaims, actorsAfter, clauseSubject, conflictTags, INTENT, isPassive, LABEL, LABELLING, MISDEED, REJECTS, ACCEPTS, passiveAgents, LABELLED, negatedAt, othersPronounAt, ownSide, PUNISHES, reactionTarget, REPROACH, speakersOwnVerb, verbForm, type ConflictClaimKind } from './conflict-words';
import type { Clause, Detector } from './detector';
import { nominalClaims } from './nominal';
import { answerAuthors } from './answered';

const ACCUSATIONS = new Set(['ACCUSATION']);

/** The cue as the knowledge writes it: "lash out" for "lashed out", else its lemma. */
export function cueVerb(sentence: Sentence, cue: Cue, verbs: ReadonlySet<string>): string {
  return verbForm(sentence.tokens, cue.token, cue.lemma, verbs);
}

/** The tokens of the speaker's words where a word of reproach stands (not "any provocation"). */
function reproachesIn(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): number[] {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (REPROACH | LABEL)) === 0) return [];
  // "described the drills as a threat", "called it an invasion": not "called for", "called on"; a
  // label after "as" or "is" reproaches after any verb ("rejected the plan as an attack")
  const labelling = cue.token >= 0 && view.knowledge.verbalConflict.accusation.labelVerbs.has(cue.lemma) && sentence.tokens[cue.token + 1]?.pos !== 'ADP';
  const wanted = labelling ? REPROACH | LABEL : REPROACH | LABELLED;
  const found: number[] = [];
  for (const r of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      // "said Bolivia had accused Chile of lying": the reproach after another actor's accusation is that actor's
      if (i !== cue.token && (tags[i] & ACCUSES) !== 0 && !speakersOwnVerb(view, sentence, source, i)) break;
      // "is not provocative", "is not arbitrary": a reproach denied is a defence (a condition is none: "if it continues its provocative drills")
      if ((tags[i] & wanted) !== 0 && !dismissesOnly(view, sentence, source, cue, tags, i) && !deniedReproach(view, sentence, i)) found.push(i);
    }
  }
  return found;
}

/** "is not provocative", "was not at all arbitrary": a negation right before the word of reproach, past adverbs. */
function deniedReproach(view: ArticleView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && sentence.tokens[k].pos === 'ADV' && !view.knowledge.cues.negators.has(sentence.tokens[k].normal)) k--;
  return k >= 0 && view.knowledge.cues.negators.has(sentence.tokens[k].normal);
}

/** How far before a word that denies a claim "as" may be: "exposed him as a total fraud". */
const DISMISSAL_AS_REACH = 3;
/** How far before such a word a rejection verb makes it the rejection's label: "rejected the president's election win as a sham". */
const REJECTED_AS_REACH = 8;

/**
 * "rejected the win as a sham", "said the files were fake": a word that also denies a claim
 * ("fake", "sham") as the label of a rejection verb, or with no other actor named in the sentence, denies
 * what was claimed (rejection.ts); it accuses no one ("said Minsk's claims were fake" does).
 */
function dismissesOnly(view: ArticleView, sentence: Sentence, source: number, cue: Cue, tags: Uint32Array, i: number): boolean {
  if ((tags[i] & DISMISSAL) === 0) return false;
  // "rejected the win as a sham"; not "rejected what he called the false narrative of Georgetown"
  if (cue.token >= 0 && cue.token < i && (tags[cue.token] & REJECTS) !== 0 && !sentence.tokens.slice(cue.token + 1, i).some((t) => t.pos === 'VERB')) return true;
  // "exposed him as a fraud": what someone is called, a reproach of him; "Odinga Rejects Win as
  // 'Sham'": the label of a rejection (a headline's verb need not be the cue)
  if (sentence.tokens.slice(Math.max(0, i - DISMISSAL_AS_REACH), i).some((t) => t.normal === 'as')) {
    for (let k = i - 1; k >= Math.max(0, i - REJECTED_AS_REACH); k--) if ((tags[k] & REJECTS) !== 0) return true;
    return false;
  }
  return !mentionsFrom(view, sentence, 0, sentence.tokens.length - 1).some((m) => {
    const mention = view.mentions[m];
    return m !== source && mention.label !== 'Location' && mention.qualifies === undefined && !mention.weak && mention.kind !== 'pronoun' && !ownSide(view, source, m);
  });
}

/**
 * "We regret the loss of life in Iran", "lamented the deaths across Sudan": a verb of sorrow (the
 * cue, or every accusation verb of the speaker's in the words) whose only actors are where the harm
 * happened mourns it and accuses no one ("condemned the junta in Niger" still accuses).
 */
function placesOnly({ view, sentence, source, cue, region }: Clause): boolean {
  const { placePrepositions, sorrowVerbs, verbs } = view.knowledge.verbalConflict.accusation;
  const { tags } = conflictTags(view, sentence);
  const accusing = cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs)) ? [cue.token] : [];
  if (accusing.length === 0) {
    for (const r of contentRanges(sentence, cue, region)) {
      for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) if ((tags[i] & ACCUSES) !== 0 && speakersOwnVerb(view, sentence, source, i)) accusing.push(i);
    }
  }
  if (accusing.length === 0 || !accusing.every((i) => sorrowVerbs.has(baseForm(sentence.tokens[i])))) return false;
  const targets = targetsOf(view, sentence, source, cue, region, false);
  return targets.length > 0 && targets.every((m) => placePrepositions.has(sentence.tokens[(view.mentions[m].phraseStart ?? view.mentions[m].tokens[0]) - 1]?.normal ?? ''));
}

/** Is the mention ending at token `end` the subject of a clause ("the United States “will ...")? */
function subjectOfClause(sentence: Sentence, end: number): boolean {
  let k = end + 1;
  while (sentence.tokens[k]?.pos === 'PUNCT' && sentence.tokens[k].normal !== ',') k++;
  const next = sentence.tokens[k]?.pos;
  return next === 'AUX' || next === 'VERB';
}

/** How many nouns and adjectives a possessive subject may take: "Kosovo's new police raids". */
const POSSESSED_WORDS = 3;

/** "Kosovo's police raids undermine the deal", "M23's renewed fighting violates": whose act the subject is, or null. */
function possessiveSubject(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  const head = k;
  // "M23's renewed fighting": participles the tagger reads as verbs are words of the act too
  while (k >= 0 && head - k < POSSESSED_WORDS && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ' || (tokens[k].pos === 'VERB' && /(ed|ing)$/.test(tokens[k].normal)))) k--;
  if (k === head || !isPossessive(tokens[k])) return null;
  return mentionEndingAt(view, sentence, k - 1);
}

/** How far before a verb of force the words that make it not done may be: "could in future attack". */
const UNREALISED_REACH = 3;

/**
 * "their efforts to harass the media", "has been plotting to assassinate", "continue to degrade":
 * the word of aim before the "to" of a misdeed at i (which then is ascribed as an aim), or -1.
 */
function aimBefore(view: ArticleView, sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  const to = tokens[i - 1]?.normal === 'to' ? i - 1 : tokens[i - 2]?.normal === 'to' && tokens[i - 1].pos === 'ADV' ? i - 2 : -1;
  const aim = tokens[to - 1];
  if (to < 1 || aim === undefined) return -1;
  const { aims } = view.knowledge.verbalConflict.accusation;
  const named = aims.has(aim.normal) || ((aim.pos === 'VERB' || aim.pos === 'NOUN') && aims.has(baseForm(aim)));
  return named && !negatedAt(view, sentence, to - 1) ? to - 1 : -1;
}

/** "Their efforts", "Kosovo's attempts", "U.S. activities": the actor who owns the noun of aim at k, or null. */
function ownerOf(view: ArticleView, sentence: Sentence, k: number): number | null {
  const { tokens } = sentence;
  let j = k - 1;
  while (j >= 0 && k - j <= POSSESSED_WORDS && (tokens[j].pos === 'ADJ' || (tokens[j].pos === 'NOUN' && mentionEndingAt(view, sentence, j) === null))) j--;
  return isPossessive(tokens[j]) ? mentionEndingAt(view, sentence, j - 1) : mentionEndingAt(view, sentence, j);
}

/** "had shelled", "is killing", "were attacked by": done, not "would strike", "plans to invade", "did not attack". */
function doneAt(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { unrealised } = view.knowledge.verbalConflict.accusation;
  const { tokens } = sentence;
  // "was trying to sabotage": done as an aim, unless the aim itself is not ("would try to", "did not seek to")
  const aim = aimBefore(view, sentence, i);
  if (aim >= 0) return !negatedAt(view, sentence, i) && doneAt(view, sentence, aim);
  for (let k = i - 1; k >= Math.max(0, i - UNREALISED_REACH); k--) {
    const t = tokens[k];
    if (unrealised.has(t.normal)) return false;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return !negatedAt(view, sentence, i) && (!tokens[i].normal.endsWith('ing') || tokens[i - 1]?.pos === 'AUX');
}

/**
 * The actor the speaker's words ascribe a hostile intent ("saying NATO was openly preparing for a
 * war"; not "does not want war") or an act of force or wrongdoing to ("said Azerbaijan had shelled
 * the villages", "the villages were shelled by Azerbaijan"; not "would strike"): not the speaker's
 * own side, not a place; or null.
 */
function hostileIntentIn(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): number | null {
  for (const i of hostileActsIn(view, sentence, cue, region)) {
    for (const subject of doersOf(view, sentence, i)) {
      if (subject !== null && view.mentions[subject].label !== 'Location' && !ownSide(view, source, subject)) return subject;
    }
  }
  return null;
}

/** The tokens of the speaker's words where a hostile intent or a done act of force or wrongdoing stands. */
function hostileActsIn(view: ArticleView, sentence: Sentence, cue: Cue, region: Region): number[] {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (INTENT | MISDEED)) === 0) return [];
  const found: number[] = [];
  for (const r of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      if ((tags[i] & (INTENT | MISDEED)) === 0 || i === cue.token) continue;
      if ((tags[i] & INTENT) !== 0 ? !negatedAt(view, sentence, i) : doneAt(view, sentence, i)) found.push(i);
    }
  }
  return found;
}

/** Who did the act at i: the agents of a passive, whoever aims at it, else the clause's subject or the act's possessor. */
function doersOf(view: ArticleView, sentence: Sentence, i: number): (number | null)[] {
  const { tags } = conflictTags(view, sentence);
  // "the convoy was attacked by Mali"; not "Mali was behind the attack", a word of blame after "be"
  const passive = (tags[i] & MISDEED) !== 0 && sentence.tokens[i].pos === 'VERB' && isPassive(sentence, i);
  const aim = (tags[i] & MISDEED) !== 0 ? aimBefore(view, sentence, i) : -1;
  return passive ? passiveAgents(view, sentence, i) : aim >= 0 ? [clauseSubject(view, sentence, aim) ?? ownerOf(view, sentence, aim)] : [clauseSubject(view, sentence, i) ?? possessiveSubject(view, sentence, i)];
}

/**
 * "“They are behind a plot to kill our president,” Kyelem said": a hostile act whose doer is only
 * a pronoun that is someone else than the speaker; the accused are whom the words are about.
 */
function pronounDoerIn(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): boolean {
  return hostileActsIn(view, sentence, cue, region).some((i) => doersOf(view, sentence, i).every((d) => d === null) && othersPronounAt(view, sentence, source, i) && !thingPronounBefore(view, sentence, i));
}

/** Auxiliaries and adverbs between a pronoun subject and its act: "they have repeatedly attacked". */
const PRONOUN_GAP = 3;

/** "“It's destroying the committee”": "it" names a thing done as often as an actor; no doer. */
function thingPronounBefore(view: ArticleView, sentence: Sentence, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= PRONOUN_GAP && ['AUX', 'ADV', 'PART'].includes(sentence.tokens[j].pos)) j--;
  return view.knowledge.pronouns.get(sentence.tokens[j]?.normal ?? '') === 'Actor';
}

/** How far before an accusation noun a verb that rejects or answers it may be: "rejected the new accusations against Moscow". */
const ANSWER_REACH = 6;

/**
 * "would reopen its complaint against Japan", "filed charges against the ministry": an accusation
 * noun that names the accused in the speaker's words (not one the speaker rejects: "dismissed the
 * accusations against Moscow"); the accused, or null.
 */
function accusedByNoun(view: ArticleView, sentence: Sentence, cue: Cue, region: Region): number | null {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & ACCUSATION_NOUN) === 0) return null;
  const { tokens } = sentence;
  const { targetPrepositions } = view.knowledge.verbalConflict.accusation;
  for (const r of contentRanges(sentence, cue, region)) {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      if ((tags[i] & ACCUSATION_NOUN) === 0 || !targetPrepositions.has(tokens[i + 1]?.normal ?? '')) continue;
      let answered = false;
      for (let k = Math.max(0, i - ANSWER_REACH); k < i; k++) if ((tags[k] & (REJECTS | ACCEPTS)) !== 0) answered = true;
      const accused = mentionsFrom(view, sentence, i + 2, i + 3)[0] ?? null;
      if (!answered && accused !== null && view.mentions[accused].label !== 'Location') return accused;
    }
  }
  return null;
}

/** An accusation verb, or a verb of punishment ("said it had fined Google for"), that the speaker's side does in its words. */
function accusationVerbInWords(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region): boolean {
  const { tags, any } = conflictTags(view, sentence);
  if ((any & (ACCUSES | PUNISHES)) === 0) return false;
  return contentRanges(sentence, cue, region).some((r) => {
    for (let i = Math.max(r.from, 0); i <= r.to && i < tags.length; i++) {
      if (i !== cue.token && (tags[i] & (ACCUSES | PUNISHES)) !== 0 && speakersOwnVerb(view, sentence, source, i)) return true;
    }
    return false;
  });
}

/** Whom the clause accuses, best first: the verb's object, else the actor the reproach or the hostile act speaks of. */
function accused({ view, sentence, source, cue, region }: Clause): number[] {
  const targets = targetsOf(view, sentence, source, cue, region, false);
  const { verbs } = view.knowledge.verbalConflict.accusation;
  if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) return targets;
  // "Pyongyang's launches are a clear violation of UN resolutions", "dismissed Seoul's offer as a
  // farce": the actor nearest before the reproach, after the speaker's verb
  const at = reproachesIn(view, sentence, source, cue, region)[0];
  if (at === undefined) {
    const byNoun = accusedByNoun(view, sentence, cue, region);
    if (byNoun !== null) return [byNoun, ...targets.filter((m) => m !== byNoun)];
    const intending = hostileIntentIn(view, sentence, source, cue, region);
    return intending === null ? targets : [intending, ...targets.filter((m) => m !== intending)];
  }
  // "is disappointed by the action taken by the EU": the actor the reaction is to
  const reactedTo = view.knowledge.verbalConflict.accusation.reactions.has(sentence.tokens[at].normal) ? reactionTarget(view, sentence, at) : null;
  if (reactedTo !== null && !ownSide(view, source, reactedTo)) return [reactedTo, ...targets.filter((m) => m !== reactedTo)];
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
}

const ACCUSATION_KIND: ConflictClaimKind = { type: 'ACCUSATION', verb: ACCUSES, targetsAfter: actorsAfter };
/** "The Commission fined Google for breaching the rules": the one who punishes accuses, no verb of saying needed. */
const PUNISHMENT_KIND: ConflictClaimKind = { type: 'ACCUSATION', verb: PUNISHES, targetsAfter: actorsAfter };
/** "Lithuania branded Belarus a terrorist state": a labelling verb with a label that reproaches, no verb of saying needed. */
const LABELLING_KIND: ConflictClaimKind = {
  type: 'ACCUSATION',
  verb: LABELLING,
  // a label that only denies a claim ("called the report nonsense") is a rejection (rejection.ts)
  verbAt: (view, sentence, i) => !negatedAt(view, sentence, i) && labelHas(sentence, conflictTags(view, sentence).tags, i, REPROACH | LABEL),
  targetsAfter: actorsAfter,
};

export const accusation: Detector = {
  type: 'ACCUSATION',
  fires: (clause) => {
    const { view, sentence, source, cue, region } = clause;
    const { verbs } = view.knowledge.verbalConflict.accusation;
    if (cue.token >= 0 && verbs.has(cueVerb(sentence, cue, verbs))) return !negatedAt(view, sentence, cue.token) && !isPassive(sentence, cue.token) && !placesOnly(clause);
    if (reproachesIn(view, sentence, source, cue, region).length > 0) return true;
    return (accusationVerbInWords(view, sentence, source, cue, region) && !placesOnly(clause)) || accusedByNoun(view, sentence, cue, region) !== null || hostileIntentIn(view, sentence, source, cue, region) !== null || pronounDoerIn(view, sentence, source, cue, region);
  },
  targets: (clause) => accused(clause),
  sentenceClaims: (view, sentence, claims) => {
    const { tags, any } = conflictTags(view, sentence);
    const byAccusers = actorClaims(view, sentence, claims, ACCUSATION_KIND);
    const byVerbs = (any & PUNISHES) === 0 ? byAccusers : [...byAccusers, ...actorClaims(view, sentence, [...claims, ...byAccusers], PUNISHMENT_KIND)];
    const byActors = (any & LABELLING) === 0 ? byVerbs : [...byVerbs, ...actorClaims(view, sentence, [...claims, ...byVerbs], LABELLING_KIND)];
    if ((any & ACCUSATION_NOUN) === 0) return byActors;
    return [...byActors, ...nominalClaims(view, sentence, [...claims, ...byActors], { type: 'ACCUSATION', names: (_tokens, i) => (tags[i] & ACCUSATION_NOUN) !== 0, notByOf: true })];
  },
  // "the accusations were fabrications", "rejected the plan as an attack": aimed at whoever made
  // that claim or plan; an accusation verb names whom it accuses itself
  articleTargets: (view, claims) => answerAuthors(view, claims, ACCUSATIONS, view.knowledge.verbalConflict.accusation.verbs),
};
