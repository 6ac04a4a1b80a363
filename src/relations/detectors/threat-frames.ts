// Threats said as intent or condition (knowledge: threat-frames.json, en/force-acts.json): an
// intent marker ("will", "would", "is prepared to", "reserves the right to") whose subject is the
// speaker's side, followed within a few words by a verb of force (CAMEO 16-20: "will strike",
// "is ready to retaliate", "would block") or by a consequence ("will not stand for", "would be a
// very bad day", "will not go unanswered"). "Prices would rise" names no force; "Russia will
// strike", said by Kyiv, is no threat of Kyiv's; "will be attacked" is the speaker's fear.
import type { Claim, Sentence, Token } from '../../model/types';
import { actorSubjectOf, namedBodySide, ownBodyNamed, ownSide, protectedFrom } from './speaker-side';
import { QUOTE_MARK } from '../../extract/quotes';
import { firstPhraseAt, phraseAt } from '../../extract/lexicon-match';
import { actVerbAt } from './act-verbs';
import { mentionEndingAt, mentionsFrom, phrasesByFirstWord, type ArticleView, type Cue } from '../../extract/view';
import { baseForm, isIngForm, isPossessive } from '../../lang/en/morphology';
import { ownNames } from '../../extract/targets';
import { sentenceCache } from '../../extract/sentence-cache';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { proposalAgent } from './proposal-agent';
import { objectAfter, partyAfter, partyObjectAt, partyOwns, ruptureAt } from './threat-ruptures';
import { escalationAimed, escalationEnd, spelledEnd } from './threat-phrases';

export { ruptureAt } from './threat-ruptures';

/** A marker's stated force: its last token, and whether only the speaker's side as subject makes it a threat. */
export interface StatedForce {
  end: number;
  needsSpeaker: boolean;
  /** A fate ("would become extinct"): a threat only when the marker's subject is an actor. */
  needsActor?: boolean;
  /** A slide into war threatens only where its subject names a party or a hostile act, or under a condition. */
  needsAim?: boolean;
}

/** The first words (normal form or lemma) of the intent markers: the tokens intentFrames reads further. */
const INTENT_START = defineTokenTag(({ threatFrames }) => {
  const firsts = threatFrames.intentMarkers.filter((marker) => marker.length > 0).map((marker) => marker[0]);
  return { normals: firsts, lemmas: firsts };
});

/** Per sentence: for each token, the force or consequence stated by the intent marker that starts there (or none). */
export const framesCache = sentenceCache<(StatedForce | null)[]>();

export function intentFrames(view: ArticleView, sentence: Sentence): (StatedForce | null)[] {
  let frames = framesCache.get(view, sentence);
  if (frames) return frames;
  const { tokens } = sentence;
  const markers = view.knowledge.threatFrames.intentMarkers;
  const tags = tokenTags(view, sentence);
  const anyStart = markers.some((m) => m.length === 0); // an empty marker would start anywhere
  if (!anyStart && (sentenceTokenTags(view, sentence) & INTENT_START) === 0) {
    // no marker starts anywhere in the sentence: what the map below gives every token
    frames = new Array<StatedForce | null>(tokens.length).fill(null);
    if (itemOfMarkedLead(view, sentence)) frames[0] = statedForce(view, tokens, 0);
    framesCache.set(view, sentence, frames);
    return frames;
  }
  frames = tokens.map((t, i) => {
    if (!anyStart && (tags[i] & INTENT_START) === 0) return null; // no marker starts with this word
    const marker = firstPhraseAt(tokens, i, markers);
    if (!marker || (marker.length === 1 && t.pos === 'NOUN')) return null; // "the will of the people"
    // "I must respond": an obligation of one person is a turn to speak ("we must respond" is a side's)
    if (view.knowledge.threatFrames.obligationMarkers.has(t.normal) && view.knowledge.pronouns.get(tokens[i - 1]?.normal ?? '') === 'Person') return null;
    if (t.pos === 'NOUN' && tokens[i - 1]?.pos === 'DET') return null; // "behind a plan to kill": someone's plan, not the subject's intent ("its intention to" is)
    const force = statedForce(view, tokens, i + marker.length);
    // "either X or we will ...": whatever the speaker's side will do is the threat
    return force ?? (ultimatumBefore(view, tokens, i) ? { end: i + marker.length - 1, needsSpeaker: true } : null);
  });
  // "The UK government will:" then "expel 23 Russian diplomats ...": an item of a list its lead's marker governs
  if (frames[0] === null && itemOfMarkedLead(view, sentence)) frames[0] = statedForce(view, tokens, 0);
  framesCache.set(view, sentence, frames);
  return frames;
}

