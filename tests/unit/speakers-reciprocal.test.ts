// A reciprocal subject ("each side", "both sides": mention-words.json reciprocalSubjects) before a
// verb of saying is the two parties just named, each aimed at the other (src/extract/speakers/reciprocal.ts).
// Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const edge = (edges: Edge[], type: string, source: string, target: string): boolean => edges.some((e) => e.type === type && e.source === source && e.target === target);

describe('"each side blamed the other"', () => {
  test('the two states just named each accuse the other', () => {
    const edges = edgesOf('Border clash\n\nFighting broke out on Saturday along the border between Ecuador and Peru. Each side blamed the other for starting the shelling.\n');
    expect(edge(edges, 'ACCUSATION', 'Ecuador', 'Peru')).toBe(true);
    expect(edge(edges, 'ACCUSATION', 'Peru', 'Ecuador')).toBe(true);
    expect(edge(edges, 'STATEMENT', 'Ecuador', 'Peru')).toBe(true);
    expect(edge(edges, 'STATEMENT', 'Peru', 'Ecuador')).toBe(true);
  });

  test('"both sides have accused each other": the states of the headline, one named again by its adjective', () => {
    const edges = edgesOf('Azerbaijan and Armenia trade fire\n\nAzerbaijani President Ilham Aliyev said on Sunday that the truce had failed. Both sides have accused each other of moving troops.\n');
    expect(edges.some((e) => e.type === 'ACCUSATION' && e.source === 'Armenia' && e.evidence.startsWith('Both sides'))).toBe(true);
    expect(edges.some((e) => e.type === 'ACCUSATION' && e.source === 'Azerbaijan' && e.evidence.startsWith('Both sides'))).toBe(true);
  });

  test('with three parties named there is no telling which two: no claim', () => {
    const edges = edgesOf('Talks\n\nDiplomats from Chile, Bolivia and Peru met in Lima on Monday. Each side blamed the other for the delay.\n');
    expect(edges.some((e) => e.evidence.startsWith('Each side'))).toBe(false);
  });

  test('"both sides" as an object is no subject', () => {
    const edges = edgesOf('Talks\n\nFighting continued between Ecuador and Peru on Monday. The mediators urged both sides to stop the shelling.\n');
    expect(edges.some((e) => (e.source === 'Ecuador' || e.source === 'Peru') && e.evidence.includes('urged both sides'))).toBe(false);
  });

  test('"Ecuador and Peru accused each other": both say it, each aimed at the other', () => {
    const edges = edgesOf('Border\n\nEcuador and Peru accused each other of violating the border agreement.\n');
    expect(edge(edges, 'STATEMENT', 'Ecuador', 'Peru')).toBe(true);
    expect(edge(edges, 'STATEMENT', 'Peru', 'Ecuador')).toBe(true);
    expect(edge(edges, 'ACCUSATION', 'Ecuador', 'Peru')).toBe(true);
    expect(edge(edges, 'ACCUSATION', 'Peru', 'Ecuador')).toBe(true);
    expect(edges.filter((e) => e.type === 'ACCUSATION' && e.source === 'Ecuador')).toHaveLength(1);
  });
});

