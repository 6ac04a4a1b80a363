// Adverbs between a proposal verb and the word it needs ("call again on"), before a verb the
// tagger reads as a noun ("we further call on"), and between a speaker and its verb ("once more is
// calling on") leave the call a call (src/relations/detectors/proposal.ts, stopwords.json
// skipBeforeVerb). Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const proposals = (text: string): Array<{ source: string; targets: string[] }> =>
  edgesOf(`Report\n\n${text}\n`).filter((e) => e.type === 'PROPOSAL').map((e) => ({ source: e.source, targets: e.targets }));

describe('a call with adverbs in it is still a call', () => {
  test.each([
    ['"I call again on Georgia to free the journalists," Foreign Minister Karl Brenner said.', 'Karl Brenner', 'Georgia'],
    ['"We further call on the government of Kenya to hold open trials," spokesman Omar Haddad said.', 'Omar Haddad', 'Kenya'],
    ['Norway once more is calling on Sudan to stop the shelling, Foreign Minister Espen Barth Eide said.', 'Norway', 'Sudan'],
  ])('%s', (text, source, target) => {
    expect(proposals(text)).toContainEqual({ source, targets: [target] });
  });

  test('a negation after the noun keeps it: "until Peru makes a commitment not to return" proposes nothing of Peru\'s', () => {
    const found = proposals('Foreign Minister Ana Ruiz said Chilean troops will stay on the island until Peru makes a commitment not to return.');
    expect(found.filter((p) => p.source === 'Peru')).toEqual([]);
  });
});
