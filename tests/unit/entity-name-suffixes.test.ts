// Generations and regnal numbers that end a person's name: sentences written for this test.
import { edgesOf } from '../setup/extract-text';

describe('"Lloyd J. Austin III said", "Robert Kennedy Jr. said": the suffix ends the speaker\'s name', () => {
  const edges = edgesOf(
    'Budget\n\nDefense Secretary Harold Brown III said the navy needs more ships. ' +
      'Senator Thomas Carper Jr. said the budget is too large. ' +
      'Brown said the Pentagon will cut costs.',
  );

  test('each is the speaker of his sentence', () => {
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source.startsWith('Harold Brown') && e.evidence.includes('more ships'))).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source.startsWith('Thomas Carper') && e.evidence.includes('too large'))).toBe(true);
  });

  test('the surname alone later is the same person', () => {
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes('cut costs'))?.source).toMatch(/^Harold Brown/);
  });
});

describe('a Title Case headline whose subject is the surname of a name with a suffix', () => {
  const edges = edgesOf('Brown Says U.K. Will Join Patrols in Red Sea\n\nBritain will send two ships, Defence Secretary Harold Brown III said on Monday.');

  test('"Brown Says ...": the verb is no part of the name, and Brown is Harold Brown III', () => {
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.startsWith('Brown Says'))?.source).toBe('Harold Brown III');
  });
});
