// What the ACCUSATION and REJECTION detectors share: a verb of verbal conflict as the knowledge
// writes it ("rule out", "say no to"), who does it when the verb has its own subject or agent
// ("said Hamas had rejected", "was accused by Moscow"), and the claims of actors other than the
// speaker that such verbs and nouns make in a sentence.
import type { Claim, ClaimType, Sentence, Token } from '../../model/types';
import type { VerbalConflictKnowledge } from '../../knowledge/verbal-conflict';
import { cleftAt } from './cleft';
import { coordinatedAfter } from '../../extract/targets';
import { declinesOnly } from './declines';
import { othersPronounAt, ownSide } from './speaker-side';

export { declinesOnly } from './declines';
export { othersPronounAt, ownSide } from './speaker-side';
import { mentionEndingAt, mentionsFrom, negatedBefore, type ArticleView } from '../../extract/view';
import { baseForm, perfectParticipleAt } from '../../lang/en/morphology';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { sentenceCache } from '../../extract/sentence-cache';
import { verbForm } from './verb-forms';
import { betweenSubjectAndVerb } from '../../extract/speakers/subject-phrases';

export { verbForm } from './verb-forms';

/** How far before a verb a negation counts ("did not rule out", "has never denied"). */
export const NEGATION_REACH = 3;
/** Auxiliaries, adverbs and a time between a subject and its verb ("Beijing has repeatedly denied", "Canada on Monday imposed"). */
const SUBJECT_GAP = 4;

/** Is the token at i a verb of the set (wink's lemma, or the suffix cut of a headline's word)? */
export function conflictVerbAt(tokens: Token[], i: number, verbs: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return t.pos === 'VERB' && verbs.has(verbForm(tokens, i, baseForm(t), verbs));
}

/** How far before a verb, within its clause, "if" makes it hypothetical: "if it turns down the deal". */
const CONDITION_REACH = 6;

/** Negated ("did not rule out") or hypothetical ("if Hamas rejects the deal"): no claim. */
export function negatedAt(view: ArticleView, sentence: Sentence, i: number): boolean {
  return negatedBefore(sentence.tokens, i, view.knowledge.cues.negators, NEGATION_REACH) || conditionalAt(view, sentence, i);
}

/** Hypothetical: "if Hamas rejects the deal", "unless Quito would not accept"; the condition within `reach` words, in the verb's clause. */
export function conditionalAt(view: ArticleView, sentence: Sentence, i: number, reach = CONDITION_REACH): boolean {
  const { tokens } = sentence;
  for (let k = i - 1; k >= Math.max(0, i - reach) && tokens[k].pos !== 'PUNCT'; k--) {
    if (view.knowledge.verbalConflict.conditionals.has(tokens[k].normal)) return true;
  }
  return false;
}

/** "was accused", "were rejected", "has been denied": a participle after a form of "be" (not "is accusing"). */
function passiveAt(tokens: Token[], i: number): number {
  if (tokens[i].normal.endsWith('ing')) return -1;
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_GAP); k--) {
    if (tokens[k].pos === 'AUX' && tokens[k].lemma === 'be') return k;
    if (tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX') return -1;
  }
  return -1;
}

/** The agents of a passive verb: "was reportedly rejected by Prime Minister Boris Johnson", or [] if none. */
export function passiveAgents(view: ArticleView, sentence: Sentence, i: number): number[] {
  const { tokens } = sentence;
  if (passiveAt(tokens, i) < 0) return [];
  const by = tokens[i + 1]?.normal === 'by' ? i + 1 : tokens[i + 2]?.normal === 'by' && tokens[i + 1].pos === 'ADV' ? i + 2 : -1;
  return by < 0 ? [] : coordinatedAfter(view, sentence, by + 1).filter((m) => view.mentions[m].tokens[0] <= by + 5);
}

export function isPassive(sentence: Sentence, i: number): boolean {
  return passiveAt(sentence.tokens, i) >= 0;
}

/** Where a mention's phrase starts, its article included ("the United States"). */
function phraseStartOf(view: ArticleView, sentence: Sentence, m: number): number {
  const mention = view.mentions[m];
  let start = mention.phraseStart ?? mention.tokens[0];
  // "Chairman of the Joint Chiefs of Staff Army Gen. X": the title before the name is the same person's
  const title = mentionEndingAt(view, sentence, start - 1);
  if (title !== null && view.mentions[title].kind === 'title' && view.mentions[title].canonical === mention.canonical) start = view.mentions[title].phraseStart ?? view.mentions[title].tokens[0];
  return sentence.tokens[start - 1]?.pos === 'DET' ? start - 1 : start;
}

