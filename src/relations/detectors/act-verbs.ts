// Verbs that do an act of force (threat-frames.json actVerbs: "launch", "carry out"), found at a
// token: asked by the stated-force frames (threat-frames.ts) and the sanctions (threat-sanctions.ts).
import type { Token } from '../../model/types';
import { firstWordIndex, phraseAt } from '../../extract/lexicon-match';
import type { ArticleView } from '../../extract/view';
import { baseForm } from '../../lang/en/morphology';

/**
 * How many words a verb that does an act of force spells at tokens[k] ("launch", "carry out"), or 0:
 * the first of actVerbs, in the list's order, that spellsActVerb. Asked at every verb of every
 * clause a threat is looked for in, so only the verbs whose first word is the token's base form,
 * lemma or normal form are tried (the only ones that can be spelled there), not the whole list.
 */
export function actVerbAt(view: ArticleView, tokens: Token[], k: number): number {
  const verbs = view.knowledge.threatFrames.actVerbs;
  const { byWord, empty } = firstWordIndex(verbs);
  const t = tokens[k];
  const base = baseForm(t);
  let best = empty < 0 ? verbs.length : empty; // an empty phrase is spelled anywhere, with no words
  best = firstActVerb(verbs, byWord.get(base), tokens, k, base, best);
  if (t.lemma !== base) best = firstActVerb(verbs, byWord.get(t.lemma), tokens, k, base, best);
  if (t.normal !== base && t.normal !== t.lemma) best = firstActVerb(verbs, byWord.get(t.normal), tokens, k, base, best);
  return best < verbs.length ? verbs[best].length : 0;
}

/** The first of `places` (before `best`) whose verb is spelled at tokens[k], else `best`. */
function firstActVerb(verbs: readonly string[][], places: number[] | undefined, tokens: Token[], k: number, base: string, best: number): number {
  if (places === undefined) return best;
  for (const p of places) {
    if (p >= best) break;
    if (spellsActVerb(verbs[p], tokens, k, base)) return p;
  }
  return best;
}

/** A one-word verb by the token's base form or lemma; a phrasal one spelled from the token, or after its base form ("carried out"). */
function spellsActVerb(v: string[], tokens: Token[], k: number, base: string): boolean {
  return v.length === 1 ? v[0] === base || v[0] === tokens[k].lemma : phraseAt(tokens, k, v) || (v[0] === base && phraseAt(tokens, k + 1, v.slice(1)));
}
