// PROPOSAL: the speaker offers, plans, pledges, calls for or commits to an action (knowledge:
// cues.json "proposal"), not when negated, and not when the plan inside the speaker's words is
// someone else's — that is a proposal of its own ("the folly they [Paris and London] are
// promoting"); so is "X's plan" with no verb of saying.
import { wishedActor } from './proposal-wishes';
import { callForActionAt } from '../../extract/speakers/calls-for-action';
import type { Claim, Sentence, Token } from '../../model/types';
import { forgetNamePhrases, isCueToken } from '../../extract/speakers/find-speakers';
import { contentRanges, ownNames, targetsOf } from '../../extract/targets';
import { phraseAt } from '../../extract/lexicon-match';
import { mentionEndingAt, negatedBefore, NEGATION_WINDOW, type ArticleView, type Cue } from '../../extract/view';
import { baseForm, isIngForm, isParticipleForm, isPossessive, speechVerbTaggedAsNoun } from '../../lang/en/morphology';
import type { Detector } from './detector';
import { threatPhraseAt } from './threat';
import { cameFrom, joinedIn, nominalClaims } from './nominal';
import { proposalAgent, reportedClauseSubject } from './proposal-agent';
import { actProposals, coordinatedProposals, reportedOwnProposals, type SignalReader } from './proposal-acts';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { sentenceCache } from '../../extract/sentence-cache';
import { deadlineProposals, hortativeAt } from './proposal-deadlines';
import { cooperationObjectAfter, presentedProposalAfter } from './proposal-objects';
import { harmFollows, type ProposalSignal } from './proposal-harm';
import { warnedToAct } from './threat-warnings';
import { ultimatumIn } from './threat-demands';
import { participleAgent } from '../../extract/speakers/passive-agent';
import { ADDRESSEE_REACH, addresseeInfinitive, commonAddresseeInfinitive, infinitiveAt } from './proposal-addressees';
import { infinitiveCall, pronounSubjectBefore } from './proposal-calls';

export type { ProposalSignal } from './proposal-harm';

export function isProposal(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }): boolean {
  const speaker = view.mentions[source];
  if (speaker.conduit && cue.lemma === 'suggest') return false; // a report that "suggested" reports
  const ranges = contentRanges(sentence, cue, region);
  const signals: ProposalSignal[] = [];
  for (const r of ranges) signals.push(...proposalSignals(view, sentence, r)); // in range order, as a flatMap (without its generic cost)
  // "warned the rebels to surrender": a warning that tells the warned to act demands it (a threat besides)
  if (cue.token >= 0 && view.knowledge.cues.warnVerbs.has(cue.lemma) && warnedToAct(sentence.tokens, cue.token)) return true;
  // "vowed retaliation", "pledged to crush them": a promise of harm is a threat, not a proposal
  if (cue.token >= 0 && threatPhraseAt(view, sentence, { from: cue.token + 1, to: Math.min(cue.token + 3, region.to) }) >= 0) return false;
  if (cue.token >= 0 && (proposalSignalAt(view, sentence.tokens, cue.token, sentence) || cue.lemma === 'offer')) {
    if (otherSubject(view, sentence, cue.token, source)) return false; // "if the Security Council wants to help to make the proposal happen"
    return !harmFollows(view, sentence, { token: cue.token, explicit: true }, region.to); // "Tenenbaum suggested", "Zelensky has called for", "made the offer"
  }
  // "I hope Serbia will choose dialogue", "we expect Belgrade to respect the agreement"
  if (ranges.some((r) => wishedActor(view, sentence, [r]) >= 0)) return true;
  if (ultimatumIn(view, sentence, source, ranges)) return true; // "we will attack unless X steps down": an ultimatum demands its act
  // an obligation calls on its subject ("the board should hold a new vote"): the caller proposes
  // whoever must act; any other signal proposes only for the speaker's side
  return signals.some(
    (signal) =>
      (!harmFollows(view, sentence, signal, region.to) || obligationOnOthers(view, sentence.tokens, signal.token)) &&
      (proposalAgent(view, sentence, signal.token, source, cue).speaker || obligationOnActor(view, sentence, signal.token)),
  );
}

/**
 * "countries need to ratchet up pressure on Russia", "the allies must impose sanctions": an obligation
 * laid on others is a call for action even when the act is harm (a threat besides, where the speaker's side acts).
 */
