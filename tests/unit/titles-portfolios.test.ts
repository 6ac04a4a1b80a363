// "Minister for Trade", "Minister of the Interior": a portfolio written after "minister" is the
// same office as "trade minister" (a government's office, here of the state the dateline names),
// never a person named "Trade". Lines written for this test.
import { edgesOf } from '../setup/extract-text';

describe('a minister of a portfolio', () => {
  test.each([
    ['Jane Doe, Minister for Trade, said Ghana would impose duties on steel from Vietnam.', 'Jane Doe'],
    ['John Roe, Minister of the Interior, said Ghana would deport smugglers from Togo.', 'John Roe'],
    ['Minister for Health Mary Poe said Ghana would stop imports of vaccines from Togo.', 'Mary Poe'],
  ])('%s', (sentence, speaker) => {
    const edges = edgesOf(`Cabinet\n\nAccra – ${sentence}`);
    const statement = edges.find((e) => e.type === 'STATEMENT' && e.source === speaker);
    // the office serves Ghana (the dateline's capital): the target is the other state
    expect(statement?.target).toMatch(/^(Vietnam|Togo)$/);
  });
});
