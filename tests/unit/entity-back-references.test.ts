// "the Commission", "the Guards": a capitalised organisation word after "the" that names an
// organisation the article named just before. Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

const by = hasEdge;

describe('a capitalised back-reference to an organisation', () => {
  test('"the Commission" after "the European Commission", "the Guards" after "the Islamic Revolutionary Guard Corps"', () => {
    const edges = edgesOf(
      'Fines\n\nThe European Commission fined a Dutch bank on Monday. The Commission said the bank must change its rules. ' +
        'Iran\'s Islamic Revolutionary Guard Corps struck a base in Iraq. Any new attack will be met with a crushing response, the Guards warned.',
    );
    expect(by(edges, 'STATEMENT', 'European Commission', 'must change its rules')).toBe(true);
    expect(by(edges, 'THREAT', 'Islamic Revolutionary Guard Corps', 'crushing response')).toBe(true);
  });

  test('not a word that is no organisation word ("the House" after "the White House"), nor "the Council of Europe"', () => {
    const edges = edgesOf(
      'Votes\n\nThe White House said the bill would fail. The House voted on Monday. ' +
        'The European Council met in Brussels. The Council of Europe said the vote was fair.',
    );
    expect(edges.some((e) => e.source === 'White House' && e.evidence.includes('House voted'))).toBe(false);
    expect(edges.some((e) => e.source === 'European Council' && e.evidence.includes('vote was fair'))).toBe(false);
  });
});