function obligationOnOthers(view: ArticleView, tokens: Token[], modal: number): boolean {
  const k = view.knowledge.callsForAction;
  if (!k.deonticModals.has(tokens[modal].normal) && !k.markedModals.has(tokens[modal].normal)) return false;
  let j = modal - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--;
  return j >= 0 && tokens[j].pos !== 'PRON' && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN');
}

/** Is another named actor the subject of the verb at `verb`, past a chain of auxiliaries and infinitives ("the Council wants to help to make")? */
function otherSubject(view: ArticleView, sentence: Sentence, verb: number, source: number): boolean {
  const { tokens } = sentence;
  let j = verb - 1;
  let passive = false;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART' || (tokens[j].pos === 'VERB' && tokens[j + 1]?.normal === 'to'))) {
    if (tokens[j].lemma === 'be' && j === verb - 1 && !isIngForm(tokens[verb].normal)) passive = true; // "a summit on Lebanon was proposed by the League"
    j--;
  }
  const subject = j >= 0 && !passive ? mentionEndingAt(view, sentence, j) : null;
  if (subject === null || subject === source) return false;
  const m = view.mentions[subject];
  if (tokens[(m.phraseStart ?? m.tokens[0]) - 1]?.pos === 'ADP') return false; // "on Lebanon": no subject
  // "The Secretary reiterated": a title may be the speaker himself, resolved later
  return m.kind !== 'title' && m.label !== 'Location' && m.canonical !== view.mentions[source].canonical && !ownNames(view, source).has(m.canonical);
}

/** "the board should hold a new vote", "the resolution must be implemented": an obligation laid on a named actor, or a passive one; not "the cost for the Kremlin must go up". */
export function obligationOnActor(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (!callForActionAt(tokens, i, view.knowledge.cues.negators, view.knowledge.callsForAction)) return false;
  if (tokens.slice(i + 1, i + 4).some((t) => t.lemma === 'be')) return true;
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--; // "India will have to stop": past the auxiliary
  const subject = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  if (subject === null) return false;
  let before = view.mentions[subject].tokens[0] - 1;
  while (before >= 0 && tokens[before].pos === 'DET') before--;
  // "the government of Argentina should refrain": the state's government is the subject, not a complement
  if (tokens[before]?.normal === 'of' && view.knowledge.functionWords.governmentWords.has(tokens[before - 1]?.normal ?? '')) return true;
  return tokens[before]?.pos !== 'ADP';
}

/**
 * Every word proposalSignalAt below may start a signal with (src/extract/token-tags.ts): a word
 * set it reads must be listed here too, or its words are never looked at.
 */
const PROPOSAL_WORD = defineTokenTag(({ cues, callsForAction, proposalActs }) => ({
  bases: [...cues.proposalVerbs, 'announce', ...proposalActs.appealVerbs, ...proposalActs.intentVerbs, ...proposalActs.objectVerbs, ...proposalActs.presentVerbs, ...proposalActs.firstPersonIntentVerbs, ...proposalActs.firstPersonObjectVerbs],
  normals: [...cues.proposalNouns, 'announcement', ...cues.modals, ...callsForAction.deonticModals, ...callsForAction.markedModals, ...callsForAction.passiveNeeds, ...callsForAction.necessityWords, ...callsForAction.timeWords, ...cues.agreeTo.map((p) => p[0]), ...callsForAction.hortatives],
  lemmas: cues.agreeTo.map((p) => p[0]),
}));

/** Each token's proposal signal in a sentence (null where none or negated), computed once per sentence. */
export const signalCache = sentenceCache<('explicit' | 'commitment' | null)[]>();

export function sentenceSignals(view: ArticleView, sentence: Sentence): ('explicit' | 'commitment' | null)[] {
  let kinds = signalCache.get(view, sentence);
  if (!kinds) {
    const { tokens } = sentence;
    // the negation may stand before the clause: "rejected the plan", "did not offer"
    const words = tokenTags(view, sentence);
    // no token with PROPOSAL_WORD: null everywhere, as the map below would give
    if ((sentenceTokenTags(view, sentence) & PROPOSAL_WORD) === 0) kinds = new Array<'explicit' | 'commitment' | null>(tokens.length).fill(null);
    else kinds = tokens.map((_, i) => ((words[i] & PROPOSAL_WORD) === 0 || (negatedBefore(tokens, i, view.knowledge.cues.negators) && !refusedOffer(view, sentence, i)) ? null : proposalSignalAt(view, tokens, i, sentence)));
    signalCache.set(view, sentence, kinds);
  }
  return kinds;
}

