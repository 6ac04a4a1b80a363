// An ultimatum (CAMEO 13 "threaten", 139 "give ultimatum") with no verb of threatening: what the
// speaker's side says it will do, under a condition that asks another party to act. "We will
// initiate legal action if they do not stop the hunt", "his forces will abandon the cease-fire if
// Assad fails to abide by it", "his faction will quit the talks unless the violence stops", "will
// continue to deny Iran access as long as Iran continues". The act may be anything the side can do:
// the condition makes it a threat. A condition that asks nothing ("if Congress passes the bill, we
// will sign it") leaves a commitment what it was (knowledge: threat-frames.json "demands").
import type { Sentence, Token } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import type { ArticleView } from '../../extract/view';
import { oneWordIntentMarker } from './threat-frames';
import { actAfter, ownPossessed, ownSubject } from './threat-warnings';

type Range = { from: number; to: number };

/** Does what was said (the ranges) state an act of the speaker's side under a condition that asks another party to act? */
export function ultimatumIn(view: ArticleView, sentence: Sentence, source: number, ranges: Range[]): boolean {
  const { tokens } = sentence;
  const within = (k: number): boolean => ranges.some((r) => k >= r.from && k <= r.to);
  if (!tokens.some((_, k) => within(k) && demandingConditionAt(view, tokens, k))) return false;
  return tokens.some((t, k) => within(k) && ((oneWordIntentMarker(view, t) && speakerSubjectBefore(view, sentence, source, k, ranges) && actAfter(view, tokens, k)) || speakerReadyAt(view, sentence, source, k, ranges)));
}

/** The subject before the marker at k is the speaker's side ("we will", "Turkey would", "his forces will"), or the pronoun that opens the words said ("North Korea says it will"). */
function speakerSubjectBefore(view: ArticleView, sentence: Sentence, source: number, k: number, ranges: Range[]): boolean {
  return ownSubject(view, sentence, k, source) || ownPossessed(view, sentence.tokens, k) || pronounOpensWords(view, sentence, k - 1, ranges);
}

/** Is tokens[j] a pronoun that opens what was said ("Rebels say they are ready", "said that it will")? In reported speech it names the speaker. */
function pronounOpensWords(view: ArticleView, sentence: Sentence, j: number, ranges: Range[]): boolean {
  const { tokens } = sentence;
  if (j < 0 || !view.knowledge.pronouns.has(tokens[j].normal)) return false;
  return ranges.some((r) => j === r.from || (j === r.from + 1 && tokens[r.from].normal === 'that'));
}

/**
 * "Rebels in Haiti say they are ready to attack the capital", "we are prepared to strike": a
 * readiness to act (threat-frames.json standingReadiness) of the speaker's side, of "we", or of
 * the pronoun that opens the words said, which names the speaker in reported speech.
 */
function speakerReadyAt(view: ArticleView, sentence: Sentence, source: number, k: number, ranges: Range[]): boolean {
  const { tokens } = sentence;
  const phrase = view.knowledge.threatFrames.standingReadiness.find((p) => p[0] === tokens[k].normal && phraseAt(tokens, k, p));
  if (!phrase || !actAfter(view, tokens, k + phrase.length - 1)) return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
  return j >= 0 && (pronounOpensWords(view, sentence, j, ranges) || ownSubject(view, sentence, j + 1, source));
}

/** "unless"; "if" then, within reach and its clause, a negator or a verb of failing ("fails to", "refuses"); "as long as" then a verb of going on. */
export function demandingConditionAt(view: ArticleView, tokens: Token[], k: number): boolean {
  const frames = view.knowledge.threatFrames;
  const t = tokens[k];
  if (frames.demandOpeners.has(t.normal)) return true;
  // "if they do not stop", "if Iran fails to comply", "if Seoul continues the drills"
  if (frames.demandConditions.has(t.normal)) return followedWithin(tokens, k + 1, frames.demandReach, (u) => view.knowledge.cues.negators.has(u.normal) || frames.demandFailures.has(u.lemma) || frames.demandPersistence.has(u.lemma));
  const opener = frames.demandWhiles.find((p) => p[0] === t.normal && phraseAt(tokens, k, p));
  return opener !== undefined && followedWithin(tokens, k + opener.length, frames.demandReach, (u) => frames.demandPersistence.has(u.lemma));
}

/** Does a token within `reach` from `from`, before a clause break, pass the test? */
function followedWithin(tokens: Token[], from: number, reach: number, test: (t: Token) => boolean): boolean {
  for (let j = from; j < tokens.length && j < from + reach; j++) {
    if (tokens[j].normal === ',' || tokens[j].normal === ';') return false;
    if (test(tokens[j])) return true;
  }
  return false;
}
