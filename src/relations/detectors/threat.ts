// THREAT: a verb that threatens, a warning aimed at someone or of sanctions, tariffs or a
// response, or words of harm ("legitimate target", "sea of fire") in what the speaker said
// (knowledge: cues.json "threat"). Aimed at the actor named nearest to the words of harm, never at
// the speaker's own side; a threat with no target keeps the one the same side threatened before.
import type { Claim, Sentence, Token } from '../../model/types';
import { contentRanges, onlyPlace, ownNames, targetsOf } from '../../extract/targets';
import { mentionsFrom, phrasesByFirstWord, regionTokens, type ArticleView, type Cue } from '../../extract/view';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { sentenceCache } from '../../extract/sentence-cache';
import type { Detector } from './detector';
import { nominalClaims } from './nominal';
import { actThreats, passiveThreatVerb } from './threat-acts';
import { ceasedBefore, forceNounAfter, framedThreatAt, intentFrames, issuedThreats, speakerStatesIntent } from './threat-frames';
import { QUOTE_MARK } from '../../extract/quotes';
import { subjectBefore } from './speaker-side';
import { passiveForceAt } from './threat-passives';
import { prospectIn, raisedThreats } from './threat-prospects';
import { askedOfOthers, calledForMeasure, sanctionedActor, sanctioningSides } from './threat-sanctions';
import { deadlineDemandAt, givenDeadlineAt } from './threat-deadlines';
import { conditionalWarning, warnedAct } from './threat-warnings';
import { announcedCut } from './threat-measure-acts';
import { ultimatumIn } from './threat-demands';
import { conditionedParty } from './threat-consequences';
import { baseForm, isIngForm } from '../../lang/en/morphology';
import { subjectsOf } from './conflict-words';

/**
 * Where words of harm start in a sentence, computed once per sentence (every cue and target search
 * of the sentence asks): for each token, the last token of the shortest threat phrase that starts
 * there, or -1. Quotation marks inside a phrase ("would “resolutely respond”") are skipped.
 */
export const harmEndsCache = sentenceCache<Int32Array>();

/** The words harmEnds reads further: a harm phrase's first word (normal form or lemma), a severity word, a response noun. */
const HARM_WORD = defineTokenTag(({ cues, threatFrames }) => {
  const firsts = cues.threatPhrases.filter((phrase) => phrase.length > 0).map((phrase) => phrase[0]);
  return { normals: [...firsts, ...threatFrames.severity, ...threatFrames.responseNouns], lemmas: firsts };
});

/** No words of harm in a sentence of this length: -1 everywhere, one shared array per length (read only). */
const noHarmEnds: Int32Array[] = [];

function noHarm(length: number): Int32Array {
  return (noHarmEnds[length] ??= new Int32Array(length).fill(-1));
}

