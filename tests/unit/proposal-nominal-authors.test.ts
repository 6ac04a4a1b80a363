// A proposal a noun names with its author after "from"/"by" and the word the noun needs after that
// ("demands from Sweden and other states for the rebels to stop", "the calls by Chile for an
// inquiry"): the author proposes it to the party named after the needed word; a list of authors
// ends at a preposition. "Made further demands" with no content proposes nothing. Sentences
// written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a proposal noun with its author after "from" or "by"', () => {
  test('"demands from X and other states for Y to": X proposes to Y, and Y is no co-author', () => {
    const edges = edgesOf('Shipping attacks\n\nThe listing follows repeated demands from Sweden and other states for the Houthis to stop firing on ships.\n');
    const proposals = edges.filter((e) => e.type === 'PROPOSAL');
    expect(proposals.some((e) => e.source === 'Sweden' && e.targets.includes('Houthis'))).toBe(true);
    expect(proposals.some((e) => e.source === 'Houthis')).toBe(false);
  });

  test('"the calls by Chile for an inquiry": Chile proposes, to the party that rejects them', () => {
    const edges = edgesOf('Border shooting\n\nPeru rejected the calls by Chile for an inquiry into the shooting.\n');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Chile' && e.targets.includes('Peru'))).toBe(true);
  });

  test('a demand with no content it asks for is no proposal', () => {
    const edges = edgesOf('Coup talks\n\nReports suggest the deal may not hold as rebel leader Ana Vuni makes further demands.\n');
    expect(hasEdge(edges, 'PROPOSAL', 'Ana Vuni', 'further demands')).toBe(false);
  });
});