/** Does the sentence open with a verb's base form right after a sentence that ends in an intent marker and a colon ("... will:")? */
function itemOfMarkedLead(view: ArticleView, sentence: Sentence): boolean {
  const first = sentence.tokens[0];
  const lead = view.sentences[sentence.index - 1]?.tokens;
  if (!first || first.pos !== 'VERB' || first.normal !== first.lemma || !lead || lead.length < 2 || lead[lead.length - 1].text !== ':') return false;
  const markers = view.knowledge.threatFrames.intentMarkers;
  return markers.some((m) => m.length > 0 && m.length < lead.length && m.every((w, k) => lead[lead.length - 1 - m.length + k].normal === w));
}

/** After a marker: the consequence or verb of force it states ("will [not] strike", "would be a very bad day"), if any. */
export function statedForce(view: ArticleView, tokens: Token[], from: number): StatedForce | null {
  const { consequences, acts, reach } = view.knowledge.threatFrames;
  const negators = view.knowledge.cues.negators;
  for (let k = from; k < tokens.length && k <= from + 2 * reach; k++) {
    const either = firstPhraseAt(tokens, k, view.knowledge.threatFrames.eitherPolarity);
    if (either) return { end: k + either.length - 1, needsSpeaker: false };
  }
  let negated = false;
  let auxiliary = false;
  for (let k = from, words = 0; k < tokens.length && words <= reach; k++) {
    if (!QUOTE_MARK.test(tokens[k].text)) words++;
    const consequence = negated ? -1 : spelledEnd(view, tokens, k, consequences);
    if (consequence >= 0) return { end: consequence, needsSpeaker: false };
    const escalation = negated ? -1 : escalationEnd(view, tokens, k);
    if (escalation >= 0) return { end: escalation, needsSpeaker: false, needsAim: true };
    const fate = negated ? -1 : spelledEnd(view, tokens, k, view.knowledge.threatFrames.fates);
    if (fate >= 0) return { end: fate, needsSpeaker: false, needsActor: true };
    const act = negated ? -1 : spelledEnd(view, tokens, k, acts);
    if (act >= 0) return protectedFrom(view, tokens, act) ? null : { end: act, needsSpeaker: true }; // not "would not allow the children to suffer"
    const t = tokens[k];
    if (negators.has(t.normal)) {
      negated = true;
      continue;
    }
    // "will continue to impose", "would seek to punish": the verb after the chain is the one governed
    if (!auxiliary && !negated && tokens[k + 1]?.normal === 'to' && view.knowledge.threatFrames.chainVerbs.has(baseForm(t))) {
      k++;
      continue;
    }
    // "will begin imposing sanctions": a chain verb with the -ing form of the act
    if (!auxiliary && !negated && tokens[k + 1]?.pos === 'VERB' && isIngForm(tokens[k + 1].normal) && view.knowledge.threatFrames.chainVerbs.has(baseForm(t))) continue;
    // "will Monday begin", "would next week impose": the day the act comes is no verb of it
    if (view.knowledge.days.has(t.normal) || view.knowledge.temporalWords.has(t.normal)) continue;
    if (t.pos === 'ADV' || t.pos === 'PART' || auxiliary || QUOTE_MARK.test(t.text)) continue; // would "resolutely respond"
    // the first word that is no adverb is the verb the marker governs; after "be" only a
    // consequence can follow ("would be a very bad day"), never a force ("will be attacked")
    if (t.pos === 'AUX') {
      auxiliary = true;
      continue;
    }
    // "will not stop putting pressure on X": the act goes on, read the verb after "stop"
    if (negated && view.knowledge.threatFrames.negatedStops.has(baseForm(t))) {
      negated = false;
      continue;
    }
    // "will not let Tehran destabilise the region": a named party kept from acting is threatened
    if (negated) return preventedParty(view, tokens, k) ? { end: k, needsSpeaker: true } : null; // "would not attack"
    return governedForce(view, tokens, k);
  }
  return null;
}

