// An appeal to an addressee named by common nouns ("both sides", "the parties"), then an
// infinitive: sentences written for this test.
import { edgesOf } from '../setup/extract-text';

describe('"wants both sides to return to the table"', () => {
  const edges = edgesOf(
    'Talks\n\nBrazil wants both sides to return to the negotiating table, Brazilian President Luiz Inacio Lula da Silva said. ' +
      'Kenya urged the parties to respect the truce. ' +
      '"Brussels wants Hungarian families to pay for a war that is not ours," Hungarian Prime Minister Viktor Orban wrote.',
  );

  test('an addressee phrase opened by a determiner, then an infinitive, is a proposal', () => {
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.evidence.includes('both sides to return'))).toBe(true);
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Kenya' && e.evidence.includes('respect the truce'))).toBe(true);
  });

  test('a bare plural ("wants Hungarian families to pay") is no one addressed', () => {
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.evidence.includes('Hungarian families'))).toBe(false);
  });
});