/**
 * The actors coordinated in a subject that ends with mention `last`: "Both Colombia and the United
 * States", "Hungary and Slovakia", a list ("the US, the EU, Britain and Canada"), and a headline's
 * list after a break ("…; Seoul, Tokyo denounce").
 */
export function coordinatedSubject(view: ArticleView, sentence: Sentence, last: number): number[] {
  const { tokens } = sentence;
  const group = [last];
  let listed = false; // "A, B, C and D": an "and" before the last makes the commas a list's
  for (;;) {
    const joiner = phraseStartOf(view, sentence, group[0]) - 1;
    const word = tokens[joiner]?.normal;
    if (word !== 'and' && word !== ',') break;
    const previous = mentionEndingAt(view, sentence, joiner - 1);
    if (previous === null) break;
    const start = phraseStartOf(view, sentence, previous);
    if (word === ',' && !listed && !(start === 0 || tokens[start - 1].pos === 'PUNCT' && tokens[start - 1].normal !== ',')) break;
    if (word === 'and') listed = true;
    group.unshift(previous);
  }
  return group;
}

/** The actor whose clause the verb at i is, past auxiliaries, adverbs and quote marks: "NATO was “openly preparing", or null. */
export function clauseSubject(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  let j = i - 1;
  while (j >= 0 && i - j <= SUBJECT_GAP + 1 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART' || (tokens[j].pos === 'PUNCT' && tokens[j].normal !== ','))) j--;
  return mentionEndingAt(view, sentence, j);
}

/** How many words of a place may follow a body: "the Chinese embassy in Buenos Aires". */
const SEAT_WORDS = 3;

/**
 * The actor whose phrase ends at token j, or the one a head word or a seat hangs off: "the
 * Japanese government" is Japan (a word for a government after a state's name or demonym), "the
 * Chinese embassy in Canberra" is the embassy (not the city it sits in); or null.
 */
function headedSubject(view: ArticleView, sentence: Sentence, j: number): number | null {
  const { tokens } = sentence;
  const subject = mentionEndingAt(view, sentence, j);
  if (subject === null && view.knowledge.functionWords.governmentWords.has(tokens[j]?.normal ?? '')) {
    // the demonym qualifies the word for a government: no mention ends there for mentionEndingAt
    const state = mentionsFrom(view, sentence, Math.max(0, j - SEAT_WORDS), j - 1).find((m) => view.mentions[m].tokens[1] === j - 1 && view.mentions[m].label === 'State');
    return state ?? null;
  }
  if (subject !== null && view.mentions[subject].label !== 'Location') return subject;
  let k = subject === null ? j : phraseStartOf(view, sentence, subject) - 1;
  while (k >= 0 && j - k < SEAT_WORDS && tokens[k].pos === 'PROPN') k--;
  if (tokens[k]?.normal !== 'in') return subject;
  const body = mentionEndingAt(view, sentence, k - 1);
  return body !== null && view.mentions[body].label === 'Organization' ? body : subject;
}

/** The actors named as the verb's subject, right before it or past auxiliaries and adverbs: "Hungary and Slovakia refused". */
export function subjectsOf(view: ArticleView, sentence: Sentence, i: number): number[] {
  const { tokens } = sentence;
  let j = i - 1;
  while (j >= 0 && i - j <= SUBJECT_GAP && betweenSubjectAndVerb(view, sentence, j)) j--;
  const subject = headedSubject(view, sentence, j);
  if (subject === null) return [];
  const group = coordinatedSubject(view, sentence, subject);
  // "a source close to Hamas rejected", "a spokesman for Hamas denied": the actor is inside the
  // subject (a phrase after a noun, with no verb before it); not "the talks ended after Latvia refused"
  const before = phraseStartOf(view, sentence, group[0]) - 1;
  const attached = tokens[before]?.pos === 'ADP' && ['NOUN', 'ADJ', 'DET'].includes(tokens[before - 1]?.pos ?? '') && !tokens.slice(0, before).some((t) => t.pos === 'VERB');
  return attached ? [] : group;
}

/**
 * A verb in the speaker's words that the speaker does: no subject of its own (", accusing Ali of"),
 * or the speaker's own side ("said Moscow had rejected"); not someone else's ("said Hamas had
 * rejected": Hamas's claim), nor a passive one ("was rejected by"), nor a negated one.
 */
export function speakersOwnVerb(view: ArticleView, sentence: Sentence, speaker: number, i: number): boolean {
  if (negatedAt(view, sentence, i) || isPassive(sentence, i) || othersPronounAt(view, sentence, speaker, i)) return false;
  return subjectsOf(view, sentence, i).every((m) => ownSide(view, speaker, m));
}

/** How far after its support verb an accusation noun may be: "lodged a strong protest". */
const SUPPORT_REACH = 3;

// What a token is to the ACCUSATION and REJECTION detectors, one bit each (conflictTags).
/** An accusation verb, or a support verb with an accusation noun ("lodged a strong protest"). */
export const ACCUSES = 1;
/** A rejection verb, not one that only declines ("refused to comment"). */
export const REJECTS = 2;
/** A verb that rejects when negated ("will not accept"). */
export const ACCEPTS = 4;
/** A word of reproach, not a hypothetical one ("any provocation"). */
export const REPROACH = 8;
/** A word that reproaches as a label ("described ... as a threat"), not a hypothetical one. */
export const LABEL = 16;
/** A word that denies a claim ("fabrications", "baseless"). */
export const DISMISSAL = 32;
/** A noun of what can be rejected: a claim, report or proposal. */
export const CLAIM_NOUN = 64;
/** A noun that names an accusation ("accusation", "protest"). */
export const ACCUSATION_NOUN = 128;
/** A noun that names a rejection ("refusal"). */
export const REJECTION_NOUN = 256;
/** A label after "as" or a form of "be": "rejected the plan as an attack", "this is a serious threat to us". */
export const LABELLED = 512;
/** A verb that ascribes a hostile intent to its subject: "was preparing for a war". */
export const INTENT = 4096;
/** A verb of force or wrongdoing that accuses whoever did it: "said Azerbaijan had shelled the villages". */
export const MISDEED = 8192;
/** A labelling verb whose label reproaches: "branded Belarus a terrorist state", not "called for talks". */
export const LABELLING = 16384;
/** The first word of a phrase that denies a claim: "nothing to do with", "no grounds". */
export const DENIAL = 32768;
/** A verb whose subject punishes its object for a wrongdoing: "fined Google for breaching the rules". */
export const PUNISHES = 65536;
/** A noun of a rejecting stance: "the non-recognition of the annexation". */
export const STANCE = 131072;
/** The first word of a phrase that says there is none of something: "there have been no". */
export const NONE = 262144;
/** A noun of a proposal made before: "dismissed the proposal". */
export const ANSWERED_PROPOSAL = 1024;
/** A noun of a claim made before: "rejected the accusations". */
export const ANSWERED_CLAIM = 2048;

export interface ConflictTags {
  /** Per token, its bits. */
  tags: Uint32Array;
  /** Every bit some token of the sentence has: a detector whose bits are missing has nothing to look at. */
  any: number;
}

/** How far after a verb of intent its object may be: "preparing for a new war". */
const INTENT_REACH = 4;

/** How far after its verb the object of an object verb may be: "held the Bolivian government responsible". */
const OBJECT_REACH = 5;

/** "Algeria is to blame": the verb says what its subject is, it is no act of the subject's. */
function predicateAt(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.normal === 'to' && tokens[i - 2]?.pos === 'AUX' && tokens[i - 2]?.lemma === 'be';
}

/** How far before an accusation verb a word of the future makes it a prediction: "would surely regret it". */
const FUTURE_REACH = 2;

/** An accusation verb, or a support verb with an accusation noun: "lodged a strong protest with Pyongyang". */
function accusesAt(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { verbs, supportVerbs, nouns, future, objectVerbs } = view.knowledge.verbalConflict.accusation;
  const { tokens } = sentence;
  if (conflictVerbAt(tokens, i, verbs)) return !tokens.slice(Math.max(0, i - FUTURE_REACH), i).some((t) => future.has(t.normal)) && !predicateAt(tokens, i);
  // "held Bolivia responsible for the collapse"
  const objects = tokens[i].pos === 'VERB' ? objectVerbs.get(baseForm(tokens[i])) : undefined;
  if (objects && tokens.slice(i + 1, i + 1 + OBJECT_REACH).some((t) => objects.has(t.normal))) return true;
  return tokens[i].pos === 'VERB' && supportVerbs.has(tokens[i].lemma) && tokens.slice(i + 1, i + 1 + SUPPORT_REACH).some((t) => t.pos === 'NOUN' && nouns.has(t.normal));
}

/** "declined the offer", "declined talks": a verb that rejects only with one of its objects within reach (singular or plural). */
function withObjectAt(tokens: Token[], i: number, objectVerbs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const objects = objectVerbs.get(baseForm(tokens[i]));
  if (!objects) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + OBJECT_REACH) && tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'VERB'; k++) {
    if (objects.has(tokens[k].normal) || objects.has(tokens[k].normal.replace(/s$/, ''))) return true;
  }
  return false;
}

