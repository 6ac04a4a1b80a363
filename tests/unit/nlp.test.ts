// The nlp stage: sentences and tokens whose character offsets point back into the article.
import { annotate, normalizeWord } from '../../src/nlp';
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

test('words wink-nlp cuts at letters outside ASCII are whole again', () => {
  const { sentences } = annotate(article('Radosław Sikorski and Gitanas Nausėda spoke.'));
  expect(sentences[0].tokens.map((t) => t.text)).toEqual(['Radosław', 'Sikorski', 'and', 'Gitanas', 'Nausėda', 'spoke', '.']);
});

test('normal forms are lower case and accent-free', () => {
  expect(normalizeWord('António')).toBe('antonio');
  expect(normalizeWord('“Kyiv’s')).toBe('"kyiv\'s');
});
