// One speaker's clause -> its claims: one per relation type whose detector fires
// (src/relations/detectors/), in the registry's order, each with its detector's targets.
import type { Claim, Sentence } from '../model/types';
import { DETECTORS, REPORTER_ONLY_TYPES } from '../relations/detectors';
import { targetsOf } from './targets';
import { quoteIn, type ArticleView, type Cue, type Region } from './view';

export function typedClaims(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: Region, moreCues: Cue[] = []): Claim[] {
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
  const quote = quoteIn(view, sentence);
  const claims: Claim[] = [];
  let clauseTargets: number[] | undefined;
  for (const detector of DETECTORS) {
    // "said Trump wants a good relationship but warned that tariffs would go up": any of the speaker's verbs
    const fires = [cue, ...moreCues].some((c) => detector.fires({ view, sentence, source, cue: c, region: c === cue ? region : { from: c.token, to: region.to } }));
    if (!fires) continue;
    const targets = detector.targets ? detector.targets({ view, sentence, source, cue, region }) : (clauseTargets ??= targetsOf(view, sentence, source, cue, region));
    claims.push({ type: detector.type, source, targets, evidence, quote, cue: cue.lemma });
  }
  return claims;
}

/** A whole sentence as one speaker's words (no verb of saying in it): statement, threat, proposal. */
export function wholeSentenceClaims(view: ArticleView, sentence: Sentence, source: number, lemma: string): Claim[] {
  const cue: Cue = { token: -1, lemma, speaker: { mention: source }, from: 0 };
  return typedClaims(view, sentence, source, cue, { from: 0, to: sentence.tokens.length - 1 });
}

/** Is the claim the utterance itself (the registry's reporter-only type: one per sentence, by whoever utters it)? */
export function isUtterance(claim: Claim): boolean {
  return REPORTER_ONLY_TYPES.has(claim.type);
}

/** The sentence starts that already have an utterance: what later stages leave alone. */
export function utteranceStarts(claims: readonly Claim[]): Set<number> {
  return new Set(claims.filter(isUtterance).map((c) => c.evidence.start));
}