/** How far after a word of blame its harm may be: "was behind last week's deadly sabotage". */
const HARM_REACH = 6;
/** How many adverbs may stand between a form of "be" and a word of blame: "was clearly responsible". */
const BLAME_GAP = 2;

/**
 * "Russia was behind the sabotage", "Kyiv is responsible for the attack", "China bore
 * responsibility for the unrest", "they are behind a plot to kill him": the clause says its subject did a harm named after it; the word
 * of blame (or the verb) then accuses that subject as an act of wrongdoing does.
 */
function blamesAt(view: ArticleView, tokens: Token[], i: number): boolean {
  const { predicates, verbs, verbObjects, harms } = view.knowledge.verbalConflict.accusation.blame;
  const t = tokens[i];
  let after: number;
  if (t.pos === 'VERB' && verbs.has(baseForm(t))) {
    after = verbObjects.has(tokens[i + 1]?.normal ?? '') ? i + 2 : -1;
  } else if (predicates.has(t.normal) && t.pos !== 'VERB') {
    let k = i - 1;
    while (k >= 0 && i - k <= BLAME_GAP && tokens[k].pos === 'ADV') k--;
    after = tokens[k]?.pos === 'AUX' && tokens[k].lemma === 'be' ? i + 1 : -1;
  } else return false;
  if (after < 0) return false;
  // "behind a plan to kill the candidate", "responsible for trying to destabilise": a harm, or the "to" of a misdeed
  const { misdeeds } = view.knowledge.verbalConflict.accusation;
  for (let k = after; k < Math.min(tokens.length, after + HARM_REACH) && tokens[k].normal !== ','; k++) {
    if (harms.has(tokens[k].normal) || (tokens[k - 1]?.normal === 'to' && tokens[k].pos === 'VERB' && conflictVerbAt(tokens, k, misdeeds))) return true;
  }
  return false;
}

