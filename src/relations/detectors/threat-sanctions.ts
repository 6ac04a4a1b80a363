// Sanctions put on someone, in what a speaker says (CAMEO 163 "impose embargo, boycott or
// sanctions", 172 "impose administrative sanctions"): "Canada announced sanctions against Iran",
// "Spain expanded its sanctions on Venezuela, the minister said", "we will impose an arms embargo
// on X". A verb that puts a measure in place (threat-frames.json actVerbs and sanctionActs.verbs),
// the measure within a few words (sanctionActs.nouns), and an aimer and a named actor after it.
// Announced or future sanctions are threats in the gold; those already imposed count either way.
import type { Sentence, Token } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import { mentionEndingAt, phrasesByFirstWord, type ArticleView } from '../../extract/view';
import { ceasedBefore } from './threat-frames';
import { QUOTE_MARK } from '../../extract/quotes';
import { actVerbAt } from './act-verbs';
import { sentenceCache } from '../../extract/sentence-cache';
import { isPassive, subjectsOf } from './conflict-words';
import { isSanctioningVerb, reasonBefore } from './threat-sanctioning';

/** Parts of speech that may stand between the verb and its measure ("its new", "a third", "EU"). */
const GAP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PROPN']);

/** The mention of the actor that sanctions in one of the ranges are aimed at, or -1. */
export function sanctionedActor(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const targeted = targetedActor(view, sentence, ranges);
  if (targeted >= 0) return targeted;
  const named = sanctionedByVerb(view, sentence, ranges);
  if (named >= 0) return named;
  const measures = measuresOf(view, sentence);
  if (measures.length === 0) return -1; // most sentences: no verb that puts a measure in place
  for (const range of ranges) {
    const last = Math.min(range.to, sentence.tokens.length - 1);
    for (const { verb: k, noun } of measures) {
      if (k < range.from) continue;
      if (k > last) break;
      // what the mentions say is read now: later stages of the article may still change them
      if (noun > last || askedOfOthers(view, sentence, k) || doneByAgent(view, sentence, k)) continue;
      const aimed = aimedActor(view, sentence, noun + 1, last);
      if (aimed >= 0) return aimed;
    }
  }
  return -1;
}

/** "said the new sanctions target Russia's military": the actor a measure said to target names, in one of the ranges, or -1. */
function targetedActor(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const verbs = targetingOf(view, sentence);
  for (const range of ranges) {
    const last = Math.min(range.to, sentence.tokens.length - 1);
    for (const verb of verbs) {
      if (verb - 1 < range.from || verb > last) continue;
      // the object may be long ("target 14 individuals and entities of the Russian military")
      const actor = firstActorIn(view, sentence, verb + 1, Math.min(last, reasonBefore(view, sentence, verb)));
      if (actor >= 0) return actor;
    }
  }
  return -1;
}

/**
 * "Canada has sanctioned the ringleaders of the Iranian military", "we are sanctioning 35 firms
 * tied to Iran", "Iranian commanders have been sanctioned": the actor a verb that is itself a
 * sanction (threat-frames.json sanctioningVerbs) falls on, in one of the ranges, or -1. Its object
 * (the first actor named after it, before the sanction's reason), or in the passive its subject;
 * a demonym counts ("the Iranian military").
 */
function sanctionedByVerb(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const verbs = sanctioningVerbsOf(view, sentence);
  if (verbs.length === 0) return -1;
  for (const range of ranges) {
    for (const verb of verbs) {
      if (verb < range.from || verb > range.to) continue;
      const actor = isPassive(sentence, verb) ? lastActorIn(view, sentence, range.from, verb - 1) : firstActorIn(view, sentence, verb + 1, reasonBefore(view, sentence, verb));
      if (actor >= 0) return actor;
    }
  }
  return -1;
}

/**
 * The sides that put the sanctions in one of the ranges in place: the subjects of active verbs of
 * sanctioning and of verbs that put a measure in place ("Canada has sanctioned X", "Spain imposed
 * sanctions on X"). A speaker reporting them speaks for that side, which is never the target.
 */