export function harmEnds(view: ArticleView, sentence: Sentence): Int32Array {
  let ends = harmEndsCache.get(view, sentence);
  if (ends) return ends;
  // a sentence with no token tagged HARM_WORD has no words of harm: the loop below skips every token
  if ((sentenceTokenTags(view, sentence) & HARM_WORD) === 0) return noHarm(sentence.tokens.length);
  const { tokens } = sentence;
  ends = new Int32Array(tokens.length).fill(-1);
  const words: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].text.length !== 1 || !QUOTE_MARK.test(tokens[i].text)) words.push(i);
  const byFirst = phrasesByFirstWord(view.knowledge.cues.threatPhrases);
  const { intensifiers, severity, responseNouns, conditionalActs } = view.knowledge.threatFrames;
  const negators = view.knowledge.cues.negators;
  const is = (w: number, word: string): boolean => tokens[words[w]].normal === word || tokens[words[w]].lemma === word;
  // the phrase's last word index in `words`, or -1; an intensifier may stand inside it ("pay a heavy price")
  const spells = (k: number, phrase: string[]): number => {
    let w = k;
    for (let j = 0; j < phrase.length; j++, w++) {
      while (j > 0 && w < words.length && !is(w, phrase[j]) && intensifiers.has(tokens[words[w]].normal) && w - k < phrase.length + 2) w++;
      if (w >= words.length || !is(w, phrase[j])) return -1;
    }
    return w - 1;
  };
  // "would not retaliate", "never punish": harm said not to come is none ("not go unanswered" is a phrase of its own)
  const negatedAt = (k: number): boolean => {
    const before = k > 0 && tokens[words[k - 1]].pos === 'ADV' && !negators.has(tokens[words[k - 1]].normal) ? k - 2 : k - 1;
    return before >= 0 && negators.has(tokens[words[before]].normal);
  };
  // a response's "be" and the severity word after it ("will be swift"), within a few words, or -1
  const severeAfter = (k: number): number => {
    for (let w = k + 1; w < words.length && w <= k + 6; w++) {
      const t = tokens[words[w]];
      if (t.lemma === 'be') {
        for (let v = w + 1; v < words.length && v <= w + 2; v++) if (severity.has(tokens[words[v]].normal)) return v;
        return -1;
      }
      if (t.pos === 'PUNCT' || t.pos === 'VERB') return -1;
    }
    return -1;
  };
  const tags = tokenTags(view, sentence);
  for (let k = 0; k < words.length; k++) {
    if ((tags[words[k]] & HARM_WORD) === 0) continue; // no phrase, severity word or response noun starts here
    const t = tokens[words[k]];
    // the phrases starting with the token's normal form, then those with its lemma (no merged copy per token)
    const byNormal = byFirst.get(t.normal);
    const byLemma = t.lemma === t.normal ? undefined : byFirst.get(t.lemma);
    const severe = severity.has(t.normal);
    if (responseNouns.has(t.normal) && ends[words[k]] < 0) {
      // "our response to them will be swift and severe"
      const said = severeAfter(k);
      if (said >= 0) ends[words[k]] = words[said];
    }
    if (!byNormal && !byLemma && !severe) continue;
    if (ceasedBefore(view, tokens, words[k]) || negatedAt(k)) continue; // "to cease its military action"
    // "defied the ultimatum", "when the ultimatum expires": an ultimatum already given, someone else's act
    if (view.knowledge.threatFrames.issuedNouns.has(t.normal) && view.knowledge.functionWords.definiteDeterminers.has(tokens[words[k] - 1]?.normal ?? '')) continue;
    if (t.pos === 'VERB' && askedOfOthers(view, sentence, words[k])) continue; // "urged the EU to impose sanctions": asked, not threatened
    // "Mali faces stiff economic and diplomatic sanctions": a party put before a penalty
    if (ends[words[k]] < 0) {
      const penalty = exposedPenalty(view, sentence, words[k]);
      if (penalty >= 0) ends[words[k]] = penalty;
    }
    // "Hospitals have been destroyed", "Russia destroyed the dam": a verb of harm in the past tells a deed, not a threat
    if (t.pos === 'VERB' && t.normal !== t.lemma && !isIngForm(t.normal) && !byNormal) continue;
    for (const candidates of [byNormal, byLemma]) {
      for (const phrase of candidates ?? []) {
        const last = spells(k, phrase);
        if (last < 0 || byAgent(view, sentence, words[last])) continue;
        const end = words[last];
        if (ends[words[k]] < 0 || end < ends[words[k]]) ends[words[k]] = end;
      }
    }
    // "will react firmly", "would act decisively": a verb of response made harsh by its adverb
    const before = k > 0 ? tokens[words[k - 1]] : undefined;
    if (severe && before?.pos === 'VERB' && conditionalActs.has(before.lemma) && ends[words[k - 1]] < 0) ends[words[k - 1]] = words[k];
    // "a tough response", "swift and severe retaliation": a response made harsh by its adjective
    if (severe && ends[words[k]] < 0) {
      for (let w = k + 1; w < words.length && w <= k + 3; w++) {
        if (responseNouns.has(tokens[words[w]].normal)) {
          ends[words[k]] = words[w];
          break;
        }
        if (!(severity.has(tokens[words[w]].normal) || intensifiers.has(tokens[words[w]].normal) || tokens[words[w]].normal === 'and' || tokens[words[w]].pos === 'ADJ')) break;
      }
    }
  }
  harmEndsCache.set(view, sentence, ends);
  return ends;
}

