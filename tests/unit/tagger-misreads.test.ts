// Present-tense verbs the tagger reads as plural nouns after a name ("Japan demands ...",
// src/lang/en/morphology.ts speechVerbTaggedAsNoun). Sentences written for this test.
import { edgesOf, extractOne, hasEdge } from '../setup/extract-text';

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

// A verb of thinking or feeling (function-words.json stanceVerbs) read as a plural noun after a name:
// the name is a person who is the clause's subject, not a modifier. Sentences written for this test.
describe('a verb of thinking read as a plural noun after a name', () => {
  test('"reports say Chilean Defence Minister Ana Ruiz fears Peru could ...": the minister is named, not only her title', () => {
    const { names } = extractOne('Border\n\nA note on the talks.\n\nSantiago warned Lima on Friday, as reports say Chilean Defence Minister Ana Ruiz fears Peru could close the border.\n');
    expect(names).toContain('Ana Ruiz');
  });

  test('"said Ruiz worries Peru could ...": the one who worries is no speaker', () => {
    const edges = edgesOf('Border\n\nChilean Defence Minister Ana Ruiz met the press. A report in El Mercurio said Ruiz worries Peru could close the border.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Ana Ruiz' && e.evidence.includes('worries'))).toBe(false);
  });
});
