// The objects that make a verb propose: an act of cooperation ("seeks talks", "wants a lasting
// ceasefire") or a proposal presented ("put forward a peace plan", "tabled a draft resolution").
// Knowledge: proposal-acts.json cooperationObjects, cues.json proposalNouns and proposalNounNeeds.
import type { Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';

/** How many words may stand between a verb and its object of cooperation ("wants a lasting ceasefire"). */
const OBJECT_REACH = 4;
/** How many nouns of a compound may follow its first ("a defence pact", "a security guarantee deal"). */
const COMPOUND_REACH = 2;

/** "seeks [direct] talks", "wants an end": the verb's object is an act of cooperation (knowledge/en/proposal-acts.json). */
export function cooperationObjectAfter(view: ArticleView, tokens: Token[], verb: number): boolean {
  const objects = view.knowledge.proposalActs.cooperationObjects;
  for (let k = verb + 1; k < tokens.length && k <= verb + OBJECT_REACH; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN') {
      // "a defence pact", "a peace deal": the last noun of a compound is its head
      let head = k;
      while (tokens[head + 1]?.pos === 'NOUN' && head < verb + OBJECT_REACH + COMPOUND_REACH) head++;
      return [t, tokens[head]].some((w) => objects.has(w.normal) || objects.has(w.lemma));
    }
    if (k === verb + 1 && t.pos === 'VERB' && objects.has(t.normal)) return true; // "sought help from", "asked for help": the tagger reads the noun as a verb
    if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(t.pos)) return false;
  }
  return false;
}

/** How many words may stand between a verb of presenting and its proposal ("unveiled a new three-phase peace plan"). */
const PRESENTED_REACH = 6;

/** "put forward a peace plan", "tabled a draft resolution": a proposal noun or an act of cooperation is the verb's object. */
export function presentedProposalAfter(view: ArticleView, tokens: Token[], verb: number): boolean {
  const { proposalNouns, proposalNounNeeds } = view.knowledge.cues;
  const objects = view.knowledge.proposalActs.cooperationObjects;
  let k = verb + 1;
  if (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'ADV') k++; // "put forward", "laid out"
  for (const last = Math.min(tokens.length - 1, verb + PRESENTED_REACH); k <= last; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' && proposalNouns.has(t.normal)) {
      const needs = proposalNounNeeds.get(t.normal);
      return !needs || needs.has(tokens[k + 1]?.normal ?? '');
    }
    // "put peace at risk", "put the talks in jeopardy": a state the object is put in, not the object put forward
    if (t.pos === 'NOUN' && (objects.has(t.normal) || objects.has(t.lemma)) && tokens[k + 1]?.pos !== 'NOUN') return !(['at', 'in'].includes(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.pos === 'NOUN');
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PUNCT'].includes(t.pos) || (t.pos === 'PUNCT' && t.normal !== '-')) return false;
  }
  return false;
}
