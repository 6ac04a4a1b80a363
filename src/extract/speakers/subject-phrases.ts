// Phrases that hang off a speaker's subject before its verb: "A report by Amnesty International
// said" (the name sits in the phrase), "Rebels in eastern Chad say" (the place is where they are),
// "The Movement, led by Raila Odinga, says" (the body speaks, not its leader).
import type { Sentence, Token } from '../../model/types';
import { mentionEndingAt, type ArticleView } from '../view';

/**
 * "Rebels in eastern Chad say", "A rebel leader in Mali has threatened": the place after "in" is where
 * an armed group (function-words.json insurgentWords) fights, not who speaks; the group is unnamed.
 */
export function insurgentsPlacedIn(view: ArticleView, tokens: Token[], first: number): boolean {
  let i = first - 1;
  while (i > 0 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'DET')) i--; // "in eastern", "in the north of"
  if (tokens[i]?.normal !== 'in') return false;
  const words = view.knowledge.functionWords.insurgentWords;
  const head = tokens[i - 1];
  // the head itself ("rebels") or its modifier ("rebel leader", "militant commander")
  return head !== undefined && (words.has(head.normal) || words.has(tokens[i - 2]?.normal ?? ''));
}

/** "A source close to Lecornu denied": the name sits in a phrase that hangs off the real (unnamed) subject. */
export function insidePrepositionalPhrase(view: ArticleView, tokens: Token[], first: number): boolean {
  let i = first - 1;
  // "Mediators from Egypt, Qatar and the United States": go back to the start of the list
  const listEnd = tokens[i]?.normal === 'the' ? i - 1 : i;
  if (tokens[listEnd]?.normal === 'and') {
    i = listEnd;
    while (i > 0 && ['and', ','].includes(tokens[i].normal) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
      i--;
      while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) i--;
      i--;
    }
  }
  if (tokens[i]?.normal === 'the') i--;
  const preposition = tokens[i];
  const head = tokens[i - 1];
  return !!preposition && view.knowledge.functionWords.descriptionPrepositions.has(preposition.normal) && !!head && (head.pos === 'NOUN' || head.pos === 'ADJ') && /^\p{Ll}/u.test(head.text);
}

/**
 * "The Orange Democratic Movement led by Raila Odinga says", "The Movement, led by Raila Odinga,
 * says": the person after "led by" leads the body named before the participle, and the body is the
 * subject. `first` is where the person's phrase starts; null when no named body stands before.
 */
export function bodyLedBy(view: ArticleView, sentence: Sentence, first: number): number | null {
  const { tokens } = sentence;
  if (tokens[first - 1]?.normal !== 'by' || !view.knowledge.functionWords.leadershipParticiples.has(tokens[first - 2]?.normal ?? '')) return null;
  const end = tokens[first - 3]?.normal === ',' ? first - 4 : first - 3;
  const body = mentionEndingAt(view, sentence, end);
  return body !== null && view.mentions[body].label !== 'Person' && view.mentions[body].label !== 'Location' ? body : null;
}