/** "not allow Iran to ...", "not let the Taliban ...": a verb of letting with a named party right after it. */
function preventedParty(view: ArticleView, tokens: Token[], k: number): boolean {
  if (!view.knowledge.threatFrames.preventions.has(baseForm(tokens[k]))) return false;
  const party = tokens[k + 1]?.pos === 'DET' ? tokens[k + 2] : tokens[k + 1];
  return party?.pos === 'PROPN';
}

/** The force or consequence that the verb the marker governs (at k) states, if any. */
function governedForce(view: ArticleView, tokens: Token[], k: number): StatedForce | null {
  const { forceVerbs, phrasalForce, notForceBefore, sufferVerbs, objectVerbs, conditionalActs, accountable, nounGap } = view.knowledge.threatFrames;
  const t = tokens[k];
  const doing = actVerbAt(view, tokens, k);
  const named = doing > 0 ? forceNounAfter(view, tokens, k + doing) : -1;
  if (named >= 0) return { end: named, needsSpeaker: true }; // "would launch a new offensive"
  // "will face sanctions", "would suffer the consequences": the subject is the one threatened
  const suffered = sufferVerbs.has(baseForm(t)) ? forceNounAfter(view, tokens, k + 1) : -1;
  if (suffered >= 0) return { end: suffered, needsSpeaker: false };
  // a show of force threatens only under a condition: "will send troops to the border if ...", "if he
  // does not surrender, we are going to use the army", not "to help"
  const shown = postureAt(view, tokens, k);
  if (shown >= 0 && conditionIn(view, tokens)) return { end: shown, needsSpeaker: true };
  const base = forceVerbs.has(baseForm(t)) ? baseForm(t) : t.normal;
  const phrasal = phrasalForce.find((p) => p[0] === base && phraseAt(tokens, k + 1, p.slice(1)));
  if (phrasal) return { end: k + phrasal.length - 1, needsSpeaker: true };
  // "will hold Sudan accountable"
  if (baseForm(t) === 'hold') {
    for (let j = k + 1; j < tokens.length && j <= k + nounGap + 3; j++) if (accountable.has(tokens[j].normal)) return { end: j, needsSpeaker: true };
  }
  // "will designate X a terrorist organization": a listing that is a sanction
  if (view.knowledge.threatFrames.designationVerbs.has(baseForm(t))) {
    const { designationLabels, designationReach } = view.knowledge.threatFrames;
    // the words of the listed party's name ("Amir Muhammad Sa’id Abdal-Rahman al-Mawla") count as one
    for (let j = k + 1, words = 0; j < tokens.length && words <= designationReach; j++) {
      if (designationLabels.has(tokens[j].normal)) return { end: j, needsSpeaker: true };
      if (tokens[j].pos !== 'PROPN' && tokens[j].pos !== 'PUNCT') words++;
    }
  }
  // "could lose its legal status", "may result in the permit being revoked": the subject suffers it
  const lost = forfeitAt(view, tokens, k);
  if (lost >= 0) return { end: lost, needsSpeaker: false };
  const penalised = outcomeAt(view, tokens, k);
  if (penalised >= 0) return { end: penalised, needsSpeaker: false };
  // "stands ready to deal with any provocation", "will respond to any attack": a response to aggression
  const answered = responseAt(view, tokens, k);
  if (answered >= 0) return { end: answered, needsSpeaker: true };
  // "if Ethiopia fills the dam again, Egypt will act"
  // "the EU will react firmly": a response said to be severe needs no condition
  // "will act against any new attack": a response aimed at someone needs no condition either
  const aimed = view.knowledge.threatFrames.aimers.has(tokens[k + 1]?.normal ?? '');
  if (conditionalActs.has(baseForm(t)) && (aimed || conditionIn(view, tokens) || severeManner(view, tokens, k))) return { end: k, needsSpeaker: true };
  // "is ready to fight the rebels", "will hit Israel": combat aimed at a party, not at a cause
  if (view.knowledge.threatFrames.combatActs.has(baseForm(t)) && partyObjectAt(tokens, view.knowledge.functionWords.groupNouns, k)) return { end: k, needsSpeaker: true };
  // "would sever ties with X", "will suspend aid if ...": a cut aimed at someone or made conditional
  const ruptured = ruptureAt(view, tokens, k);
  if (ruptured >= 0 && (conditionIn(view, tokens) || partyAfter(tokens, ruptured) || partyOwns(tokens, k, ruptured))) return { end: ruptured, needsSpeaker: true };
  // "will close the pipeline if South Sudan ...": under a condition, a cut of anything it names
  if (view.knowledge.threatFrames.conditionalCuts.has(baseForm(t)) && objectAfter(tokens, k) && conditionIn(view, tokens)) return { end: k, needsSpeaker: true };
  if (!forceVerbs.has(base) || objectVerbs.has(base)) return null; // "impose" needs a noun of force: "impose a tax" is none
  const spoiler = notForceBefore.get(base);
  if (spoiler && tokens.slice(k + 1, k + 4).some((w) => spoiler.has(w.normal))) return null; // "respond to questions"
  return { end: k, needsSpeaker: true };
}

