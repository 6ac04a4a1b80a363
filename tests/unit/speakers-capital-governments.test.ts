// "the Kampala government says", "But the Abuja government rejects": a capital before a word for
// a government names who rules there, the state, even after a conjunction that opens the sentence.
// Lines written for this test.
import { edgesOf } from '../setup/extract-text';

describe('the government named by its capital', () => {
  test.each([
    ['But the Kampala government says the rebels must sign the peace deal.', 'Uganda'],
    ['The Abuja government rejects the demand of the opposition.', 'Nigeria'],
  ])('%s', (sentence, state) => {
    const edges = edgesOf(`Talks\n\nThe talks resumed on Monday. ${sentence}`);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === state)).toBe(true);
  });
});

describe('"the opposition" after a body introduced as the opposition', () => {
  test('"The opposition Orange Democratic Movement ..." then "The opposition is calling for": that body', () => {
    const edges = edgesOf('Rallies\n\nThe opposition Orange Democratic Movement wants a new election in Kenya. The opposition is now calling for mass rallies across the country.');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Orange Democratic Movement' && e.evidence.includes('mass rallies'))).toBe(true);
  });
});