/** How many describing words may stand between "faces" and its penalty ("stiff economic and diplomatic sanctions"). */
const PENALTY_WORDS = 5;
const DESCRIBING = new Set(['DET', 'ADJ', 'ADV', 'CCONJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "Mali faces stiff economic and diplomatic sanctions", "Russia could face a high cost": a verb that
 * puts its subject, an actor, before a penalty (threat-frames.json exposureVerbs, cues.json
 * warnObjects); the penalty's token, or -1. Not in the past ("faced sanctions last year").
 */
function exposedPenalty(view: ArticleView, sentence: Sentence, i: number): number {
  const { tokens } = sentence;
  const verb = tokens[i];
  // "..., or risk being tagged": the tagger reads the verb after "or" as a noun
  const verbAfterOr = verb.pos === 'NOUN' && tokens[i - 1]?.normal === 'or';
  if ((verb.pos !== 'VERB' && !verbAfterOr) || !view.knowledge.threatFrames.exposureVerbs.has(verb.lemma)) return -1;
  if (verb.normal !== verb.lemma && !verb.normal.endsWith('s') && !isIngForm(verb.normal)) return -1;
  const penalties = view.knowledge.cues.warnObjects;
  let penalty = -1;
  for (let k = i + 1; k < tokens.length && k <= i + 1 + PENALTY_WORDS && penalty < 0; k++) {
    if (penalties.has(tokens[k].normal)) penalty = k;
    else if (tokens[k].normal === 'being') {
      penalty = listingLabel(view, tokens, k + 1); // "risk being branded as terrorists"
      if (penalty < 0) return -1;
    } else if (!DESCRIBING.has(tokens[k].pos)) return -1;
  }
  if (penalty < 0 || verbAfterOr) return penalty; // after "or" the party is the one the first half addressed
  const subject = subjectsOf(view, sentence, i).find((m) => view.mentions[m].label !== 'Location' && !view.mentions[m].weak);
  return subject === undefined ? -1 : penalty;
}

/** "branded as terrorists", "designated a terrorist group": a verb of listing at `k` and its label within reach (threat-frames.json designations); the label's token, or -1. */
function listingLabel(view: ArticleView, tokens: Token[], k: number): number {
  const { designationVerbs, designationLabels, designationReach } = view.knowledge.threatFrames;
  if (!tokens[k] || !designationVerbs.has(baseForm(tokens[k]))) return -1; // "branded" may be tagged an adjective
  for (let j = k + 1; j < tokens.length && j <= k + designationReach; j++) if (designationLabels.has(tokens[j].normal)) return j;
  return -1;
}

/**
 * "the use of force by the Syrian Government", "the military actions carried out by Russia": harm an
 * actor named after "by" (maybe after the participle of its deed) does is that actor's deed,
 * nobody's threat.
 */
function byAgent(view: ArticleView, sentence: Sentence, end: number): boolean {
  const { tokens } = sentence;
  const participle = tokens[end + 1];
  const { agentWords } = view.knowledge.threatFrames;
  let deed = participle !== undefined && participle.pos === 'VERB' && participle.normal !== participle.lemma && !isIngForm(participle.normal) ? end + 1 : end;
  // "carried out by": the participle's particle
  if (deed > end && !agentWords.has(tokens[deed + 1]?.normal ?? '') && ['ADP', 'ADV', 'PART'].includes(tokens[deed + 1]?.pos ?? '')) deed++;
  if (!agentWords.has(tokens[deed + 1]?.normal ?? '')) return false;
  return mentionsFrom(view, sentence, deed + 2, Math.min(deed + 4, tokens.length - 1)).some((m) => view.mentions[m].tokens[0] <= deed + 3 && view.mentions[m].label !== 'Location');
}

/** Index (relative to region.from) where words of harm wholly inside the region start, or -1. */
export function threatPhraseAt(view: ArticleView, sentence: Sentence, region: { from: number; to: number }): number {
  const ends = harmEnds(view, sentence);
  const last = Math.min(region.to, sentence.tokens.length - 1);
  for (let i = Math.max(region.from, 0); i <= last; i++) if (ends[i] >= 0 && ends[i] <= last) return i - region.from;
  return -1;
}

/** How many words may describe the one warned before its name ("the militant Islamist group Hezbollah"). */
const WARNED_DESCRIPTION = 4;

/**
 * Threatening is a threat; warning someone ("warns Warsaw"), or warning of sanctions, tariffs or a
 * response, is one too; otherwise the words must speak of harm ("legitimate target", "sea of fire").
 */
export function isThreat(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }): boolean {
  const cues = view.knowledge.cues;
  // the verb threatens in its own sentence; a quote running on after "threatened" threatens only by its words
  if (cues.threatVerbs.has(cue.lemma) && cue.token >= 0) return true;
  // "vowed revenge", "pledged swift retaliation": a promise whose object is an act of force
  if (cue.token >= 0 && view.knowledge.threatFrames.promiseVerbs.has(cue.lemma) && forceNounAfter(view, sentence.tokens, cue.token + 1) >= 0) return true;
  const ranges = contentRanges(sentence, cue, region);
  if (cues.warnVerbs.has(cue.lemma) && cue.token >= 0) {
    // the warned party right after the verb, maybe after its determiner ("warned the Philippines")
    // "warned the Philippines", "is warning the militant Islamist group Hezbollah": a few words of description may come first
    let objectAt = cue.token + 1;
    while (objectAt < cue.token + 1 + WARNED_DESCRIPTION && ['DET', 'ADJ', 'NOUN'].includes(sentence.tokens[objectAt]?.pos ?? '') && !view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[0] === objectAt)) objectAt++;
    const object = view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[0] === objectAt && view.mentions[m].label !== 'Location' && !view.mentions[m].weak);
    const warnsOf = ranges.some((r) => regionTokens(sentence, r).some((t) => cues.warnObjects.has(t.normal)));
    if (object || warnsOf || conditionalWarning(view, sentence, source, cue, ranges) || warnedAct(view, sentence, source, cue, ranges)) return true;
  }
  return ranges.some((r) => threatPhraseAt(view, sentence, r) >= 0) || statedThreatAt(view, sentence, source, cue, region) >= 0 || announcedCut(view, sentence, source, cue, ranges) || ranges.some((r) => passiveForceAt(view, sentence, r, source) >= 0) || raisedBySpeaker(view, sentence, source, cue, ranges) || sanctionedIn(view, sentence, cue, region) >= 0 || calledForMeasure(view, sentence, cue, ranges) >= 0 || deadlineDemandAt(view, sentence, ranges) >= 0 || givenDeadlineAt(view, sentence, ranges) >= 0 || ultimatumIn(view, sentence, source, ranges) || conditionedParty(view, sentence, source, ranges) !== undefined;
}

