// The party a claim is aimed at, where the sentence says so with a link word: the object of a verb
// that takes its addressee ("urged Venezuela to", "warned Hanoi", "told the Colombian minister"),
// or the actor after a link phrase ("called on Lima and Quito to", "spoke by phone with X",
// "in a letter to X", "talks with X"); the words are knowledge (function-words.json:
// inversionObjects, addresseeLinks). The link must belong to the speaker: the cue itself, a verb
// coordinated with it ("said ... and urged X"), a link after the cue before any new clause, or a
// link in the speaker's own words whose subject is the speaker ("we urge Moscow to").
import type { Sentence, Token } from '../model/types';
import type { ArticleView, Cue } from './view';
import { baseForm } from '../lang/en/morphology';

/** How far after a link word the addressee may start: "urged [the] [Colombian] [Foreign Minister] X". */
const ADDRESSEE_REACH = 4;

/** Tokens that open a new clause after the cue: the speaker is no longer its subject. */
const opensClause = (view: ArticleView, t: Token): boolean => view.knowledge.functionWords.clauseOpeners.has(t.normal) || /^["“”]$/.test(t.text);

/** The first words of the two-word link phrases, per knowledge: most tokens start none, and build no string to ask. */
const twoWordStarts = new WeakMap<ReadonlySet<string>, Set<string>>();

function startsTwoWordLink(links: ReadonlySet<string>, word: string): boolean {
  let starts = twoWordStarts.get(links);
  if (!starts) {
    starts = new Set();
    for (const link of links) {
      const space = link.indexOf(' ');
      if (space >= 0) starts.add(link.slice(0, space));
    }
    twoWordStarts.set(links, starts);
  }
  return starts.has(word);
}

/** The length of the link phrase at token i (0: none): "called on", "phone with", "urged". */
function linkAt(view: ArticleView, tokens: Token[], i: number): number {
  const words = view.knowledge.functionWords;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next && (startsTwoWordLink(words.addresseeLinks, t.normal) || t.normal.includes(' ')) && words.addresseeLinks.has(`${t.normal} ${next.normal}`)) return 2;
  if (words.addresseeLinks.has(t.normal)) return 1;
  if (t.pos === 'VERB' && words.inversionObjects.has(baseForm(t))) return 1;
  return 0;
}

/** "we urge Moscow", "I call on both sides": in the speaker's own words, a link whose subject is the speaker. */
function firstPersonLink(view: ArticleView, tokens: Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && k >= i - ADDRESSEE_REACH; k--) {
    if (view.knowledge.functionWords.firstPersonSubjects.has(tokens[k].normal)) return true;
    if (opensClause(view, tokens[k]) || tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') return false;
  }
  return false;
}

/** Does the link at token i belong to the speaker of the cue? */
function speakersLink(view: ArticleView, tokens: Token[], cue: Cue, from: number, i: number): boolean {
  if (firstPersonLink(view, tokens, from, i)) return true;
  if (cue.token < 0 || i < cue.token) return false;
  if (i === cue.token) return true;
  const before = tokens[i - 1]?.normal;
  if (before === 'and' || before === ',') return true; // "said ... and urged X": the same subject
  // a link phrase further on in the cue's own clause ("spoke yesterday by phone with X")
  for (let k = cue.token + 1; k < i; k++) if (opensClause(view, tokens[k]) || tokens[k].pos === 'VERB') return false;
  return true;
}

/**
 * The actors the speaker addresses by a link word, first the first one named after it, with those
 * coordinated with it ("called on Budapest and Bratislava"); [] when no link word names one.
 * `candidates` are the claim's possible targets (already without the speaker's own side).
 */
export function linkedAddressees(
  view: ArticleView,
  sentence: Sentence,
  cue: Cue,
  region: { from: number; to: number },
  candidates: number[],
  coordinated: (first: number) => number[],
): number[] {
  if (candidates.length === 0) return [];
  const { tokens } = sentence;
  const start = (m: number): number => view.mentions[m].phraseStart ?? view.mentions[m].tokens[0];
  for (let i = region.from; i <= region.to && i < tokens.length; i++) {
    const length = linkAt(view, tokens, i);
    if (length === 0 || !speakersLink(view, tokens, cue, region.from, i)) continue;
    const after = i + length - 1;
    const first = candidates.find((m) => start(m) > after && start(m) <= after + ADDRESSEE_REACH && !view.mentions[m].conduit);
    if (first === undefined) continue;
    const group = coordinated(first).filter((m) => candidates.includes(m));
    return group.length > 0 ? group : [first];
  }
  return [];
}
