// A warning under a condition (CAMEO 130, "warn" with "if" or "unless"): "He warned that 'tomorrow we
// will march forward' if the president does not end the crackdown", "they warned of an offensive
// unless talks resume". The warner's side states what it will do, or the warning names an act of
// force, and a condition says what would bring it: a threat, whatever the act. A warning of what
// merely may happen ("warned that crops will fail if the rains do not come") states no act of the
// warner's side and names no force, and stays a statement.
// Unconditional warnings threaten too where they state an act (CAMEO's default code for WARN is 130,
// "threaten"): the warner's side says what it will do ("warned that his country would start drilling
// off Cyprus"), or the warned are told to act ("warned opposition activists to end their protests").
import type { Sentence, Token } from '../../model/types';
import { mentionEndingAt, type ArticleView, type Cue } from '../../extract/view';
import { conditionAt, forceNounAfter, oneWordIntentMarker } from './threat-frames';
import { ownSide } from './speaker-side';

export function conditionalWarning(view: ArticleView, sentence: Sentence, source: number, cue: Cue, ranges: Array<{ from: number; to: number }>): boolean {
  const { tokens } = sentence;
  const within = (k: number): boolean => ranges.some((r) => k >= r.from && k <= r.to);
  if (!tokens.some((_, k) => within(k) && conditionAt(view, tokens, k))) return false;
  // "warned of an opposition offensive": a noun of force the warning is of
  if (tokens[cue.token + 1]?.normal === 'of' && forceNounAfter(view, tokens, cue.token + 2) >= 0) return true;
  // "we will march forward": a one-word marker of intent whose subject is the warner's side, named or "we"
  return tokens.some((t, k) => within(k) && oneWordIntentMarker(view, t) && ownSubject(view, sentence, k, source));
}

/** "we will", "Turkey would" (said by Turkey or its minister): the subject right before the marker is the warner's side. */
export function ownSubject(view: ArticleView, sentence: Sentence, marker: number, source: number): boolean {
  let j = marker - 1;
  while (j >= 0 && sentence.tokens[j].pos === 'ADV') j--;
  if (j < 0) return false;
  if (view.knowledge.functionWords.firstPersonSubjects.has(sentence.tokens[j].normal)) return true;
  const subject = mentionEndingAt(view, sentence, j);
  if (subject === null) return false;
  const m = view.mentions[subject];
  // not the object of a preposition: "an attack on Nairobi would be a disaster"
  if (sentence.tokens[(m.phraseStart ?? m.tokens[0]) - 1]?.pos === 'ADP') return false;
  return ownSide(view, source, subject);
}

/** How many words the warned may take between "warned" and "to" ("warned the opposition activists in Bangkok to"). */
const WARNED_REACH = 8;

/** "warned that his country would start drilling", "warned opposition activists to end their protests". */
export function warnedAct(view: ArticleView, sentence: Sentence, source: number, cue: Cue, ranges: Array<{ from: number; to: number }>): boolean {
  const { tokens } = sentence;
  if (cue.token < 0) return false;
  if (warnedToAct(tokens, cue.token)) return true;
  const within = (k: number): boolean => ranges.some((r) => k >= r.from && k <= r.to);
  return tokens.some((t, k) => within(k) && oneWordIntentMarker(view, t) && (ownSubject(view, sentence, k, source) || ownPossessed(view, tokens, k)) && actAfter(view, tokens, k));
}

/** "warned [the activists] to end": an object of nouns or a pronoun, then "to" and a verb. */
export function warnedToAct(tokens: Token[], verb: number): boolean {
  let k = verb + 1;
  // the warned open with a noun phrase; a place may follow it ("the protesters in Bangkok")
  if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(tokens[k]?.pos ?? '')) return false;
  while (k < tokens.length && k - verb <= WARNED_REACH && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADP'].includes(tokens[k].pos) && tokens[k].normal !== 'to' && tokens[k].normal !== 'that') k++; // "warned Iran that efforts to free ..." is no order
  return !['DET', 'ADP'].includes(tokens[k - 1].pos) && tokens[k]?.normal === 'to' && tokens[k + 1]?.pos === 'VERB';
}

/** "his country would", "its forces will", "his party will": a possessive and a noun of the speaker's side (function-words.json ownSideNouns, a state's or a body's back-reference noun) before the marker. */
export function ownPossessed(view: ArticleView, tokens: Token[], marker: number): boolean {
  const noun = tokens[marker - 1];
  if (!noun || !view.knowledge.threatFrames.possessives.has(tokens[marker - 2]?.normal ?? '')) return false;
  const { stateBackReferences, backReferences } = view.knowledge.mentionWords;
  return view.knowledge.functionWords.ownSideNouns.has(noun.normal) || stateBackReferences.has(noun.normal) || backReferences.has(noun.normal);
}

/** A verb of an act after the marker, past adverbs: not "be" or "have", nor a verb of saying ("would say"). */
export function actAfter(view: ArticleView, tokens: Token[], marker: number): boolean {
  let k = marker + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && !['be', 'have'].includes(verb.lemma) && !view.knowledge.cues.speechVerbs.has(verb.lemma);
}
