// STATEMENT: every clause with a named speaker is a statement; "both sides accused each other"
// after "Russia and Ukraine" is a statement by each.
import type { Claim, Sentence } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import { firstCoordination } from '../../extract/targets';
import type { ArticleView } from '../../extract/view';
import { defineTokenTag, sentenceTokenTags, tokenTags } from '../../extract/token-tags';
import { baseForm } from '../../lang/en/morphology';
import type { Detector } from './detector';

/** The first words (normal form or lemma) of the reciprocal subjects ("both sides", "each other"). */
const RECIPROCAL_START = defineTokenTag(({ cues }) => {
  const firsts = cues.reciprocalSubjects.filter((phrase) => phrase.length > 0).map((phrase) => phrase[0]);
  return { normals: firsts, lemmas: firsts };
});

/** "both sides accusing each other" after "talks between Russia and Ukraine": a statement by each. */
export function reciprocalClaims(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  if ((sentenceTokenTags(view, sentence) & RECIPROCAL_START) === 0) return []; // the loop below skips every token
  const { tokens } = sentence;
  const phrases = view.knowledge.cues.reciprocalSubjects;
  const tags = tokenTags(view, sentence);
  for (let i = 0; i < tokens.length; i++) {
    if ((tags[i] & RECIPROCAL_START) === 0) continue;
    const phrase = phrases.find((p) => phraseAt(tokens, i, p));
    if (!phrase) continue;
    const verb = tokens.slice(i + phrase.length, i + phrase.length + 3).find((t) => view.knowledge.cues.speechVerbs.has(baseForm(t)));
    if (!verb) continue;
    const pair = firstCoordination(view, sentence, i);
    if (pair.length !== 2 || existing.some((c) => pair.includes(c.source))) return [];
    const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
    return [
      { type: 'STATEMENT', source: pair[0], targets: [pair[1]], evidence, cue: baseForm(verb) },
      { type: 'STATEMENT', source: pair[1], targets: [pair[0]], evidence, cue: baseForm(verb) },
    ];
  }
  return [];
}

export const statement: Detector = {
  type: 'STATEMENT',
  fires: () => true,
  reporterOnly: true,
  sentenceClaims: (view, sentence, claims) => reciprocalClaims(view, sentence, claims),
};
