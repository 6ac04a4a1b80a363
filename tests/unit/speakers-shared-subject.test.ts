// Verbs of saying that share the subject of their sentence's main clause (src/extract/speakers/
// clause-subject.ts). Sentences written for these tests: other names, countries and phrasings
// than any fixture.
import { edgesOf, type Edge } from '../setup/extract-text';

const statement = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('a verb of saying linked to an earlier verb speaks for that verb\'s subject', () => {
  test('"and said" after a verb with a quoted object', () => {
    const edges = edgesOf('Chilean Senator Ximena Rincon described the pension reform as “a trap” and said the coalition would vote against it.\n');
    expect(statement(edges, 'Ximena Rincon', 'vote against it')).toBe(true);
  });

  test('", but told" after a negated verb and a comma', () => {
    const edges = edgesOf('Finnish Prime Minister Petteri Orpo did not name the company, but told lawmakers that the contract would be cancelled.\n');
    expect(statement(edges, 'Petteri Orpo', 'contract would be cancelled')).toBe(true);
  });

  test('"by saying" and "while saying" after the main verb', () => {
    const edges = edgesOf([
      'Ghanaian Finance Minister Cassiel Ato Forson closed the budget debate by saying the deficit would halve by 2026.',
      '',
      'Brazilian Senator Randolfe Rodrigues left the hearing early while saying the inquiry had been politicised.',
      '',
    ].join('\n'));
    expect(statement(edges, 'Cassiel Ato Forson', 'deficit would halve')).toBe(true);
    expect(statement(edges, 'Randolfe Rodrigues', 'inquiry had been politicised')).toBe(true);
  });

  test('an infinitive after a verb: "is continuing to insist"', () => {
    const edges = edgesOf('Kenyan opposition leader Kalonzo Musyoka is continuing to insist the tally was rigged.\n');
    expect(statement(edges, 'Kalonzo Musyoka', 'tally was rigged')).toBe(true);
  });

  test('an infinitive after an object is the object\'s words, not the subject\'s', () => {
    // (with "asked the envoys to explain" the asking itself is the minister's request: speakers-recall.test.ts)
    const edges = edgesOf('Norwegian Foreign Minister Espen Barth Eide sent the envoys to explain the delay.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Espen Barth Eide' && e.evidence.includes('explain the delay'))).toBe(false);
  });

  test('a main clause whose subject is "I" names no speaker', () => {
    const edges = edgesOf('Peruvian Congressman Alejandro Cavero spoke on Monday.\n\nI want to say clearly that the vote was fair.\n');
    expect(edges.some((e) => e.evidence.includes('the vote was fair'))).toBe(false);
  });
});