/** How far before "put forward by X" the proposal it presents may be named ("the proposal for conditional independence put forward by"). */
const PRESENTED_REACH = 5;

/** "a plan put forward by Qatar", "the proposal for autonomy presented by X": a proposal noun, then a participle of presenting with its agent (not "a type developed by X"). */
function presentedBy(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const named = tokens.slice(Math.max(0, i - PRESENTED_REACH), i).some((t) => t.pos === 'NOUN' && view.knowledge.cues.proposalNouns.has(t.normal));
  return named && participleAgent(view, sentence, i) !== null;
}

/**
 * "rejected the truce offered by X": X's offer stands, whoever refuses it — a participle with its
 * agent, and nothing before it but verbs of refusal ("would never accept a deal proposed by X" is no
 * offer made).
 */
function refusedOffer(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const negators = view.knowledge.cues.negators;
  for (let k = Math.max(0, i - NEGATION_WINDOW); k < i; k++) if (negators.has(tokens[k].normal) && tokens[k].pos !== 'VERB') return false; // the window negatedBefore reads
  return participleAgent(view, sentence, i) !== null;
}

export function proposalSignals(view: ArticleView, sentence: Sentence, region: { from: number; to: number }): ProposalSignal[] {
  const signals: ProposalSignal[] = [];
  const kinds = sentenceSignals(view, sentence);
  for (let i = Math.max(region.from, 0); i <= region.to && i < kinds.length; i++) {
    const kind = kinds[i];
    // "welcomed the talks proposed by Ethiopia": the participle's agent proposes, not the clause's speaker (proposal-acts.ts)
    if (kind && participleAgent(view, sentence, i) === null) signals.push({ token: i, explicit: kind === 'explicit' });
  }
  return signals;
}

