// The person a claim is about, named by a subject pronoun (src/extract/pronoun-targets.ts), and the
// own side of a speaker through the bodies of their state (src/extract/targets.ts). Sentences
// written for these tests: other people, countries and phrasings than any fixture.
import { extractOne, type Edge } from '../setup/extract-text';

const statement = (edges: Edge[], source: string, words: string): Edge | undefined =>
  edges.find((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('a pronoun in the words names who they are about', () => {
  const article = [
    'The rebel commander Idriss Mahamat Bechir was put on the sanctions list on Monday.',
    '"He ordered the attacks on the camps at Goz Beida," Dutch Foreign Minister Caspar Veldkamp said.',
    'Veldkamp said he would raise the matter with Chad.',
    '',
  ].join('\n');

  test('"He ordered the attacks", said by someone else: the person "he" stands for', () => {
    expect(statement(extractOne(article).edges, 'Caspar Veldkamp', 'ordered the attacks')?.target).toBe('Idriss Mahamat Bechir');
  });

  test('"X said he would ...": the pronoun is the speaker, no target from it', () => {
    expect(statement(extractOne(article).edges, 'Caspar Veldkamp', 'raise the matter')?.target).toBe('Chad');
  });

  test('a speech tag ("..., he said, ...") names a speaker, not what the words are about', () => {
    const text = [
      'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago.',
      'Boric predicted that Peru would sign the glacier treaty brokered by Milei — within a month, he said — though Lima was cautious.',
      '',
    ].join('\n');
    expect(statement(extractOne(text).edges, 'Gabriel Boric', 'glacier treaty')?.target).toBe('Peru');
  });
});
