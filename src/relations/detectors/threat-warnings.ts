// A warning under a condition (CAMEO 130, "warn" with "if" or "unless"): "He warned that 'tomorrow we
// will march forward' if the president does not end the crackdown", "they warned of an offensive
// unless talks resume". The warner's side states what it will do, or the warning names an act of
// force, and a condition says what would bring it: a threat, whatever the act. A warning of what
// merely may happen ("warned that crops will fail if the rains do not come") states no act of the
// warner's side and names no force, and stays a statement.
import type { Sentence } from '../../model/types';
import { mentionEndingAt, type ArticleView, type Cue } from '../../extract/view';
import { conditionAt, forceNounAfter } from './threat-frames';
import { ownSide } from './speaker-side';

export function conditionalWarning(view: ArticleView, sentence: Sentence, source: number, cue: Cue, ranges: Array<{ from: number; to: number }>): boolean {
  const { tokens } = sentence;
  const within = (k: number): boolean => ranges.some((r) => k >= r.from && k <= r.to);
  if (!tokens.some((_, k) => within(k) && conditionAt(view, tokens, k))) return false;
  const { intentMarkers } = view.knowledge.threatFrames;
  // "warned of an opposition offensive": a noun of force the warning is of
  if (tokens[cue.token + 1]?.normal === 'of' && forceNounAfter(view, tokens, cue.token + 2) >= 0) return true;
  // "we will march forward": a one-word marker of intent whose subject is the warner's side, named or "we"
  return tokens.some((t, k) => within(k) && t.pos === 'AUX' && intentMarkers.some((m) => m.length === 1 && m[0] === t.normal) && ownSubject(view, sentence, k, source));
}

/** "we will", "Turkey would" (said by Turkey or its minister): the subject right before the marker is the warner's side. */
function ownSubject(view: ArticleView, sentence: Sentence, marker: number, source: number): boolean {
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
