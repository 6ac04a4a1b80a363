// "China has urged both sides to settle their issues", "I call on the two countries to withdraw":
// an object that is the two parties the article sets against each other (knowledge:
// mention-words.json bothSides) aims the claim at the two states or bodies the article names most
// often up to the sentence, other than the speaker's own side.
import type { Sentence } from '../model/types';
import { phraseAt } from './lexicon-match';
import type { ArticleView } from './view';

/** How often each of the two sides must be named up to the sentence to count as one. */
const MIN_NAMED = 2;

/** How far after the verb "both sides" may stand as its object ("urged both sides", "called on both parties"). */
const OBJECT_REACH = 3;

/**
 * The two sides "both sides" stands for where it is the object of the verb at `cue` ("urged both
 * sides to", "called on the two countries to"): the two states or bodies named most often up to
 * the sentence that `isOwn` does not count as the speaker's, each as its latest mention naming it
 * as an actor; empty when there is no such object or no two parties stand out.
 */
export function bothSidesAddressed(view: ArticleView, sentence: Sentence, cue: number, isOwn: (m: number) => boolean): number[] {
  if (cue < 0) return [];
  const phrases = view.knowledge.mentionWords.bothSides;
  const { tokens } = sentence;
  // a verb that takes its addressee ("urged", "warned") or a link word before the phrase ("called on", "appealed to"); not "said the two sides were"
  const addresses = view.knowledge.functionWords.inversionObjects.has(tokens[cue].lemma);
  for (let i = cue + 1; i <= cue + OBJECT_REACH && i < tokens.length; i++) {
    const linked = addresses || view.knowledge.functionWords.addresseeLinks.has(`${tokens[cue].normal} ${tokens[i - 1].normal}`);
    if (linked && phrases.some((p) => phraseAt(tokens, i, p))) return mostNamedParties(view, sentence.index, isOwn);
  }
  return [];
}

function mostNamedParties(view: ArticleView, index: number, isOwn: (m: number) => boolean): number[] {
  const counts = new Map<string, { count: number; latest: number }>();
  view.mentions.forEach((m, i) => {
    if (m.sentence > index || (m.label !== 'State' && m.label !== 'Organization') || m.weak || m.conduit || m.qualifies !== undefined || !m.canonical || isOwn(i)) return;
    const entry = counts.get(m.canonical);
    counts.set(m.canonical, { count: (entry?.count ?? 0) + 1, latest: i });
  });
  // the most named first; between equals, the one named first in the article
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  if (ranked.length < 2 || ranked[1].count < MIN_NAMED || (ranked.length > 2 && ranked[2].count === ranked[1].count)) return [];
  return [ranked[0].latest, ranked[1].latest];
}