/** One place in a clause that proposes: a proposal verb or noun, "announced plans", "will send". */
export function proposalSignalAt(view: ArticleView, tokens: Token[], i: number, sentence?: Sentence): 'explicit' | 'commitment' | null {
  const cues = view.knowledge.cues;
  const t = tokens[i];
  // "call again on", "urged once more that": adverbs may stand between the verb and the word it needs
  let after = i + 1;
  while ((tokens[after]?.pos === 'ADV' && !cues.negators.has(tokens[after].normal)) || (tokens[after]?.normal === 'more' && tokens[after - 1]?.normal === 'once')) after++;
  const next = tokens[after]?.normal ?? '';
  const base = baseForm(t);
  // "and call on all concerned to": a bare proposal verb after a conjunction, which the tagger may read as a noun
  // "Japan demands that China ...": a present tense the tagger read as a plural noun after a name
  const nounTagged = t.pos === 'NOUN' && speechVerbTaggedAsNoun(tokens, i, cues.speechVerbs) !== null;
  const verbal = t.pos === 'VERB' || nounTagged || (t.pos === 'NOUN' && t.normal === base && (tokens[i - 1]?.pos === 'CCONJ' || pronounSubjectBefore(view, tokens, i)) && cues.proposalVerbNeeds.get(base)?.has(next) === true);
  if (verbal && cues.proposalVerbs.has(base)) {
    if (tokens[i - 1]?.normal === 'as') return null; // "would proceed as planned"
    if (tokens[i - 1]?.pos === 'DET') return null; // "abandon the proposed assembly": a participle naming a thing, proposed by whoever named it
    // "goes ahead with its planned protests": a participle between a possessive and its noun names a thing
    if (isParticipleForm(t.normal) && view.knowledge.functionWords.proposalPossessives.has(tokens[i - 1]?.normal ?? '') && tokens[i + 1]?.pos === 'NOUN') return null;
    if (isIngForm(t.normal) && describing(tokens, i)) return null;
    const needs = cues.proposalVerbNeeds.get(base);
    if (!needs || needs.has(next)) return 'explicit';
  }
  if (hortativeAt(view, tokens, i)) return 'explicit'; // "let us negotiate"
  // "aims to sign", "decided to resume"; "asked Peru to reopen", "wants Rwanda to stop" (knowledge/en/proposal-acts.json)
  if (t.pos === 'VERB' && view.knowledge.proposalActs.intentVerbs.has(base) && infinitiveAt(tokens, i + 1)) return 'explicit';
  const acts = view.knowledge.proposalActs;
  if ((t.pos === 'VERB' || nounTagged) && sentence && acts.appealVerbs.has(base) && (addresseeInfinitive(view, sentence, i) !== null || commonAddresseeInfinitive(view, sentence.tokens, i) || addresseeRequest(view, sentence, i))) return 'explicit';
  if (t.pos === 'VERB' && acts.objectVerbs.has(base) && cooperationObjectAfter(view, tokens, i)) return 'explicit'; // "seeks talks", "wants a ceasefire"
  if (t.pos === 'VERB' && acts.firstPersonObjectVerbs.has(base) && cooperationObjectAfter(view, tokens, i) && firstPersonBefore(view, tokens, i)) return 'explicit'; // "we need an immediate ceasefire"
  if (t.pos === 'VERB' && acts.presentVerbs.has(base) && (presentedProposalAfter(view, tokens, i) || (sentence !== undefined && (relativeProposalBefore(view, sentence, i) || presentedBy(view, sentence, i))))) return 'explicit'; // "put forward a peace plan", "the proposal that Taipei put forward", "a plan put forward by Qatar"
  // "we want to see a ceasefire", "I hope to visit": a wish of the speaker's own side is a plan
  // ("I wanted to come", "I want to say", "we want to make it clear": a past wish, or words about the speech itself, plan nothing)
  if (t.pos === 'VERB' && acts.firstPersonIntentVerbs.has(base) && infinitiveAt(tokens, i + 1) && !aboutSpeech(view, tokens, i + 2) && ((t.normal === base && firstPersonBefore(view, tokens, i)) || reportedOwnSubject(view, tokens, i))) return 'explicit';
  if (infinitiveCall(view, tokens, i, after)) return 'explicit'; // "in their calls to end the violence"
  if (t.pos === 'VERB' && cues.proposalVerbs.has(base)) return null;
  if (t.pos === 'NOUN' && cues.proposalNouns.has(t.normal)) {
    // "welcomed the proposal", "rejected this plan": an existing proposal, not the speaker's new one
    const needs = cues.proposalNounNeeds.get(t.normal);
    if (!needs && view.knowledge.functionWords.definiteDeterminers.has(tokens[i - 1]?.normal ?? '')) return null;
    // "welcomes any initiative", "rejected a proposal": a reaction to somebody else's proposal
    if (tokens.slice(Math.max(0, i - 4), i).some((w) => cues.reactions.has(baseForm(w)))) return null;
    return !needs || needs.has(next) ? 'explicit' : null;
  }
  if (necessityAt(view, tokens, i)) return 'explicit'; // "stressed the importance of holding talks", "it is imperative that"
  if (dueTimeAt(view, tokens, i)) return 'explicit'; // "it is time for the Security Council to act", "it is vital for Kenya to"
  if ((base === 'announce' || t.normal === 'announcement') && tokens.slice(i + 1, i + 7).some((w) => cues.announceObjects.has(w.normal))) return 'explicit';
  if (cues.modals.has(t.normal)) {
    const window = tokens.slice(i + 1, i + 5);
    const at = window.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX'); // "could at some point send": the first verb within a few words
    const deontic = view.knowledge.callsForAction.deonticModals.has(t.normal);
    // "would not support" commits to nothing; "should not continue" is a prohibition, a call all the same
    const negated = at >= 0 && window.slice(0, at).some((w) => cues.negators.has(w.normal));
    if (at < 0 || negated) return negated && deontic && callForActionAt(tokens, i, cues.negators, view.knowledge.callsForAction) ? 'commitment' : null;
    const progressive = tokens[i + 1 + at + 1]; // "will be meeting with China": its verb commits; "will be" alone, nothing
    const verb = window[at].lemma === 'be' && progressive?.pos === 'VERB' && isIngForm(progressive.normal) ? progressive : window[at];
    // "the broadcasts will continue.", "the dialogue would resume": a thing that goes on, with nothing after its verb, is a forecast
    if (!deontic && thingSubjectBefore(tokens, i) && !complementAt(tokens, tokens.indexOf(verb) + 1)) return null;
    if (!deontic && forecastSubjectBefore(view, tokens, i)) return null; // "you will develop a goiter", "all this will bring"
    // "I'll talk about that", "we will think about it": words about a topic commit to no act
    if (tokens[tokens.indexOf(verb) + 1]?.normal === 'about') return null;
    if (verb.lemma !== 'be' && cues.commitmentVerbs.has(baseForm(verb))) return 'commitment';
    // "should be using its influence", "should be to open the border": an obligation all the same
    return callForActionAt(tokens, i, cues.negators, view.knowledge.callsForAction) ? 'commitment' : null;
  }
  if (callForActionAt(tokens, i, cues.negators, view.knowledge.callsForAction)) return 'commitment'; // "the fighting must stop" (src/extract/speakers/calls-for-action.ts)
  const agreed = cues.agreeTo.find((p) => phraseAt(tokens, i, p));
  if (agreed) {
    const verb = tokens[i + agreed.length]; // "agreed to send", "open to talks", "look forward to working"
    // "both sides had agreed to keep working": the past perfect tells an agreement made before, as background
    if (!verb || (tokens[i - 1]?.normal === 'had' && tokens[i - 1].pos === 'AUX')) return null;
    const act = baseForm(verb);
    // "ready to sit down", "agreed to stay in contact": a readiness for any act but being, having or
    // saying (harm is a threat: harmFollows); a noun only when it names an act of cooperation
    const anyAct = verb.pos === 'VERB' && verb.lemma !== 'be' && verb.lemma !== 'have' && !cues.speechVerbs.has(act);
    const cooperation = verb.pos === 'NOUN' && view.knowledge.proposalActs.cooperationObjects.has(verb.normal);
    return cues.commitmentVerbs.has(act) || anyAct || cooperation ? 'commitment' : null;
  }
  return null;
}