/** How far after a verb of punishment the word that names the wrongdoing may be: "fined Google €2.42 billion for". */
const PUNISHED_REACH = 8;

/** "fined Google €2.42 billion for breaching": the word that names the wrongdoing follows, within the clause. */
function punishedFor(tokens: Token[], i: number, prepositions: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + PUNISHED_REACH) && tokens[k].pos !== 'VERB'; k++) if (prepositions.has(tokens[k].normal)) return true;
  return false;
}

/** A verb, or a headline's verb the tagger reads as a plural noun between two names: "Commission fines Google". */
function verbOrHeadlineVerb(tokens: Token[], i: number): boolean {
  return tokens[i].pos === 'VERB' || (tokens[i].pos === 'NOUN' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN');
}

/** How far after a word of reaction its preposition, and after that its actor, may be: "serious concern over U.S. activities". */
const REACTION_REACH = 6;

/**
 * "angered by U.S. Navy forays", "disappointed by the action taken by the EU", "concern over
 * Japan's decision": the first actor (not a place) after the reaction's preposition, or null.
 */
export function reactionTarget(view: ArticleView, sentence: Sentence, i: number): number | null {
  const { tokens } = sentence;
  const { reactionPrepositions } = view.knowledge.verbalConflict.accusation;
  const at = tokens[i + 1] && reactionPrepositions.has(tokens[i + 1].normal) ? i + 1 : tokens[i + 2] && reactionPrepositions.has(tokens[i + 2].normal) ? i + 2 : -1;
  if (at < 0) return null;
  // not a place the act happened in ("concern over the conflict in Ethiopia"): after a preposition, only one of the reaction's
  const actors = mentionsFrom(view, sentence, at + 1, at + REACTION_REACH).filter((m) => {
    const mention = view.mentions[m];
    const before = tokens[(mention.phraseStart ?? mention.tokens[0]) - 1];
    return mention.label !== 'Location' && mention.kind !== 'pronoun' && (before?.pos !== 'ADP' || reactionPrepositions.has(before.normal));
  });
  return actors[0] ?? null;
}

/** How many articles, adjectives, adverbs and quote marks may stand between "as" or "is" and a label: "as “a blatant provocation”". */
const LABEL_REACH = 4;

/** A label after "as" or a form of "be" ("as an attack", "is a serious threat"), not after "not" or in a cleft. */
function labelledAt(tokens: Token[], i: number, words: VerbalConflictKnowledge['accusation']): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - LABEL_REACH); k--) {
    const t = tokens[k];
    if (t.normal === 'as') return true;
    // "would be a major escalation": a warning of what may come, no label of what is
    if (t.pos === 'AUX' && t.lemma === 'be') return !words.future.has(tokens[k - 1]?.normal ?? '') && !cleftAt(tokens, k, i, words);
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !(t.pos === 'PUNCT' && t.normal !== ',')) return false;
  }
  return false;
}

