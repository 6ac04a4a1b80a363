// Cuts in relations, aid or talks (CAMEO 16, force-acts.json "ruptures"): the verb and its object at a
// token ("sever ties", "suspend aid", "recall its ambassador"), and the party a cut is aimed at, named
// after its object ("aid to Rwanda") or owning it ("Mali's membership"). Read by the stated-force
// frames (threat-frames.ts) and the measures the text reports (threat-measure-acts.ts).
import type { Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';
import { phraseAt } from '../../extract/lexicon-match';
import { bareApostrophe, baseForm, isPossessive } from '../../lang/en/morphology';

/**
 * The last token of a cut in relations, aid or talks at tokens[k] (CAMEO 16, force-acts.json
 * "ruptures": "sever ties", "suspend aid", "pull out of the talks", "recall its ambassador"), or -1.
 */
export function ruptureAt(view: ArticleView, tokens: Token[], k: number): number {
  const { ruptureVerbs } = view.knowledge.threatFrames;
  const base = baseForm(tokens[k]);
  if (!ruptureVerbStarts(view).has(base) && !ruptureVerbStarts(view).has(tokens[k].normal)) return -1;
  // "pull out of the talks" and "pull out the envoy": every verb that the words spell
  for (const verb of ruptureVerbs) {
    if (!(verb[0] === base || verb[0] === tokens[k].lemma || verb[0] === tokens[k].normal) || !phraseAt(tokens, k + 1, verb.slice(1))) continue;
    const object = ruptureObjectFrom(view, tokens, k + verb.length);
    if (object >= 0) return object;
  }
  return -1;
}

/**
 * The last token of a cut's object (force-acts.json ruptures objects: "ties", "its ambassador")
 * starting at `from`, past a few words of description ("all military ties", "Honduras' ambassador"), or -1.
 */
export function ruptureObjectFrom(view: ArticleView, tokens: Token[], from: number): number {
  const { ruptureObjects, nounGap } = view.knowledge.threatFrames;
  for (let j = from, skipped = 0; j < tokens.length && skipped <= nounGap; j++, skipped++) {
    const object = ruptureObjects.find((o) => phraseAt(tokens, j, o));
    if (object) return j + object.length - 1;
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN'].includes(tokens[j].pos) && !isPossessive(tokens[j]) && !bareApostrophe(tokens, j)) break;
  }
  return -1;
}

/** A determiner or a noun right after the verb at k, past a particle ("close the pipeline", "cut off supplies"). */
export function objectAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.pos === 'ADP' ? tokens[k + 2] : tokens[k + 1];
  return next !== undefined && ['DET', 'NOUN', 'PROPN', 'PRON'].includes(next.pos);
}

const ruptureStarts = new WeakMap<ArticleView['knowledge'], Set<string>>();

/** The first words of the rupture verbs, once per knowledge: most tokens are no such verb. */
function ruptureVerbStarts(view: ArticleView): Set<string> {
  let starts = ruptureStarts.get(view.knowledge);
  if (!starts) ruptureStarts.set(view.knowledge, (starts = new Set(view.knowledge.threatFrames.ruptureVerbs.map((v) => v[0]))));
  return starts;
}

/** "suspend Mali's membership", "expel Honduras' ambassador": a name that owns the object, between the verb and it. */
export function partyOwns(tokens: Token[], verb: number, object: number): boolean {
  for (let j = verb + 2; j <= object; j++) if ((isPossessive(tokens[j]) || bareApostrophe(tokens, j)) && tokens[j - 1].pos === 'PROPN') return true;
  return false;
}

/**
 * Is the verb at k's object a party: maybe a determiner, then a name that is not a possessor
 * ("fight the Taliban", not "fight Trump's tariffs") or a group noun ("fight the rebels")?
 */
export function partyObjectAt(tokens: Token[], groupNouns: ReadonlySet<string>, k: number): boolean {
  let end = tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
  const head = tokens[end];
  if (head?.pos === 'NOUN' && groupNouns.has(head.normal)) return true;
  if (head?.pos !== 'PROPN') return false;
  if (groupNouns.has(head.normal)) return true;
  while (tokens[end + 1]?.pos === 'PROPN') end++;
  return !(isPossessive(tokens[end + 1]) || bareApostrophe(tokens, end + 1));
}

/** Is a named party right after the object ("ties with Mexico", "aid to Rwanda"): a preposition, maybe a determiner, a proper noun? */
export function partyAfter(tokens: Token[], end: number): boolean {
  let j = end + 1;
  if (tokens[j]?.pos !== 'ADP') return false;
  j++;
  if (tokens[j]?.pos === 'DET') j++;
  return tokens[j]?.pos === 'PROPN';
}