/** The last token of what "could lose its licence" loses at tokens[k], or -1. */
function forfeitAt(view: ArticleView, tokens: Token[], k: number): number {
  const { forfeitVerbs, forfeitObjects, nounGap } = view.knowledge.threatFrames;
  if (!forfeitVerbs.has(baseForm(tokens[k]))) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + nounGap + 1; j++) {
    if (forfeitObjects.has(tokens[j].normal)) return j;
    if (!['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN'].includes(tokens[j].pos) && tokens[j].normal !== "'s") return -1;
  }
  return -1;
}

/** The last token of a penalty that "may result in" at tokens[k] brings ("the permit being revoked", "prosecution"), or -1. */
function outcomeAt(view: ArticleView, tokens: Token[], k: number): number {
  const { outcomeVerbs, outcomeWords, outcomeReach, penalties } = view.knowledge.threatFrames;
  const verb = outcomeVerbs.find((v) => v[0] === baseForm(tokens[k]) && phraseAt(tokens, k + 1, v.slice(1)));
  if (!verb) return -1;
  const from = k + verb.length;
  for (let j = from; j < tokens.length && j < from + outcomeReach; j++) {
    if (outcomeWords.has(tokens[j].normal)) return j;
    const penalty = penalties.find((p) => phraseAt(tokens, j, p));
    if (penalty) return j + penalty.length - 1;
    if (tokens[j].pos === 'PUNCT' || (tokens[j].pos === 'VERB' && j > from && tokens[j - 1].pos !== 'AUX')) return -1;
  }
  return -1;
}

/**
 * An ultimatum's turn right before the subject of the marker at i: "either Belgrade withdraws its
 * police or we will close", "pay the arrears; otherwise we will cut": the turn ("or" only after an
 * opener such as "either" earlier in the sentence) and at most a few words of subject between.
 */