/** Parts of speech that, right after an "-ing" word, are its object. */
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'DET', 'PRON', 'NUM', 'ADJ']);

/** "a trend that is troubling exporters": an "-ing" word with an object is a verb, no label ("is deeply troubling"). */
function transitiveAt(tokens: Token[], i: number): boolean {
  return tokens[i].normal.endsWith('ing') && OBJECT_POS.has(tokens[i + 1]?.pos ?? '');
}

const tagCache = sentenceCache<ConflictTags>(); // per article, not an ephemeron per sentence of the run

/**
 * Each token's bits, found in one pass over the sentence and kept: every speaker's clause, every
 * actor and noun search of both detectors reads them instead of looking the words up again.
 */
/**
 * The words the loop of conflictTags below reads at the token itself, in the form it reads them
 * (src/extract/token-tags.ts): a verb's base form in a list of verbs (a phrase's first word: verbForm
 * only builds "rule out" from "rule"), a support verb's lemma, a noun's or label's normal form. A
 * token that is none of them gets no bits, so the loop skips it. A list the loop reads at the token
 * must be listed here too (tests/unit/token-tags.test.ts compares with every token tagged).
 */
const CONFLICT_WORD = defineTokenTag(({ verbalConflict: { accusation: a, rejection: r } }) => ({
  bases: [...firstWords(a.verbs), ...a.objectVerbs.keys(), ...firstWords(r.verbs), ...r.objectVerbs.keys(), ...r.negated, ...a.intentVerbs, ...firstWords(a.misdeeds), ...a.blame.verbs],
  lemmas: a.supportVerbs,
  normals: [...a.reproaches, ...a.labels, ...r.dismissals, ...r.objects, ...a.nouns, ...r.nouns, ...r.stanceNouns, ...r.noneAnswers.keys(), ...r.denials.keys(), ...a.blame.predicates, ...a.punishments.verbs, ...a.reactions, ...r.answeredProposals, ...r.answeredClaims],
}));

function firstWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => p.split(' ')[0]);
}

/** A sentence with no word of verbal conflict: no bits; one value per length, never written (conflictTags writes only its own). */
const noConflict: ConflictTags[] = [];

