// Organisations, groups and states as authors of threats and proposals, with sentences written for
// this test: other countries, groups and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);

describe('a speaker after what it said, opened by a determiner ("..., the Kremlin said")', () => {
  test('the words before "the <organisation> warned" are what it said', () => {
    const edges = edgesOf(
      'Strait tension\n\nAny strike on our tankers will be met with a crushing response, the Houthis warned on Friday. ' +
        '"We will respond to any attack on our ports," the Kremlin said. ' +
        'Chile should hold new talks with Bolivia, the Peruvian Foreign Ministry said.',
    );
    expect(ofType(edges, 'THREAT').map((e) => e.source)).toEqual(expect.arrayContaining(['Houthis', 'Kremlin']));
    expect(ofType(edges, 'PROPOSAL')).toContainEqual(expect.objectContaining({ targets: expect.arrayContaining(['Chile']) }));
  });
});
