// Coordinated subjects: every actor of "X and Y said" says it (src/extract/speakers/coordinated-speakers.ts).
// Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a coordinated subject speaks as each of its actors', () => {
  test('"Kenya and Uganda have both condemned X": two statements, each aimed at X, not at each other', () => {
    const edges = edgesOf('Coup\n\nKenya and Uganda have both condemned the shelling of Burundi.\n');
    for (const speaker of ['Kenya', 'Uganda']) expect(hasEdge(edges, 'STATEMENT', speaker, 'shelling of Burundi')).toBe(true);
    expect(edges.filter((e) => e.source === 'Kenya').every((e) => e.targets.includes('Burundi') && !e.targets.includes('Uganda'))).toBe(true);
  });

  test('a list "A, B, C and D said they would impose sanctions on several top X officials": a statement and a threat each', () => {
    const edges = edgesOf('Sanctions\n\nOn Friday, Japan, Australia, Norway and Canada said they would impose sanctions on several senior Myanmar officials.\n');
    for (const speaker of ['Japan', 'Australia', 'Norway', 'Canada']) {
      expect(hasEdge(edges, 'STATEMENT', speaker, 'impose sanctions')).toBe(true);
      expect(edges.some((e) => e.type === 'THREAT' && e.source === speaker && e.targets.includes('Myanmar'))).toBe(true);
    }
  });

  test('no copies: a list inside the subject ("Envoys from A and B said")', () => {
    const edges = edgesOf('Talks\n\nEnvoys from Ghana, Togo and Benin said the talks would resume on Monday.\n');
    expect(edges.some((e) => e.source === 'Ghana' || e.source === 'Togo')).toBe(false);
  });
});