export function conflictTags(view: ArticleView, sentence: Sentence): ConflictTags {
  const cached = tagCache.get(view, sentence);
  if (cached) return cached;
  const n = sentence.tokens.length; // the loop below gives no bits without a CONFLICT_WORD token, nor labellingVerbs without a bit
  if ((sentenceTokenTags(view, sentence) & CONFLICT_WORD) === 0) return (noConflict[n] ??= { tags: new Uint32Array(n), any: 0 });
  const { accusation, rejection } = view.knowledge.verbalConflict;
  const { tokens } = sentence;
  const tags = new Uint32Array(tokens.length);
  const words = tokenTags(view, sentence);
  let any = 0;
  for (let i = 0; i < tokens.length; i++) {
    if ((words[i] & CONFLICT_WORD) === 0) continue; // no word of verbal conflict: no bits
    const t = tokens[i];
    let tag = 0;
    if (t.pos === 'VERB') {
      if (accusesAt(view, sentence, i)) tag |= ACCUSES;
      if ((conflictVerbAt(tokens, i, rejection.verbs) || withObjectAt(tokens, i, rejection.objectVerbs)) && !declinesOnly(view, sentence, i)) tag |= REJECTS;
      if (rejection.negated.has(baseForm(t))) tag |= ACCEPTS;
    }
    const word = t.normal;
    // "Algeria is to blame for the crisis": a reproach of Algeria, by whoever says it
    if (t.pos === 'VERB' && predicateAt(tokens, i) && conflictVerbAt(tokens, i, accusation.verbs)) tag |= REPROACH;
    if (accusation.reproaches.has(word) || accusation.labels.has(word)) {
      const hypothetical = tokens.slice(Math.max(0, i - 2), i).some((w) => accusation.hypothetical.has(w.normal));
      if (!hypothetical && accusation.reproaches.has(word)) tag |= REPROACH;
      if (!hypothetical && accusation.labels.has(word) && !transitiveAt(tokens, i)) tag |= labelledAt(tokens, i, accusation) ? LABEL | LABELLED : LABEL;
    }
    // "the files were lies", not "the responsibility lies with"
    if (rejection.dismissals.has(word) && t.pos !== 'VERB') tag |= DISMISSAL;
    if (rejection.objects.has(word)) tag |= CLAIM_NOUN;
    if (accusation.nouns.has(word)) tag |= ACCUSATION_NOUN;
    if (rejection.nouns.has(word)) tag |= REJECTION_NOUN;
    if (rejection.stanceNouns.has(word) && t.pos !== 'VERB') tag |= STANCE;
    if (rejection.noneAnswers.has(word)) tag |= NONE;
    if (rejection.denials.has(word)) tag |= DENIAL;
    if (t.pos === 'VERB' && accusation.intentVerbs.has(baseForm(t)) && tokens.slice(i + 1, i + 1 + INTENT_REACH).some((w) => accusation.intentObjects.has(w.normal))) tag |= INTENT;
    if (conflictVerbAt(tokens, i, accusation.misdeeds) || (perfectParticipleAt(tokens, i) && accusation.misdeeds.has(baseForm(t))) || blamesAt(view, tokens, i)) tag |= MISDEED;
    if (verbOrHeadlineVerb(tokens, i) && accusation.punishments.verbs.has(word) && punishedFor(tokens, i, accusation.punishments.prepositions)) tag |= PUNISHES;
    // "disappointed by the action taken by the EU": a reproach of the actor after it
    if (accusation.reactions.has(word) && !negatedAt(view, sentence, i) && reactionTarget(view, sentence, i) !== null) tag |= REPROACH;
    if (t.pos === 'NOUN' && rejection.answeredProposals.has(word)) tag |= ANSWERED_PROPOSAL;
    if (t.pos === 'NOUN' && rejection.answeredClaims.has(word)) tag |= ANSWERED_CLAIM;
    tags[i] = tag;
    any |= tag;
  }
  if ((any & (REPROACH | LABEL | DISMISSAL)) !== 0) any |= labellingVerbs(view, sentence, tags);
  const result = { tags, any };
  tagCache.set(view, sentence, result);
  return result;
}

/** How far after a labelling verb its label may be: "branded the neighbouring state a “terrorist regime”". */
const LABELLING_REACH = 8;

/** Is one of the bits on a word of the label a labelling verb at i gives, within reach and the clause? */
export function labelHas(sentence: Sentence, tags: Uint32Array, i: number, bits: number): boolean {
  const { tokens } = sentence;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + LABELLING_REACH) && tokens[k].pos !== 'VERB'; k++) if ((tags[k] & bits) !== 0) return true;
  return false;
}

