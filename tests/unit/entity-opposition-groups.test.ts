// A state's opposition the text names by its state and no party ("the Togolese opposition",
// "Opposition parties in Gabon"): a group of its own that speaks and threatens, found again as
// "the opposition"; the opposition party the article names, when it names one; never the state.
// Lines written for this test.
import { extractOne, hasEdge } from '../setup/extract-text';

describe('an opposition the text ties to a state', () => {
  test('"Opposition parties in Gabon are threatening ...": the group threatens, named as written; "the opposition" later is the same group', () => {
    const { edges, names, labels } = extractOne('Vote in Libreville\n\nOpposition parties in Gabon are threatening mass protests if the government refuses to postpone the vote. The opposition said it would boycott the count.\n');
    expect(names).toContain('Opposition parties in Gabon');
    expect(labels.get('Opposition parties in Gabon')).toBe('Organization');
    expect(hasEdge(edges, 'THREAT', 'Opposition parties in Gabon', 'threatening mass protests')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Opposition parties in Gabon', 'The opposition said')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Gabon', 'threatening mass protests')).toBe(false);
  });

  test('"the Togolese opposition" and "Benin\'s opposition" speak as groups, not as their states', () => {
    const togo = extractOne('Lome talks\n\nThe Togolese opposition accuses the ruling party of rigging the count.\n');
    expect(hasEdge(togo.edges, 'STATEMENT', 'Togolese opposition', 'rigging the count')).toBe(true);
    const benin = extractOne('Cotonou talks\n\nBenin\'s opposition says the new electoral law is unfair.\n');
    expect(hasEdge(benin.edges, 'STATEMENT', "Benin's opposition", 'electoral law is unfair')).toBe(true);
    expect(hasEdge(benin.edges, 'STATEMENT', 'Benin', 'electoral law is unfair')).toBe(false);
  });

  test('the opposition party the article names is the opposition it ties to its state', () => {
    const { edges, names } = extractOne('Vote in Lome\n\nTogo\'s opposition says it will boycott parliament. The election board said the opposition Alliance for Renewal won 20 seats.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Alliance for Renewal', 'will boycott parliament')).toBe(true);
    expect(names).not.toContain("Togo's opposition");
  });

  test('"opposition leader X" is a person, and "opposition leaders say" no group', () => {
    const { names } = extractOne('Vote in Lome\n\nTogolese opposition leader Komi Agbeyome said the vote was rigged. Opposition leaders in Togo say they will appeal.\n');
    expect(names).toContain('Komi Agbeyome');
    expect(names.some((n) => /opposition/i.test(n))).toBe(false);
  });
});
