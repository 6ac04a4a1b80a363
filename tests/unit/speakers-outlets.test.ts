// A news outlet named before the words of its kind ("the official IRNA news agency"), and a
// quote before a subject that opens with words the speaker's name leaves out: sentences written
// for this test, with other outlets, states and phrasings than the fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const find = (edges: Edge[], type: string, words: string): Edge | undefined => edges.find((e) => e.type === type && e.evidence.includes(words));

describe('an outlet named before "news agency", "television network"', () => {
  const edges = edgesOf(
    'Strait\n\nTensions rose in the Gulf on Monday. ' +
      '"Any aggression will be met with a crushing answer," Iran\'s official IRNA news agency said. ' +
      '"The talks are over," the Saudi-owned Al Arabiya television network reported. ' +
      '"We will respond to any attack," the official Xinhua agency said in a commentary.',
  );

  test('the outlet is the speaker, past "news" before "agency" and past the state and "official" before it', () => {
    expect(find(edges, 'STATEMENT', 'crushing answer')).toEqual(expect.objectContaining({ source: 'IRNA' }));
    expect(find(edges, 'STATEMENT', 'The talks are over')).toEqual(expect.objectContaining({ source: 'Al Arabiya' }));
  });

  test('the quote before such a subject is what it said: its threat is found', () => {
    expect(find(edges, 'THREAT', 'crushing answer')).toEqual(expect.objectContaining({ source: 'IRNA' }));
    expect(find(edges, 'THREAT', 'respond to any attack')).toEqual(expect.objectContaining({ source: 'Xinhua' }));
  });

  test('"Iran\'s news agency said" names no outlet: nobody the graph can hold', () => {
    const other = edgesOf('Strait\n\n"The tanker was seized," Iran\'s news agency said.');
    expect(other.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});