/**
 * "the situation is very challenging.", "in this challenging time": an -ing after a word of degree with
 * nothing after it, or between a determiner and its noun, describes; not "the scheme they are promoting,".
 */
function describing(tokens: Token[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && QUOTE_MARK.test(tokens[before].text)) before--;
  if (tokens[before]?.pos === 'ADV' && !complementAt(tokens, i + 1)) return true;
  return tokens[i + 1]?.pos === 'NOUN' && ['DET', 'PRON'].includes(tokens[i - 1]?.pos ?? '');
}

/** Does anything but the end of a clause stand at `at` ("calling for talks", not "challenging," or "continue.")? */
function complementAt(tokens: Token[], at: number): boolean {
  let k = at;
  while (tokens[k] && QUOTE_MARK.test(tokens[k].text)) k++; // would pursue "economic boycotts"
  const t = tokens[k];
  return t !== undefined && t.pos !== 'PUNCT' && t.pos !== 'CCONJ';
}

const QUOTE_MARK = /^["“”'‘’]+$/;

/** "the broadcasts will", "the talks would": a common noun (no name, no pronoun) right before the modal, after a determiner. */
function thingSubjectBefore(tokens: Token[], modal: number): boolean {
  let j = modal - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  if (tokens[j]?.pos !== 'NOUN') return false;
  while (j >= 0 && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j--; // "the radio broadcasts", "the bilateral dialogue"
  return tokens[j]?.pos === 'DET';
}

/** "you will", "all this would": a subject right before the modal that commits nobody (function-words.json forecastSubjects). */
function forecastSubjectBefore(view: ArticleView, tokens: Token[], modal: number): boolean {
  let j = modal - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  return j >= 0 && view.knowledge.functionWords.forecastSubjects.has(tokens[j].normal) && tokens[j + 1]?.pos !== 'NOUN';
}

/** How far back from its relative clause's subject the proposal noun may stand ("the proposal for a coast guard hotline that Taipei put forward"). */
const RELATIVE_NOUN_REACH = 8;

/** "the proposal for a hotline that Taipei put forward", "the peace plan Kenya tabled": the verb's object is a proposal noun before its subject, a relative clause's antecedent. */
function relativeProposalBefore(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  let after = verb + 1;
  if (tokens[after]?.pos === 'ADP' || tokens[after]?.pos === 'ADV') after++; // "put forward", "laid out"
  if (tokens[after] && ['NOUN', 'PRON', 'DET'].includes(tokens[after].pos)) return false; // the verb has an object of its own: "put forward its objections"
  const subject = mentionEndingAt(view, sentence, verb - 1);
  if (subject === null) return false;
  let k = (view.mentions[subject].phraseStart ?? view.mentions[subject].tokens[0]) - 1;
  if (tokens[k]?.pos === 'DET') k--; // "that the ministry put forward"
  // a relative pronoun, or the antecedent's noun right before the subject ("the peace plan Kenya tabled")
  if (view.knowledge.functionWords.relativePronouns.has(tokens[k]?.normal ?? '') || tokens[k]?.normal === 'that') k--;
  else if (tokens[k]?.pos !== 'NOUN') return false;
  const { proposalNouns } = view.knowledge.cues;
  for (const stop = Math.max(0, k - RELATIVE_NOUN_REACH); k >= stop; k--) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].normal === ',') return false;
    if (tokens[k].pos === 'NOUN' && proposalNouns.has(tokens[k].normal)) return true;
  }
  return false;
}

