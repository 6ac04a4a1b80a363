// Present-tense verbs the tagger reads as plural nouns after a name ("Japan demands ...",
// src/lang/en/morphology.ts speechVerbTaggedAsNoun). Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a verb of saying read as a plural noun after its subject', () => {
  test('"X demands that Y ..." and "X demands Y to ...": a statement and a proposal', () => {
    for (const text of ['Peru demands that Chile withdraw its ships from the bay.', 'Peru demands Chile to withdraw its ships from the bay.']) {
      const edges = edgesOf(`Statement\n\n${text}\n`);
      expect(hasEdge(edges, 'STATEMENT', 'Peru', 'withdraw its ships')).toBe(true);
      expect(hasEdge(edges, 'PROPOSAL', 'Peru', 'withdraw its ships')).toBe(true);
    }
  });

  test('after another clause: "..., and X urges Y to ..."', () => {
    const edges = edgesOf('Statement\n\nThe new rules have no effect on shipping, and Peru urges Chile to lift them.\n');
    expect(hasEdge(edges, 'PROPOSAL', 'Peru', 'urges Chile to lift them')).toBe(true);
  });

  test('a noun stays a noun: "the Peru talks" after a verb', () => {
    const edges = edgesOf('Talks\n\nDiplomats said on Monday that they expect the Peru talks to resume soon.\n');
    expect(edges.some((e) => e.source === 'Peru')).toBe(false);
  });
});