/** "said the kingdom was considering further measures if ...": a possible act of force the speaker's own side raises in what was said. */
function raisedBySpeaker(view: ArticleView, sentence: Sentence, source: number, cue: Cue, ranges: Array<{ from: number; to: number }>): boolean {
  return ranges.some((r) => {
    const verb = prospectIn(view, sentence, r);
    return verb >= 0 && speakerStatesIntent(view, sentence, verb, source, cue);
  });
}

/** The actor that sanctions the speaker announces are aimed at ("announced sanctions against X"): in what was said, or from the verb of saying on; or -1. */
function sanctionedIn(view: ArticleView, sentence: Sentence, cue: Cue, region: { from: number; to: number }): number {
  return sanctionedActor(view, sentence, sanctionRanges(sentence, cue, region));
}

/** Where a speaker's sanctions may be said: what was said, and from the verb of saying on. */
function sanctionRanges(sentence: Sentence, cue: Cue, region: { from: number; to: number }): Array<{ from: number; to: number }> {
  const ranges = contentRanges(sentence, cue, region);
  if (cue.token >= 0) ranges.push({ from: cue.token, to: region.to });
  return ranges;
}

/**
 * A force or consequence the speaker's side says it will bring (threat-frames.ts), in what was
 * said or between the speaker and a verb that is itself the act ("Kenya will respond").
 */
export function statedThreatAt(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }): number {
  const ranges = contentRanges(sentence, cue, region);
  const speakerEnd = view.mentions[source].tokens[1];
  if (cue.token > speakerEnd + 1 && view.mentions[source].sentence === sentence.index) ranges.push({ from: speakerEnd + 1, to: cue.token });
  // "the militia vowed to strike", also after words between the speaker and the verb ("Sri Lankan defense officials Friday vowed to")
  if (cue.token >= 0 && intentFrames(view, sentence)[cue.token]) ranges.push({ from: cue.token, to: region.to });
  for (const r of ranges) {
    const at = framedThreatAt(view, sentence, r, source, cue);
    if (at >= 0) return at;
  }
  return -1;
}

/** The threatened party: the actor named nearest to the words of harm. */
export function threatTargets(view: ArticleView, sentence: Sentence, source: number, targets: number[], region: { from: number; to: number }, cue?: Cue): number[] {
  const phrase = threatPhraseAt(view, sentence, region);
  const stated = phrase < 0 && cue ? statedThreatAt(view, sentence, source, cue, region) : -1;
  const at = phrase >= 0 ? phrase : stated >= 0 ? stated - region.from : -1;
  const phraseToken = region.from + Math.max(at, 0);
  const distance = (m: number): number => (at < 0 ? 0 : Math.abs(view.mentions[m].tokens[0] - phraseToken));
  const place = (m: number): number => (onlyPlace(view, m) ? 1 : 0);
  return targets.filter((m) => !view.mentions[m].conduit).sort((a, b) => place(a) - place(b) || distance(a) - distance(b));
}