/** Marks the labelling verbs whose label, within reach and the clause, reproaches or denies ("called the report a fabrication"); returns LABELLING if any. */
function labellingVerbs(view: ArticleView, sentence: Sentence, tags: Uint32Array): number {
  const { tokens } = sentence;
  const { labelVerbs } = view.knowledge.verbalConflict.accusation;
  let found = 0;
  for (let i = 0; i < tokens.length; i++) {
    // wink tags a past form before a name as an adjective now and then: "Lithuania branded/ADJ Belarus"
    const verb = tokens[i].pos === 'VERB' || (tokens[i].pos === 'ADJ' && ['PROPN', 'DET'].includes(tokens[i + 1]?.pos ?? ''));
    if (!verb || !labelVerbs.has(baseForm(tokens[i])) || tokens[i + 1]?.pos === 'ADP') continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 1 + LABELLING_REACH) && tokens[k].pos !== 'VERB'; k++) {
      if ((tags[k] & (REPROACH | LABEL | DISMISSAL)) === 0) continue;
      tags[i] |= LABELLING;
      found = LABELLING;
      break;
    }
  }
  return found;
}

export interface ConflictClaimKind {
  type: ClaimType;
  /** The tag of a verb that makes a claim of the type (ACCUSES, REJECTS). */
  verb: number;
  /** Instead of an un-negated verb of the tag: which verbs make the claim ("would not accept"). */
  verbAt?(view: ArticleView, sentence: Sentence, i: number): boolean;
  /** Whom a claim of the verb at token i by `agents` is aimed at, best first. */
  targetsAfter(view: ArticleView, sentence: Sentence, i: number, agents: number[]): number[];
}

/**
 * Claims of actors other than the sentence's speakers: the subject of a verb in someone's words
 * ("Taipei said Beijing had rejected the proposal"), each actor of a coordinated subject ("Hungary
 * and Slovakia refused"), and the agent of a passive ("was accused by Moscow of").
 */
export function actorClaims(view: ArticleView, sentence: Sentence, claims: Claim[], kind: ConflictClaimKind): Claim[] {
  const { tokens } = sentence;
  const out: Claim[] = [];
  const { tags, any } = conflictTags(view, sentence);
  if ((any & kind.verb) === 0) return out; // most sentences: before any set is made
  const done = new Set(claims.filter((c) => c.type === kind.type).map((c) => view.mentions[c.source].canonical));
  // the speakers of the sentence's verbs of saying (each has a statement): an actor that only
  // labelled ("branded X a ...", an accusation) may still reject in the same words
  const speakers = [...new Set(claims.filter((c) => c.type === 'STATEMENT').map((c) => c.source))];
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
  for (let i = 0; i < tokens.length; i++) {
    if ((tags[i] & kind.verb) === 0 || (kind.verbAt ? !kind.verbAt(view, sentence, i) : negatedAt(view, sentence, i))) continue;
    const passive = isPassive(sentence, i);
    const agents = passive ? passiveAgents(view, sentence, i) : subjectsOf(view, sentence, i);
    // the speaker's own side ("Peskov said Moscow had rejected") is the speaker's claim, and Moscow's
    const fresh = agents.filter((m) => view.mentions[m].label !== 'Location' && !done.has(view.mentions[m].canonical) && !speakers.includes(m));
    if (fresh.length === 0) continue;
    const targets = passive ? passiveTargets(view, sentence, i, agents) : kind.targetsAfter(view, sentence, i, agents);
    for (const m of fresh) {
      done.add(view.mentions[m].canonical);
      out.push({ type: kind.type, source: m, targets, evidence, cue: baseForm(tokens[i]) });
    }
  }
  return out;
}

/** "Kyiv was accused by Moscow": the subject before the passive is the one it is aimed at. */
function passiveTargets(view: ArticleView, sentence: Sentence, i: number, agents: number[]): number[] {
  const be = passiveAt(sentence.tokens, i);
  const subject = be > 0 ? mentionEndingAt(view, sentence, be - 1) : null;
  return subject === null || agents.includes(subject) ? [] : coordinatedSubject(view, sentence, subject);
}

/** The actors after the verb, not its agents nor their side: its object first. */
export function actorsAfter(view: ArticleView, sentence: Sentence, i: number, agents: number[]): number[] {
  return mentionsFrom(view, sentence, i + 1, sentence.tokens.length - 1).filter((m) => {
    const mention = view.mentions[m];
    return mention.label !== 'Location' && mention.qualifies === undefined && !agents.some((a) => ownSide(view, a, m));
  });
}
