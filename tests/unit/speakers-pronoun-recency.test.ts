// "he said" / "she said": the latest speaker who can be that pronoun, even when only an earlier
// speaker's gender is known; a speaker known to be of the other gender is passed over.
// Sentences written for these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('a pronoun speaker by recency and gender', () => {
  test('the latest speaker of unknown gender, not an earlier one known to be a man', () => {
    const text = [
      'Fishing talks stall',
      '',
      'Prime Minister John Ashworth said on Monday that the quota offer was final.',
      '',
      'Faroese negotiator Hanus Joensen said after the talks ended that he remained hopeful.',
      '',
      '“We want to avoid a trade war that hurts the fleets of both sides,” he told reporters.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Hanus Joensen', 'avoid a trade war')).toBe(true);
    expect(said(edges, 'John Ashworth', 'avoid a trade war')).toBe(false);
  });

  test('"she" passes over a later speaker known to be a man', () => {
    const text = [
      'Fishing talks stall',
      '',
      'Fisheries Minister Ingrid Solvik said the fleet would stay in port.',
      '',
      'Mr. Hanus Joensen said the talks would resume in May.',
      '',
      'She added that compensation for the crews was being prepared.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Ingrid Solvik', 'compensation for the crews')).toBe(true);
  });
});

// "he said" after a quotation of many sentences: the one who spoke before the quotation opened, not
// the last man named inside it or as an object before it. Sentences written for this test.
test('a tag pronoun after a long quotation is the speaker before the quotation', () => {
  const edges = edgesOf([
    'Peace deal',
    '',
    '"All we need is for the rebel chief to sign the deal," information minister Tomas Vela noted.',
    '',
    'He compared pressuring rebel leader Marco Duarte to herding cattle.',
    '',
    '"Have you ever herded cattle? What do you do when they stray? That is what we are doing with Duarte. We want him to go where he belongs. When he signs, we follow the agreement," he said.',
  ].join('\n'));
  expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Tomas Vela' && e.evidence.includes('When he signs'))).toBe(true);
  expect(edges.some((e) => e.source === 'Marco Duarte' && e.evidence.includes('When he signs'))).toBe(false);
});
