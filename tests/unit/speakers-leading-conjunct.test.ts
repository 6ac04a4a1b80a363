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

test('"X officials and reporters on the scene said", after a clause that ends in a place: X speaks', () => {
  const edges = edgesOf('Border\n\nBut while President Ana Ruiz said her troops were leaving Kabul, Russian officials and reporters on the scene said the shelling went on.\n');
  expect(hasEdge(edges, 'STATEMENT', 'Russia', 'the shelling went on')).toBe(true);
});

test('two sides that speak at each other are no actor and its group', () => {
  const edges = edgesOf('Ceasefire\n\nSouth Sudan army officials and opposition forces on Wednesday accused each other of violating the truce.\n');
  expect(edges.some((e) => e.type === 'ACCUSATION' && e.source === 'South Sudan' && e.targets.length === 0)).toBe(false);
});
