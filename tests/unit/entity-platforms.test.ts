// Companies the dictionaries (to 2016) lack are organisations by name ("Twitter said", "Huawei
// said"), not people; a platform words are posted on ("wrote on Facebook") is no actor of its own.
// Lines written for this test.
import { extractOne } from '../setup/extract-text';

describe('companies and platforms', () => {
  test('"Twitter said", "Huawei said": organisations that speak', () => {
    const { names, labels } = extractOne('Ruling\n\nTwitter said it would comply with the ruling, while Huawei said it would appeal.');
    expect(labels.get('Twitter')).toBe('Organization');
    expect(labels.get('Huawei')).toBe('Organization');
    expect(names).not.toContain('Twitter said');
  });

  test('"wrote on Facebook": the platform is where the words were posted, no node', () => {
    const { names, edges } = extractOne('Talks\n\nForeign Minister Peter Szijjarto wrote on Facebook that Brussels wanted Hungary to pay the bill.');
    expect(names).not.toContain('Facebook');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Peter Szijjarto')).toBe(true);
  });
});