/** "say", "stress", "make it clear", "make known": a verb that is about the utterance itself. */
function aboutSpeech(view: ArticleView, tokens: Token[], verb: number): boolean {
  const t = tokens[verb];
  if (view.knowledge.cues.speechVerbs.has(baseForm(t))) return true;
  const next = tokens[verb + 1];
  return t.lemma === 'make' && (next?.pos === 'PRON' || next?.pos === 'ADJ');
}

/** How many words the actor after "it is time for" may have before its "to". */
const DUE_ACTOR_WORDS = 8;

/**
 * "it is time for the Security Council to take action", "it's high time for Mr. Taylor to go", "it was
 * important for Ukraine to carry out reform": a call on that actor. An adjective of necessity counts only
 * with its actor and infinitive ("important for America" alone is a benefit, not a call).
 */
function dueTimeAt(view: ArticleView, tokens: Token[], i: number): boolean {
  const { timeWords, necessityWords } = view.knowledge.callsForAction;
  const word = tokens[i];
  const time = timeWords.has(word.normal);
  if (!time && !(word.pos === 'ADJ' && necessityWords.has(word.normal))) return false;
  let before = i - 1;
  while (tokens[before]?.pos === 'ADJ' || tokens[before]?.pos === 'ADV') before--; // "high time", "now time"
  if (tokens[before]?.pos !== 'AUX' && tokens[before]?.lemma !== 'be') return false;
  // "it is time to end the violence", "it is time for dialogue": a course due, with no actor named
  if (time && view.knowledge.callsForAction.infinitiveMarkers.has(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.pos === 'VERB') return true;
  if (tokens[i + 1]?.normal !== 'for') return false;
  if (time && cooperationObjectAfter(view, tokens, i + 1)) return true;
  for (let j = i + 2; j < tokens.length && j <= i + 2 + DUE_ACTOR_WORDS; j++) {
    if (tokens[j].pos === 'PUNCT') return false;
    if (view.knowledge.callsForAction.infinitiveMarkers.has(tokens[j].normal)) return j > i + 2 && tokens[j + 1]?.pos === 'VERB';
  }
  return false;
}

/**
 * "the importance of holding talks", "the most important thing now is to withdraw", "it is imperative
 * that Israel lift", "the need for a ceasefire": a word of necessity, then within a few words a link
 * and an act (not "important to note": words about the speech itself, nor "no need to").
 */
function necessityAt(view: ArticleView, tokens: Token[], i: number): boolean {
  const k = view.knowledge.callsForAction;
  if (!k.necessityWords.has(tokens[i].normal) || view.knowledge.cues.negators.has(tokens[i - 1]?.normal ?? '')) return false;
  // "do everything necessary to", "whatever steps necessary": the extent of the speaker's own act
  if (k.extentWords.has(tokens[i - 1]?.normal ?? '') || k.extentWords.has(tokens[i - 2]?.normal ?? '')) return false;
  let noun = false; // "the most important thing now is to": a noun after the word needs a copula before the link
  let copula = false;
  for (let j = i + 1; j < tokens.length && j <= i + k.necessityReach; j++) {
    // "more urgent than ever that": the comparison is no part of the phrase
    if (tokens[j].normal === 'than' && tokens[j + 1]?.normal === 'ever') {
      j++;
      continue;
    }
    if (!k.necessityLinks.has(tokens[j].normal)) {
      // "as necessary in its fight for", "all necessary measures to": the word qualifies something else
      if (tokens[j].pos === 'NOUN') noun = true;
      else if (tokens[j].pos === 'AUX') copula = true;
      else if (tokens[j].pos !== 'ADV') return false;
      continue;
    }
    if (noun && !copula) return false;
    // "the need for a ceasefire", not "important for America": "for" after a noun of necessity only
    if (tokens[j].normal === 'for' && tokens[i].pos !== 'NOUN') return false;
    let head = j + 1;
    while (tokens[head] && (tokens[head].pos === 'DET' || tokens[head].pos === 'ADJ')) head++;
    if (tokens[j].normal !== 'that' && (tokens[head]?.pos === 'PROPN' || tokens[head]?.pos === 'PRON')) return false; // "the importance of Ukraine"
    const act = tokens[j + 1];
    if (!act || act.pos === 'PUNCT') return false;
    if (act.pos === 'VERB' && aboutSpeech(view, tokens, j + 1)) return false;
    return tokens[j].normal !== 'to' || act.pos === 'VERB';
  }
  return false;
}

/** "we want", "I really hope": a first-person subject right before the verb. */
function firstPersonBefore(view: ArticleView, tokens: Token[], verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--;
  return j >= 0 && view.knowledge.functionWords.firstPersonSubjects.has(tokens[j].normal);
}

/**
 * "Ghana said it wants to", "says he wants to": a verb that also demands (proposal-acts.json
 * objectVerbs), in the present, whose subject is a pronoun right after a verb of saying (or its
 * "that"): the speaker's stance as it stands, not a wish told of the past ("said he wanted to").
 */
function reportedOwnSubject(view: ArticleView, tokens: Token[], verb: number): boolean {
  if (!view.knowledge.proposalActs.objectVerbs.has(baseForm(tokens[verb])) || isParticipleForm(tokens[verb].normal)) return false;
  let j = verb - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--;
  if (j < 1 || tokens[j].pos !== 'PRON' || !view.knowledge.pronouns.has(tokens[j].normal)) return false;
  const k = tokens[j - 1].normal === 'that' ? j - 2 : j - 1;
  return k >= 0 && tokens[k].pos === 'VERB' && view.knowledge.cues.speechVerbs.has(tokens[k].lemma);
}

/** "asked Vietnam for help", "appealed to Japan for aid": a named addressee and a request of cooperation. */
function addresseeRequest(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  const last = Math.min(tokens.length - 2, verb + ADDRESSEE_REACH);
  for (let k = verb + 2; k <= last; k++) {
    const t = tokens[k];
    if (t.normal === 'for') return mentionEndingAt(view, sentence, k - 1) !== null && cooperationObjectAfter(view, tokens, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.normal !== ',')) return false;
  }
  return false;
}

