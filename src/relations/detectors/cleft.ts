// "It is the credible threat of force that has brought them to talk": a cleft stresses what it
// names; the word after its form of "be" is no label of anything (conflict-words.ts, labelledAt).
import type { Token } from '../../model/types';
import type { VerbalConflictKnowledge } from '../../knowledge/verbal-conflict';

/** How far after its label the relative of a cleft may be: "it is the threat of this force and our determination that". */
const CLEFT_REACH = 12;

/** "It is the credible threat of force that has brought ...": the form of "be" at k and the label at i stress, they label nothing. */
export function cleftAt(tokens: Token[], k: number, i: number, words: VerbalConflictKnowledge['accusation']): boolean {
  if (!words.cleftSubjects.has(tokens[k - 1]?.normal ?? '')) return false;
  for (let j = i + 1; j < Math.min(tokens.length - 1, i + CLEFT_REACH) && tokens[j].normal !== ','; j++) {
    if (words.cleftRelatives.has(tokens[j].normal) && (tokens[j + 1].pos === 'AUX' || tokens[j + 1].pos === 'VERB')) return true;
  }
  return false;
}
