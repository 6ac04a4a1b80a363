// The nlp stage: sentences and tokens whose character offsets point back into the article.
import { annotate, normalizeWord, tokenizeForLexicon, tokenizeManyForLexicon } from '../../src/nlp';
import type { Article } from '../../src/model/types';

function article(text: string): Article {
  return { id: 'a', path: 'a.txt', file: 'a.txt', title: '', date: null, text };
}

test('every token and sentence slices back to its own text', () => {
  const text = 'Putin threatens Europe: "legitimate target"\nThe Kremlin didn\'t say. Jean-Noël Barrot met Radosław Sikorski and Gitanas Nausėda in Vilnius.\n\n“Apparently,” he said.';
  const { sentences } = annotate(article(text));
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
});

test('a newline always ends a sentence (headlines, captions)', () => {
  const { sentences } = annotate(article('Putin threatens Europe\nThe Russian president said so.'));
  expect(sentences.map((s) => s.text)).toEqual(['Putin threatens Europe', 'The Russian president said so.']);
});

test('one readDoc per article: no sentence or token runs over a line end, offsets hold on every line', () => {
  const lines = ['Putin threatens Europe: Troops will be a "legitimate target"', 'The Russian president said so.', '   ', '“It is crazy,” she said', '', 'Peskov added: “No.”'];
  const text = Array.from({ length: 20 }, (_, k) => lines.map((line) => `${line} (${k})`).join('\n')).join('\n\n');
  const { sentences } = annotate(article(text));
  for (const s of sentences) {
    expect(s.text).not.toContain('\n');
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) {
      expect(t.text.trim()).not.toBe('');
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  }
  const firstOfEachLine = sentences.filter((s) => s.start === 0 || text[s.start - 1] === '\n').map((s) => s.tokens[0].text);
  expect(firstOfEachLine.filter((w) => w === 'The')).toHaveLength(20);
  expect(firstOfEachLine.filter((w) => w === 'Peskov')).toHaveLength(20);
});

test('words wink-nlp cuts at letters outside ASCII are whole again', () => {
  const { sentences } = annotate(article('Radosław Sikorski and Gitanas Nausėda spoke.'));
  expect(sentences[0].tokens.map((t) => t.text)).toEqual(['Radosław', 'Sikorski', 'and', 'Gitanas', 'Nausėda', 'spoke', '.']);
});

test('normal forms are lower case and accent-free', () => {
  expect(normalizeWord('António')).toBe('antonio');
  expect(normalizeWord('“Kyiv’s')).toBe('"kyiv\'s');
});

test('lexicon phrases tokenized together give the tokens each gives alone', () => {
  const phrases = ["Côte d'Ivoire", 'U.S.', 'St. Kitts and Nevis', 'Guinea-Bissau', "N'Djamena", "can't", 'the  Hague', 'Sao Tome', 'Tōkyō', 'U.K.-based', 'Al-Shabaab', "People's Republic", '', 'U.S.', 'e.g. (ASEAN)'];
  expect(tokenizeManyForLexicon(phrases)).toEqual(phrases.map(tokenizeForLexicon));
});

test('a headline cut after initials goes on; running text may end a sentence with them', () => {
  const headline = annotate(article('Mattis Says U.K. Will Join Patrols in Red Sea\n\nThe plan is set.'));
  expect(headline.sentences[0].text).toBe('Mattis Says U.K. Will Join Patrols in Red Sea');
  const body = annotate(article('The envoy flew to the U.K. The talks begin on Monday.'));
  expect(body.sentences.map((s) => s.text)).toEqual(['The envoy flew to the U.K.', 'The talks begin on Monday.']);
});