/** Proposals inside a speaker's words that belong to someone else: "the folly they [Paris and London] are promoting". */
export function embeddedProposals(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  forgetNamePhrases(view, sentence);
  const out: Claim[] = [];
  for (const claim of claims) {
    if (claim.type !== 'STATEMENT') continue;
    const cue: Cue = { token: -1, lemma: claim.cue, speaker: { mention: claim.source }, from: 0 };
    for (const signal of proposalSignals(view, sentence, { from: 0, to: sentence.tokens.length - 1 })) {
      if (!signal.explicit) continue;
      const agent = proposalAgent(view, sentence, signal.token, claim.source, cue);
      // "and called on Hungary": the speaker's own verb; "said Ghana continues to urge": another's,
      // when that actor opens the clause the speaker's verb of saying reports
      if (isCueToken(view, sentence, signal.token) && !agent.others.some((o) => reportedClauseSubject(view, sentence, o, signal.token))) continue;
      for (const other of agent.others) {
        const m = view.mentions[other];
        if (m.label === 'Location' || m.label === 'Person' && m.kind === 'title') continue;
        if (out.some((c) => c.source === other) || claims.some((c) => c.type === 'PROPOSAL' && view.mentions[c.source].canonical === m.canonical)) continue;
        const targets = targetsOf(view, sentence, other, { token: signal.token, lemma: 'propose', speaker: { mention: other }, from: signal.token }, { from: signal.token, to: sentence.tokens.length - 1 });
        out.push({ type: 'PROPOSAL', source: other, targets, evidence: claim.evidence, cue: sentence.tokens[signal.token].normal });
      }
    }
  }
  return out;
}