function ultimatumBefore(view: ArticleView, tokens: Token[], i: number): boolean {
  const { ultimatumTurns, pairedTurns, ultimatumOpeners } = view.knowledge.threatFrames;
  for (let j = i - 1; j >= 0 && j >= i - ULTIMATUM_SUBJECT; j--) {
    const turn = ultimatumTurns.find((t) => j - t.length + 1 >= 0 && phraseAt(tokens, j - t.length + 1, t));
    if (turn) {
      const at = j - turn.length + 1;
      if (!(turn.length === 1 && pairedTurns.has(turn[0]))) return true;
      // "either Serbia withdraws ... or we will": the demand is another's ("we either find a deal or we will all lose" is none)
      const subject = tokens[i - 1]?.normal;
      return tokens.slice(0, at).some((t, n) => ultimatumOpeners.has(t.normal) && tokens[n + 1]?.pos !== 'NOUN' && tokens[n + 1]?.normal !== subject && tokens[n - 1]?.normal !== subject);
    }
    if (!['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'PUNCT'].includes(tokens[j].pos)) return false;
  }
  return false;
}

/** How many words the subject between an ultimatum's turn and its marker may have ("or the United States will"). */
const ULTIMATUM_SUBJECT = 5;

/** How many words after a verb of response its manner may come ("react firmly", "will act quickly and decisively"). */
const MANNER_REACH = 3;

/** A word of severity right after a verb of response: "react firmly", "respond robustly". */
function severeManner(view: ArticleView, tokens: Token[], verb: number): boolean {
  for (let j = verb + 1; j < tokens.length && j <= verb + MANNER_REACH; j++) {
    if (view.knowledge.threatFrames.severity.has(tokens[j].normal)) return true;
    if (tokens[j].pos !== 'ADV' && tokens[j].pos !== 'CCONJ') return false;
  }
  return false;
}

/** A warning aimed at someone ("a warning to Taipei", "its sternest warning yet to X") or said to be severe ("a grave warning"). */
function aimedWarning(view: ArticleView, tokens: Token[], noun: number): boolean {
  const { aimedBy, severeWarnings } = view.knowledge.threatFrames;
  let after = noun + 1;
  while (tokens[after]?.pos === 'ADV') after++;
  if (aimedBy.has(tokens[after]?.normal ?? '')) return true;
  let before = noun - 1;
  while (before >= 0 && /^["“”‘’']$/.test(tokens[before].text)) before--;
  return severeWarnings.has(tokens[before]?.normal ?? '');
}

/** The noun of aggression that a verb of response at k answers ("deal with any kind of provocation"), or -1. */
function responseAt(view: ArticleView, tokens: Token[], k: number): number {
  const { responseVerbs, responseObjects, responseReach } = view.knowledge.threatFrames;
  // "will deal strongly with", "would respond firmly to": an adverb may stand inside the phrase
  const adverb = tokens[k + 1]?.pos === 'ADV';
  let from = -1;
  for (const p of responseVerbs) {
    if (p[0] !== tokens[k].normal && p[0] !== baseForm(tokens[k])) continue;
    if (phraseAt(tokens, k + 1, p.slice(1))) from = k + p.length;
    else if (adverb && p.length > 1 && phraseAt(tokens, k + 2, p.slice(1))) from = k + p.length + 1;
    if (from >= 0) break;
  }
  if (from < 0) return -1;
  for (let j = from; j < tokens.length && j < from + responseReach; j++) {
    if (responseObjects.has(tokens[j].normal)) return j;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return -1;
  }
  return -1;
}

/** Does a condition open at k: "if", "unless", "in case", "should he"? */
export function conditionAt(view: ArticleView, tokens: Token[], k: number): boolean {
  if (view.knowledge.verbalConflict.conditionals.has(tokens[k].normal)) return true;
  return view.knowledge.threatFrames.conditionPhrases.some((p) => p[0] === tokens[k].normal && phraseAt(tokens, k, p));
}

/** Is there a condition ("if", "unless") anywhere in the sentence? */
function conditionIn(view: ArticleView, tokens: Token[]): boolean {
  return tokens.some((_, k) => conditionAt(view, tokens, k));
}

/** The last token of "deploy [additional] troops", "mobilize the army" at tokens[k] (CAMEO 154), or -1. */
export function postureAt(view: ArticleView, tokens: Token[], k: number): number {
  const { postureVerbs, military, nounGap } = view.knowledge.threatFrames;
  const base = baseForm(tokens[k]);
  const verb = postureVerbs.find((v) => (v[0] === base || v[0] === tokens[k].lemma) && phraseAt(tokens, k + 1, v.slice(1)));
  if (!verb) return -1;
  for (let j = k + verb.length, skipped = 0; j < tokens.length && skipped <= nounGap; j++, skipped++) {
    const noun = military.find((m) => phraseAt(tokens, j, m));
    if (noun) return j + noun.length - 1;
    if (!['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN'].includes(tokens[j].pos)) return -1; // NOUN: 'security forces'
  }
  return -1;
}

/** Does a condition ("if", "unless") follow the token in the sentence? */
function conditionAfter(view: ArticleView, tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (conditionAt(view, tokens, k)) return true;
  return false;
}

/**
 * The last token of a noun of force (force-acts.json "nouns": "offensive", "military action")
 * that starts at `from` or after a few determiners, adjectives, numbers or nouns of a compound
 * ("a new ground offensive", "harsh trade sanctions"), or -1.
 */
export function forceNounAfter(view: ArticleView, tokens: Token[], from: number): number {
  const { forceNouns, nounGap } = view.knowledge.threatFrames;
  const byFirst = phrasesByFirstWord(forceNouns);
  for (let k = from, skipped = 0; k < tokens.length && skipped <= nounGap; k++) {
    const t = tokens[k];
    const candidates = t.lemma === t.normal ? byFirst.get(t.normal) : [...(byFirst.get(t.normal) ?? []), ...(byFirst.get(t.lemma) ?? [])];
    const noun = candidates?.find((phrase) => phraseAt(tokens, k, phrase));
    // the head of its phrase, not a modifier ("would begin a war crimes inquiry")
    if (noun) {
      if (tokens[k + noun.length]?.pos === 'NOUN') return -1;
      // "measures against Belarus", not "measures to help Ukraine"
      // ("would take further measures if X tests again" is aimed by its condition)
      if (noun.length === 1 && view.knowledge.threatFrames.aimedOnly.has(noun[0]) && !aimedAfter(view, tokens, k + 1) && !conditionAfter(view, tokens, k)) return -1;
      return k + noun.length - 1;
    }
    // "firm and immediate trade measures": a conjunction between two modifiers is no word of the gap
    const joins = t.pos === 'CCONJ' && k > from && ['ADJ', 'ADV'].includes(tokens[k - 1].pos) && ['ADJ', 'ADV'].includes(tokens[k + 1]?.pos ?? '');
    if (joins) continue;
    // "a wave of attacks", "a series of strikes": the container and its "of" are one word of the gap
    if (view.knowledge.threatFrames.measureContainers.has(t.normal) && tokens[k + 1]?.normal === 'of') {
      k++;
      skipped++;
      continue;
    }
    if (!QUOTE_MARK.test(t.text) && !['DET', 'ADJ', 'NUM', 'NOUN', 'ADV', 'PRON', 'SYM'].includes(t.pos)) return -1; // PRON: "its offensive"; SYM: "a 25% tariff"
    if (!QUOTE_MARK.test(t.text)) skipped++;
  }
  return -1;
}

/** Does a word that aims harm ("against", "on") follow within aimReach words, with no verb or punctuation before it? */
function aimedAfter(view: ArticleView, tokens: Token[], from: number): boolean {
  const { aimers, aimReach } = view.knowledge.threatFrames;
  for (let j = from; j < tokens.length && j < from + aimReach; j++) {
    if (aimers.has(tokens[j].normal) || atDisposal(view, tokens, j)) return true;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "at its disposal" at tokens[j]: the means are all the speaker has, aimed at whoever it acts on
 * (threat-frames.json disposalWords), unless they are used to bring relief ("to help the victims").
 */
function atDisposal(view: ArticleView, tokens: Token[], j: number): boolean {
  const frames = view.knowledge.threatFrames;
  if (tokens[j].normal !== 'at' || !frames.possessives.has(tokens[j + 1]?.normal ?? '') || !frames.disposalWords.has(tokens[j + 2]?.normal ?? '')) return false;
  return !(tokens[j + 3]?.normal === 'to' && frames.reliefVerbs.has(baseForm(tokens[j + 4] ?? tokens[j])));
}

/**
 * Is the subject of the marker at `marker` the speaker's side? A named actor or pronoun before it
 * decides as for proposals (src/relations/detectors/proposal-agent.ts); a common noun
 * ("prices would rise", "the storm could destroy") is no actor.
 */
export function speakerStatesIntent(view: ArticleView, sentence: Sentence, marker: number, source: number, cue: Cue): boolean {
  const { tokens } = sentence;
  let j = marker - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX')) j--; // "is prepared to", "has already vowed to"
  if (j < 0) return true;
  // "the Chilean navy will", "the Peruvian army would" (a mention of its own or not): decided by the state named with it
  const side = namedBodySide(view, sentence, j, source);
  if (side !== null) return side;
  if (mentionEndingAt(view, sentence, j) === null && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'NUM') && !view.knowledge.pronouns.has(tokens[j].normal)) {
    // a thing is no actor ("the storm could destroy"), unless it is the speaker's own ("our forces", "his government")
    let k = j;
    while (k > 0 && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'ADJ')) k--;
    return view.knowledge.threatFrames.possessives.has(tokens[k - 1]?.normal ?? '') || ownBodyNamed(view, tokens, k, j, source);
  }
  // "White House spokesman X said President Obama would veto the bill": the head of the speaker's state
  const subject = mentionEndingAt(view, sentence, j);
  if (subject !== null && ownSide(view, source, subject)) return true;
  const agent = proposalAgent(view, sentence, marker, source, cue);
  if (agent.speaker) return true;
  // a person whose side the article never gives ("presidential spokesperson X said Seoul would
  // respond") speaks for the one state or body that is the subject, named right before the marker
  const speaker = view.mentions[source];
  return speaker.label === 'Person' && agent.others.length === 1 && agent.others[0] === subject && view.mentions[subject].label !== 'Person' && !speaker.roleOf && ownNames(view, source).size <= 1;
}

/** Where the speaker states a force or consequence inside the region (index in the sentence), or -1. */
export function framedThreatAt(view: ArticleView, sentence: Sentence, region: { from: number; to: number }, source: number, cue: Cue): number {
  const frames = intentFrames(view, sentence);
  const last = Math.min(region.to, sentence.tokens.length - 1);
  for (let i = Math.max(region.from, 0); i <= last; i++) {
    const frame = frames[i];
    if (!frame || frame.end > last || ceasedBefore(view, sentence.tokens, i)) continue;
    if (frame.needsActor && !actorSubjectOf(view, sentence, i)) continue;
    // "if war breaks out, it will lead to nuclear warfare": a condition aims it too
    if (frame.needsAim && !escalationAimed(view, sentence, i) && !conditionIn(view, sentence.tokens)) continue;
    if (!frame.needsSpeaker || speakerStatesIntent(view, sentence, i, source, cue)) return i;
  }
  return -1;
}

/** An auxiliary that is a one-word marker of intent ("will", "would", "must"). */
export function oneWordIntentMarker(view: ArticleView, t: Token): boolean {
  return t.pos === 'AUX' && view.knowledge.threatFrames.intentMarkers.some((m) => m.length === 1 && m[0] === t.normal);
}

/** "urged Russia to cease its military action", "to avoid escalation": harm the speaker wants ended. */
export function ceasedBefore(view: ArticleView, tokens: Token[], i: number, window = 3): boolean {
  const { cessation, openedCessation } = view.knowledge.threatFrames;
  const negators = view.knowledge.cues.negators;
  for (let k = Math.max(0, i - window); k < i; k++) {
    const word = cessation.has(baseForm(tokens[k])) ? baseForm(tokens[k]) : tokens[k].normal;
    if (!cessation.has(word)) continue;
    // "did not rule out the use of force": that cessation denied keeps the harm open
    if (openedCessation.has(word) && (negators.has(tokens[k - 1]?.normal ?? '') || negators.has(tokens[k - 2]?.normal ?? ''))) continue;
    return true;
  }
  return false;
}

/** Words that may stand between an actor and the threat it issues: "China has chosen to respond thus far with threats". */
const ISSUING_GAP = 8;

/**
 * "China has responded with threats to impose tariffs", "Pyongyang stepped up its threats against
 * Seoul", "issued an ultimatum", "sent a stern warning to Taipei": a threat noun whose author is the subject of a verb that issues it (CAMEO 13 patterns,
 * knowledge/en/force-acts.json "issuing"); aimed at the actors named after the noun.
 */
export function issuedThreats(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const { tokens } = sentence;
  const { issuingVerbs, cessation, issuedNouns, aimedNouns } = view.knowledge.threatFrames;
  const nouns = view.knowledge.cues.threatNouns;
  const out: Claim[] = [];
  let authors: Set<string> | null = null; // made at the first threat issued: most sentences have none
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'NOUN') continue; // only a noun is issued (before any word is looked up)
    const noun = tokens[i].normal;
    const aimed = aimedNouns.has(noun);
    // "gave Peru 72 hours to hand over the suspect" (CAMEO 139 "* + hours")
    const deadline = view.knowledge.threatFrames.ultimatumUnits.has(noun) && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.normal === 'to';
    if (!(nouns.has(noun) || issuedNouns.has(noun) || aimed || deadline)) continue;
    // "a warning about the heat" threatens nobody; "its sternest warning yet to X", "a grave warning" do
    if (aimed && !aimedWarning(view, tokens, i)) continue;
    let issued = false;
    let author: number | null = null;
    let recipient: number | null = null;
    for (let j = i - 1; j >= 0 && j >= i - ISSUING_GAP; j--) {
      const ending = mentionEndingAt(view, sentence, j);
      if (ending !== null && !tokens.slice(view.mentions[ending].tokens[1] + 1, i).some((w) => isPossessive(w))) {
        const before = tokens[view.mentions[ending].tokens[0] - 1];
        if (before?.pos === 'VERB' && issuingVerbs.has(baseForm(before)) && recipient === null) {
          recipient = ending; // "gave Peru an ultimatum": the one it is given to, the author comes before
          j = view.mentions[ending].tokens[0];
          continue;
        }
        author = ending;
        break;
      }
      const t = tokens[j];
      if (cessation.has(baseForm(t)) || view.knowledge.cues.negators.has(t.normal)) break; // "dismissed the threats", "made no threats"
      if (t.pos === 'VERB' && issuingVerbs.has(baseForm(t))) issued = true;
      else if (!['DET', 'ADJ', 'ADV', 'PART', 'AUX', 'VERB', 'ADP', 'PRON', 'NUM'].includes(t.pos)) break;
    }
    if (author === null || !issued) continue;
    const m = view.mentions[author];
    authors ??= new Set(existing.filter((c) => c.type === 'THREAT').map((c) => view.mentions[c.source].canonical));
    if (m.label === 'Location' || m.label === 'Person' && m.kind === 'title' || authors.has(m.canonical)) continue;
    authors.add(m.canonical);
    const own = ownNames(view, author);
    const named = mentionsFrom(view, sentence, i + 1, tokens.length - 1).filter((k) => {
      const other = view.mentions[k];
      return other.label !== 'Location' && other.qualifies === undefined && !own.has(other.canonical) && other.canonical !== m.canonical;
    });
    const targets = recipient === null ? named : [recipient, ...named];
    if (aimed && targets.length === 0) continue;
    out.push({ type: 'THREAT', source: author, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: tokens[i].normal });
  }
  return out;
}
