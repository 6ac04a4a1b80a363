// What makes a commitment a threat rather than an offer: its act is harm or force ("pledged to
// crush", "vowed that his organization will launch attacks", "committed to ISIS's defeat"), not an
// economic measure planned ("plans to impose a 10% tariff" stays a course of action).
import type { Sentence, Token } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import type { ArticleView } from '../../extract/view';
import { threatPhraseAt } from './threat';
import { intentFrames, statedForce } from './threat-frames';

export interface ProposalSignal {
  token: number;
  /** A proposal verb or noun names the proposer's act; a modal ("will send") only commits the subject. */
  explicit: boolean;
}

const CLAUSE_BREAKS = new Set([',', ';', ':']);
/** How far a commitment's clause is read for words of harm. */
const CLAUSE_REACH = 25;

/** "will ensure the safety of its ships by all available means", "will impose tariffs", "vowed to strike": a commitment carried out by harm or force, in its own clause, is a threat, not an offer. */
export function harmFollows(view: ArticleView, sentence: Sentence, signal: ProposalSignal, to: number): boolean {
  // "pledged to crush", "prepared to counter": a proposal verb whose act is a force
  if (signal.explicit) {
    const { tokens } = sentence;
    // "vowed that his organization will continue to launch attacks": harm in the clause promised
    if (tokens[signal.token + 1]?.normal === 'that') return harmInClause(view, sentence, signal.token + 2, to);
    if (tokens[signal.token + 1]?.normal !== 'to') return false;
    // "committed to ISIS's enduring defeat": a commitment to a noun of harm
    if (tokens[signal.token + 2]?.pos !== 'VERB') return forceObject(view, tokens, signal.token + 2, Math.min(to, signal.token + 1 + OBJECT_PHRASE));
    // "plans to impose a 10% tariff", "pledged to impose sanctions": an economic measure planned is a course of action, not harm
    return statedForce(view, tokens, signal.token + 2) !== null && !measurePlanned(view, tokens, signal.token + 2);
  }
  if (intentFrames(view, sentence)[signal.token]) return true; // "will impose tariffs": a stated force (threat-frames.ts)
  return threatPhraseAt(view, sentence, { from: signal.token + 1, to: clauseEnd(sentence, signal.token + 1, to) }) >= 0;
}

/** The last token of the clause that opens at `from`: before a clause break, within CLAUSE_REACH (bounded: a sentence's signals stay linear in its length). */
function clauseEnd(sentence: Sentence, from: number, to: number): number {
  let end = from;
  const last = Math.min(to, from - 1 + CLAUSE_REACH);
  while (end < last && !CLAUSE_BREAKS.has(sentence.tokens[end + 1]?.normal ?? '')) end++;
  return end;
}

/** Words of harm, or a force its subject states it will bring ("his organization will launch attacks"), in the clause that opens at `from`. */
function harmInClause(view: ArticleView, sentence: Sentence, from: number, to: number): boolean {
  const end = clauseEnd(sentence, from, to);
  const frames = intentFrames(view, sentence);
  for (let k = from; k <= end; k++) if (frames[k]) return true;
  return threatPhraseAt(view, sentence, { from, to: end }) >= 0;
}

/** How many words after "committed to" its object is read for harm ("to ISIS's enduring defeat"). */
const OBJECT_PHRASE = 5;

/** A noun of force (knowledge/en/force-acts.json, threat-frames.ts forceNouns) in the object phrase from..to, not an economic measure: "to ISIS's enduring defeat". */
function forceObject(view: ArticleView, tokens: Token[], from: number, to: number): boolean {
  const { forceNouns } = view.knowledge.threatFrames;
  for (let k = from; k <= to && k < tokens.length && !CLAUSE_BREAKS.has(tokens[k].normal); k++) {
    if (view.knowledge.proposalActs.measureObjects.has(tokens[k].normal)) return false;
    if (forceNouns.some((phrase) => phraseAt(tokens, k, phrase))) return true;
  }
  return false;
}

/** How far after the planned verb its measure is looked for ("impose a 10 % tariff"). */
const MEASURE_REACH = 6;

/** Does the act planned at `from` impose an economic measure (knowledge/en/proposal-acts.json measureObjects) within its clause? */
function measurePlanned(view: ArticleView, tokens: Token[], from: number): boolean {
  const measures = view.knowledge.proposalActs.measureObjects;
  for (let k = from + 1; k < tokens.length && k <= from + MEASURE_REACH && !CLAUSE_BREAKS.has(tokens[k].normal); k++) if (measures.has(tokens[k].normal)) return true;
  return false;
}
