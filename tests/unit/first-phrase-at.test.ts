// firstPhraseAt (src/extract/lexicon-match.ts) looks only at the phrases whose first word is the
// token's normal form or lemma: it must answer exactly what trying every phrase in list order
// answers, at every token of sentences of our own.
import { annotate } from '../../src/nlp';
import { firstPhraseAt, phraseAt } from '../../src/extract/lexicon-match';
import type { Article } from '../../src/model/types';

const sentences = [
  'The junta in Niamey said it would respond firmly and was ready to retaliate if the convoy crossed the river.',
  'Oslo will not stand idly by, the minister warned, and reserves the right to take countermeasures.',
  'Officials in Quito were prepared to impose tariffs, but said they would rather hold talks first.',
  'He says he will be meeting the delegation and would not rule out a visit to Tallinn.',
];

const phrases = [
  ['will'],
  ['will', 'not'],
  ['would'],
  ['be', 'ready', 'to'],
  ['ready', 'to'],
  ['reserve', 'the', 'right', 'to'],
  ['reserves', 'the', 'right'],
  ['be', 'prepared', 'to'],
  ['rule', 'out'],
  ['say'],
  ['will'],
];

function tokensOf(text: string) {
  const article: Article = { id: 'a', path: 'a.txt', file: 'a.txt', title: '', date: '2024-05-01', text };
  return annotate(article).sentences.flatMap((s) => s.tokens);
}

test('the first phrase in list order, as trying every phrase finds it', () => {
  let found = 0;
  for (const text of sentences) {
    const tokens = tokensOf(text);
    for (let i = 0; i <= tokens.length; i++) {
      const expected = phrases.find((p) => phraseAt(tokens, i, p));
      expect(firstPhraseAt(tokens, i, phrases)).toBe(expected);
      if (expected) found++;
    }
  }
  expect(found).toBeGreaterThan(8);
});

test('an empty phrase matches anywhere, as phraseAt says, and comes in its place in the list', () => {
  const tokens = tokensOf('Lima would answer.');
  const withEmpty = [['would', 'answer'], [], ['lima']];
  expect(firstPhraseAt(tokens, 0, withEmpty)).toBe(withEmpty[1]);
  expect(firstPhraseAt(tokens, 1, withEmpty)).toBe(withEmpty[0]);
});