export function sanctioningSides(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number[] {
  const verbs = [...sanctioningVerbsOf(view, sentence).filter((k) => !isPassive(sentence, k)), ...measuresOf(view, sentence).map((m) => m.verb)];
  return verbs.filter((k) => ranges.some((r) => k >= r.from && k <= r.to)).flatMap((k) => subjectsOf(view, sentence, k));
}

const sanctioningCache = sentenceCache<number[]>();

/** The sentence's verbs of sanctioning that are not negated, once per sentence. */
function sanctioningVerbsOf(view: ArticleView, sentence: Sentence): number[] {
  let verbs = sanctioningCache.get(view, sentence);
  if (verbs) return verbs;
  const { tokens } = sentence;
  verbs = [];
  for (let k = 0; k < tokens.length; k++) if (isSanctioningVerb(view, tokens, k)) verbs.push(k);
  sanctioningCache.set(view, sentence, verbs);
  return verbs;
}

/** The first mention of an actor (no place) starting in from..to, or -1. */
export function firstActorIn(view: ArticleView, sentence: Sentence, from: number, to: number): number {
  return view.bySentence[sentence.index].find((m) => isActorFrom(view, m, from, to)) ?? -1;
}

/** The last mention of an actor (no place) starting in from..to, or -1. */
function lastActorIn(view: ArticleView, sentence: Sentence, from: number, to: number): number {
  const found = view.bySentence[sentence.index].filter((m) => isActorFrom(view, m, from, to));
  return found.length > 0 ? found[found.length - 1] : -1;
}

function isActorFrom(view: ArticleView, m: number, from: number, to: number): boolean {
  const mention = view.mentions[m];
  return mention.tokens[0] >= from && mention.tokens[0] <= to && mention.label !== 'Location';
}

const targetingCache = sentenceCache<number[]>();

/** Parts of speech that open the object of a verb the tagger read as a noun. */
const OBJECT_START_TAGS = new Set(['PROPN', 'NUM', 'DET']);

/** The verbs of targeting whose subject is a measure ("sanctions target"), once per sentence. */
export function targetingOf(view: ArticleView, sentence: Sentence): number[] {
  let verbs = targetingCache.get(view, sentence);
  if (verbs) return verbs;
  const { tokens } = sentence;
  const { sanctionNouns, measureTargetVerbs } = view.knowledge.threatFrames;
  const byFirst = phrasesByFirstWord(sanctionNouns);
  verbs = [];
  for (let k = 1; k < tokens.length; k++) {
    // the tagger reads "sanctions target Russia" as a compound noun: a name, a number or a
    // determiner right after makes it the verb ("target 14 individuals", "target the regime's banks")
    const verb = tokens[k].pos === 'VERB' || (tokens[k].pos === 'NOUN' && OBJECT_START_TAGS.has(tokens[k + 1]?.pos ?? ''));
    if (!verb || !measureTargetVerbs.has(tokens[k].lemma)) continue;
    if ((byFirst.get(tokens[k - 1].normal) ?? []).some((phrase) => phrase.length === 1)) verbs.push(k);
  }
  targetingCache.set(view, sentence, verbs);
  return verbs;
}

/** A verb that puts a measure in place and the last token of its measure ("imposed new sanctions"). */
export interface Measure {
  verb: number;
  noun: number;
}

const measuresCache = sentenceCache<Measure[]>();

/**
 * The sentence's verbs that put a measure in place, not ceased or named as a threat, each with its
 * measure, in token order: what sanctionedActor reads the same way for every clause of the
 * sentence (each verb of saying and each relation type asks), found once per sentence.
 */
export function measuresOf(view: ArticleView, sentence: Sentence): Measure[] {
  let measures = measuresCache.get(view, sentence);
  if (measures) return measures;
  const { tokens } = sentence;
  measures = [];
  for (let k = 0; k < tokens.length; k++) {
    const spelled = sanctionVerbAt(view, tokens, k);
    if (spelled === 0 || ceasedBefore(view, tokens, k) || namedThreat(view, tokens, k)) continue;
    const noun = measureAfter(view, tokens, k + spelled);
    if (noun >= 0) measures.push({ verb: k, noun });
  }
  measuresCache.set(view, sentence, measures);
  return measures;
}

/** How many words a verb that puts a measure in place spells at tokens[k] ("impose", "roll out"), or 0. */
function sanctionVerbAt(view: ArticleView, tokens: Token[], k: number): number {
  if (tokens[k].pos !== 'VERB') return 0;
  const acting = actVerbAt(view, tokens, k);
  if (acting > 0) return acting;
  const verb = phrasesByFirstWord(view.knowledge.threatFrames.sanctionVerbs).get(tokens[k].lemma)?.find((phrase) => phraseAt(tokens, k, phrase));
  return verb ? verb.length : 0;
}

/** The last token of a measure ("sanctions", "an arms embargo") at `from` or after a few determiners and modifiers, or -1. */
function measureAfter(view: ArticleView, tokens: Token[], from: number): number {
  const { nounGap, sanctionNouns } = view.knowledge.threatFrames;
  const byFirst = phrasesByFirstWord(sanctionNouns);
  for (let k = from, skipped = 0; k < tokens.length && skipped <= nounGap; k++) {
    const t = tokens[k];
    const noun = [...(byFirst.get(t.normal) ?? []), ...(byFirst.get(t.lemma) ?? [])].find((phrase) => phraseAt(tokens, k, phrase));
    if (noun) return k + noun.length - 1;
    if (QUOTE_MARK.test(t.text)) continue;
    // "a new tranche of 23 sanctions": a container of measures and its "of" (part of the measure, no gap)
    if (view.knowledge.threatFrames.measureContainers.has(t.normal) && tokens[k + 1]?.normal === 'of') {
      k++;
      continue;
    }
    // "new trade sanctions", "landmark sanctions": a noun of the compound, also right after the verb
    if (!GAP_TAGS.has(t.pos) && t.pos !== 'NOUN') return -1;
    skipped++;
  }
  return -1;
}

/** The actor named right after an aimer ("on Russia", "against the regime in X") within aimReach words of the measure, or -1. */
export function aimedActor(view: ArticleView, sentence: Sentence, from: number, last: number): number {
  const { tokens } = sentence;
  const { sanctionAimers, aimReach } = view.knowledge.threatFrames;
  // an amount does not count against the reach ("a penalty payment of €280.5 million on X")
  for (let j = from, words = 0; j <= last && words < aimReach; j++) {
    if (tokens[j].pos === 'NUM' || tokens[j].pos === 'SYM') continue;
    words++;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return -1;
    if (!sanctionAimers.has(tokens[j].normal)) continue;
    const actor = view.bySentence[sentence.index].find((m) => {
      const mention = view.mentions[m];
      // a demonym counts: "sanctions on several top Belarusian officials"
      return mention.tokens[0] > j && mention.tokens[0] <= j + 1 + aimReach && mention.label !== 'Location';
    });
    return actor ?? -1;
  }
  return -1;
}

/**
 * "urged the EU to impose sanctions on X", "called on them to impose": a measure asked of someone
 * else is the asker's proposal, not a threat. The "to" comes right after that one: a name or a
 * pronoun ("troops to command operations to destroy" asks nobody).
 */
export function askedOfOthers(view: ArticleView, sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  let to = k - 1;
  while (to >= 0 && tokens[to].pos === 'ADV') to--;
  if (to < 1 || tokens[to].normal !== 'to') return false;
  return tokens[to - 1].pos === 'PRON' || mentionEndingAt(view, sentence, to - 1) !== null;
}

/** "China has responded with threats to impose tariffs on X": a threat the words name is its author's (nominalThreats), not the speaker's. */
function namedThreat(view: ArticleView, tokens: Token[], k: number): boolean {
  return k >= 2 && tokens[k - 1].normal === 'to' && view.knowledge.cues.threatNouns.has(tokens[k - 2].normal);
}

/** How far before the verb an agent may be named ("the announcement by the EU today imposing tariffs"). */
const AGENT_REACH = 6;

/** "the announcement by the European Union imposing tariffs on X": the measure is the agent's, whoever reports it. */
export function doneByAgent(view: ArticleView, sentence: Sentence, k: number): boolean {
  const { tokens } = sentence;
  for (let j = k - 1; j >= 0 && j >= k - AGENT_REACH; j--) {
    if (!view.knowledge.threatFrames.agentWords.has(tokens[j].normal)) continue;
    return view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[0] > j && view.mentions[m].tokens[0] < k);
  }
  return false;
}

