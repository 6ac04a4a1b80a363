// Verbs of verbal conflict as the knowledge writes them: one word, or a phrase that starts with the
// verb ("rule out", "say no to"), read at a token of the sentence.
import type { Token } from '../../model/types';

/** Per verb set: every start of a phrase of the set that a space follows ("rule", "say", "say no"). */
const phraseStartsOf = new WeakMap<ReadonlySet<string>, Set<string>>();

function phraseStarts(verbs: ReadonlySet<string>): Set<string> {
  let starts = phraseStartsOf.get(verbs);
  if (!starts) {
    starts = new Set();
    for (const verb of verbs) for (let at = verb.indexOf(' '); at >= 0; at = verb.indexOf(' ', at + 1)) starts.add(verb.slice(0, at));
    phraseStartsOf.set(verbs, starts);
  }
  return starts;
}

/**
 * The verb at token i as the knowledge writes it: "say no to", "rule out", else `base`. Asked at
 * every verb for several sets; only a base that starts a phrase of the set builds the two- and
 * three-word forms to look up (most verbs start none: no strings made).
 */
export function verbForm(tokens: Token[], i: number, base: string, verbs: ReadonlySet<string>): string {
  if (!phraseStarts(verbs).has(base)) return base;
  const next = tokens[i + 1]?.normal;
  if (next === undefined) return base;
  const two = `${base} ${next}`;
  const third = tokens[i + 2]?.normal;
  if (third !== undefined && verbs.has(`${two} ${third}`)) return `${two} ${third}`;
  return verbs.has(two) ? two : base;
}
