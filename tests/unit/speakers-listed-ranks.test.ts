// Two speakers joined by "and" when the second has a rank or title of address before the name:
// sentences written for this test, with other people and offices than the fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const by = (edges: Edge[], source: string, words: string): boolean => edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('"X and Gen. Y said": both speak', () => {
  const edges = edgesOf(
    'Briefing\n\nDefence Minister Richard Marles and Gen. Angus Campbell said the navy is ready to deploy. ' +
      'Foreign Minister Penny Wong, Trade Minister Don Farrell and Army Gen. Simon Stuart told the committee that China must respect the rules.',
  );

  test('a title of address after "and" opens the second speaker\'s name', () => {
    expect(by(edges, 'Richard Marles', 'navy is ready')).toBe(true);
    expect(by(edges, 'Angus Campbell', 'navy is ready')).toBe(true);
  });

  test('"Trade Minister X and Army Gen. Y" are two people, not one organisation named across "and"', () => {
    for (const person of ['Penny Wong', 'Don Farrell', 'Simon Stuart']) expect(by(edges, person, 'respect the rules')).toBe(true);
  });
});