/**
 * "called for new sanctions against Iran", "is calling on the Council to approve a round of
 * sanctions against Iran": a call for a measure aimed at a party is the caller's threat against it,
 * whoever is asked to put the measure in place (CAMEO 1041/1042-style appeals for sanctions). The
 * aimed party, in what the call says after its verb, or -1.
 */
export function calledForMeasure(view: ArticleView, sentence: Sentence, cue: { token: number; lemma: string }, ranges: Array<{ from: number; to: number }>): number {
  // an appeal ("urged", "called on X to", "called for"), not a body's own proposal of its measures ("proposed a sanctions package")
  if (cue.token < 0 || !(view.knowledge.proposalActs.appealVerbs.has(cue.lemma) || view.knowledge.threatFrames.measureCalls.has(cue.lemma))) return -1;
  const { tokens } = sentence;
  const byFirst = phrasesByFirstWord(view.knowledge.threatFrames.sanctionNouns);
  for (const range of ranges) {
    const last = Math.min(range.to, tokens.length - 1);
    for (let k = Math.max(range.from, cue.token + 1); k <= last; k++) {
      const noun = (byFirst.get(tokens[k].normal) ?? []).find((phrase) => phraseAt(tokens, k, phrase));
      if (!noun || ceasedBefore(view, tokens, k)) continue; // "urged Iran to lift its sanctions on X"
      const aimed = aimedActor(view, sentence, k + noun.length, last);
      if (aimed >= 0) return aimed;
    }
  }
  return -1;
}
