// A subject made of a named actor and an unnamed group it belongs to ("Russia and its allies",
// "the Frente Amplio and some of the other opposition parties"): the named actor speaks. Not a name
// inside a prepositional phrase. Sentences written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a named actor and an unnamed group as one subject', () => {
  test('"X and its allies accuse Y": X speaks', () => {
    const edges = edgesOf('Enrichment dispute\n\nBrazil and its partners accuse Venezuela of hiding enriched uranium.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Brazil', 'accuse Venezuela')).toBe(true);
    expect(hasEdge(edges, 'ACCUSATION', 'Brazil', 'accuse Venezuela')).toBe(true);
  });

  test('"X and some of the other rebel groups have threatened": X threatens', () => {
    const edges = edgesOf('Threats in the north\n\nThe Lord\'s Resistance Army and some of the other rebel groups have threatened to attack Juba.\n');
    expect(edges.some((e) => e.type === 'THREAT' && /Lord/.test(e.source))).toBe(true);
  });

  test('a name inside a prepositional phrase does not speak', () => {
    const edges = edgesOf('Talks\n\nMediators between Chad and other neighbours said the talks would resume.\n');
    expect(edges.some((e) => e.source === 'Chad')).toBe(false);
  });
});
