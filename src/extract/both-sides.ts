// "China has urged both sides to settle their issues", "I call on the two countries to withdraw":
// an object that is the two parties the article sets against each other (knowledge:
// mention-words.json bothSides) aims the claim at the two states or bodies the article names most
// often up to the sentence, other than the speaker's own side. The counts grow with the sentences
// read, once per article (claims come sentence by sentence).
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

/** Per article, the parties counted so far: mentions are read once, in order, as claims come sentence by sentence. */
interface PartyCounts {
  /** The sentence counted up to, inclusive. */
  upTo: number;
  counts: Map<string, { count: number; latest: number; first: number }>;
}

const partyCounts = new WeakMap<ArticleView, PartyCounts>();

/** The states and bodies named up to sentence `index`, counted: advanced from the last call, recounted only when asked about an earlier sentence. */
function partiesUpTo(view: ArticleView, index: number): PartyCounts['counts'] {
  let state = partyCounts.get(view);
  if (!state || state.upTo > index) partyCounts.set(view, (state = { upTo: -1, counts: new Map() }));
  for (let s = state.upTo + 1; s <= index && s < view.bySentence.length; s++) {
    for (const i of view.bySentence[s]) {
      const m = view.mentions[i];
      if ((m.label !== 'State' && m.label !== 'Organization') || m.weak || m.conduit || m.qualifies !== undefined || !m.canonical) continue;
      const entry = state.counts.get(m.canonical);
      if (entry) {
        entry.count++;
        entry.latest = i;
      } else state.counts.set(m.canonical, { count: 1, latest: i, first: i });
    }
  }
  state.upTo = index;
  return state.counts;
}

/**
 * The two parties named most often up to the sentence, other than the speaker's own side, when two
 * stand out (between equals, the one named first), each as its latest mention.
 */
function mostNamedParties(view: ArticleView, index: number, isOwn: (m: number) => boolean): number[] {
  const ranked = [...partiesUpTo(view, index).values()].filter((p) => !isOwn(p.latest)).sort((a, b) => b.count - a.count || a.first - b.first);
  if (ranked.length < 2 || ranked[1].count < MIN_NAMED || (ranked.length > 2 && ranked[2].count === ranked[1].count)) return [];
  return [ranked[0].latest, ranked[1].latest];
}