/** "China's recent threat of new tariffs", "threats by Pyongyang that it will retaliate": threats with no verb of saying. */
export function nominalThreats(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const nouns = view.knowledge.cues.threatNouns;
  return nominalClaims(view, sentence, existing, { type: 'THREAT', inQuotes: true, names: (tokens, i) => tokens[i].pos === 'NOUN' && nouns.has(tokens[i].normal) });
}

export const threat: Detector = {
  type: 'THREAT',
  // "Peru was threatened by Chile": the subject is the threatened party, not the author (threat-acts.ts)
  fires: ({ view, sentence, source, cue, region }) => !(cue.token >= 0 && passiveThreatVerb(view, sentence, cue.token)) && isThreat(view, sentence, source, cue, region),
  targets: ({ view, sentence, source, cue, region }) => {
    let candidates = targetsOf(view, sentence, source, cue, region, false); // nobody threatens their own side
    // "Seoul would sternly respond to X": the side that states its force is not its target (a
    // consequence's subject is: "Israel will pay a price")
    const stated = statedThreatAt(view, sentence, source, cue, region);
    const actor = stated >= 0 && intentFrames(view, sentence)[stated]?.needsSpeaker ? subjectBefore(view, sentence, stated) : null;
    if (actor !== null) candidates = candidates.filter((m) => view.mentions[m].canonical !== view.mentions[actor].canonical);
    // "gave Syria until Friday to sign": the party given the deadline first
    const given = givenDeadlineAt(view, sentence, sanctionRanges(sentence, cue, region));
    if (given >= 0 && !ownNames(view, source).has(view.mentions[given].canonical)) candidates = [given, ...candidates.filter((m) => m !== given)];
    // "announced sanctions against X", "called for sanctions against X": the actor they are aimed at first
    const announced = sanctionedIn(view, sentence, cue, region);
    const sanctioned = announced >= 0 ? announced : calledForMeasure(view, sentence, cue, contentRanges(sentence, cue, region));
    if (sanctioned >= 0 && !ownNames(view, source).has(view.mentions[sanctioned].canonical)) {
      // "said Canada has sanctioned X": the side that sanctions is the speaker's, not a target
      const sides = new Set(sanctioningSides(view, sentence, sanctionRanges(sentence, cue, region)).map((m) => view.mentions[m].canonical));
      candidates = [sanctioned, ...candidates.filter((m) => m !== sanctioned && !sides.has(view.mentions[m].canonical))];
    }
    // "promised that Israeli soldiers would be targeted": the subject of a passive force first
    const patient = contentRanges(sentence, cue, region).map((r) => passiveForceAt(view, sentence, r, source)).find((m) => m >= 0);
    if (patient !== undefined) candidates = [patient, ...candidates.filter((m) => m !== patient)];
    // "if Ruritania continues the tests, it will find itself isolated": the party the condition asks to act first
    const conditioned = conditionedParty(view, sentence, source, contentRanges(sentence, cue, region));
    if (typeof conditioned === 'number') candidates = [conditioned, ...candidates.filter((m) => m !== conditioned)];
    const direct = view.knowledge.functionWords.inversionObjects.has(cue.lemma) && candidates.length > 0 && view.mentions[candidates[0]].tokens[0] > cue.token;
    // the medium that carried the words ("told public broadcaster Yle") is never the threatened party
    if (direct) return candidates.filter((m) => !view.mentions[m].conduit);
    // the sanctioned stay first; the others by their distance to the words of harm
    if (candidates[0] === sanctioned) return [sanctioned, ...threatTargets(view, sentence, source, candidates.slice(1), region, cue)];
    return threatTargets(view, sentence, source, candidates, region, cue);
  },
  // articles restate one warning in several places: a threat keeps its target longer, and only a threat's
  inheritance: { memory: 6, sameTypeOnly: true, placeIsNoTarget: true },
  sentenceClaims: (view, sentence, claims) => {
    const nominal = nominalThreats(view, sentence, claims);
    const issued = issuedThreats(view, sentence, [...claims, ...nominal]);
    const raised = raisedThreats(view, sentence, [...claims, ...nominal, ...issued]);
    return [...nominal, ...issued, ...raised, ...actThreats(view, sentence, [...claims, ...nominal, ...issued, ...raised])];
  },
};