/** "X's plan", "the project of X and Y", "Trump's proposed peace plan", "Finland's call for": proposals with no verb of saying. */
export function nominalProposals(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const cues = view.knowledge.cues;
  // "X signalled Thailand's willingness to negotiate": a speaker who names their own side's proposal already proposes it
  const proposers = existing.filter((c) => c.type === 'PROPOSAL').map((c) => ownNames(view, c.source));
  const own = (claim: Claim): boolean => proposers.some((names) => names.has(view.mentions[claim.source].canonical));
  return nominalClaims(view, sentence, existing, {
    type: 'PROPOSAL',
    names: (tokens, i) => {
      const t = tokens[i];
      // "Gbagbo's calls for them to": after a possessive the word is a noun, whatever the tagger says
      const noun = t.pos === 'NOUN' || (t.pos === 'VERB' && isPossessive(tokens[i - 1]));
      if (!noun || !(cues.proposalNouns.has(t.normal) || t.normal === 'announcement')) return false;
      // "Finland's call for a tougher response", "Chile's intention to join": a noun that needs its word has it
      const needs = cues.proposalNounNeeds.get(t.normal);
      // only after its author's possessive, or with its author after "by"/"from" ("demands from the US and
      // others for the rebels to"): in "the importance of a return to democracy in X" the "of" names no author
      // or with its word and then its authors after a verb of coming ("calls for a ceasefire came from X")
      if (needs && !((isPossessive(tokens[i - 1]) || cameFrom(view, tokens, i) >= 0 || joinedIn(view, sentence, i) !== null) && needs.has(tokens[i + 1]?.normal ?? '')) && !authorThenNeed(view, tokens, i, needs)) return false;
      return t.normal !== 'announcement' || tokens.slice(i + 1, i + 7).some((w) => cues.announceObjects.has(w.normal));
    },
  }).filter((claim) => !own(claim));
}

/** How many words the author between a proposal noun and its needed word may take ("from the U.S. and other countries"). */
const NOUN_AUTHOR_REACH = 8;

/** "calls by Chile for an inquiry", "demands from the US and other countries for": an author phrase, then the noun's needed word. */
function authorThenNeed(view: ArticleView, tokens: Token[], noun: number, needs: ReadonlySet<string>): boolean {
  const by = tokens[noun + 1]?.normal ?? '';
  if (by === 'of' || !view.knowledge.functionWords.authorPrepositions.has(by)) return false;
  for (let k = noun + 2; k < tokens.length && k <= noun + 1 + NOUN_AUTHOR_REACH; k++) {
    if (needs.has(tokens[k].normal)) return k > noun + 2;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  }
  return false;
}

/** The signals and the test of force that the proposals with no verb of saying read (proposal-acts.ts). */
const SIGNALS: SignalReader = {
  kinds: sentenceSignals,
  harmAfter: (view, sentence, token) => harmFollows(view, sentence, { token, explicit: true }, sentence.tokens.length - 1),
};

export const proposal: Detector = {
  type: 'PROPOSAL',
  fires: ({ view, sentence, source, cue, region }) => isProposal(view, sentence, source, cue, region),
  sentenceClaims: (view, sentence, claims) => {
    const embedded = embeddedProposals(view, sentence, claims);
    const nominal = nominalProposals(view, sentence, [...claims, ...embedded]);
    const acts = actProposals(view, sentence, [...claims, ...embedded, ...nominal], SIGNALS);
    const found = [...embedded, ...nominal, ...acts];
    const reported = reportedOwnProposals(view, [...claims, ...found]);
    const coordinated = coordinatedProposals(view, sentence, [...claims, ...found, ...reported]);
    return [...found, ...reported, ...coordinated, ...deadlineProposals(view, sentence, [...claims, ...found, ...reported, ...coordinated])];
  },
};
