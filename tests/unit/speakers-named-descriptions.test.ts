// Speakers that news names inside or after a description (src/extract/speakers/descriptions.ts,
// name-phrases.ts): "the commander in the region (General X) says", "Sheikh X, and his followers
// have vowed", "a spokesman for X said", and "made clear" as a verb of saying. Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a description that names its person speaks as that person', () => {
  test('"The army\'s commander in the north (General Tomas Lindqvist) says ...": the person in the parentheses', () => {
    const edges = edgesOf('Border\n\nThe Swedish army\'s commander in the north (General Tomas Lindqvist) says his troops will use deadly force, if necessary, to defend the border.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Tomas Lindqvist', 'deadly force')).toBe(true);
    expect(hasEdge(edges, 'THREAT', 'Tomas Lindqvist', 'deadly force')).toBe(true);
  });

  test('a name\'s own parentheses are no speaker of their own: "The Arctic Council (AC) said", "Senator Ana Ruiz (D-N.M.) said"', () => {
    const edges = edgesOf('Council\n\nThe Arctic Council (AC) said the meeting would go ahead. Senator Ana Ruiz (D-N.M.) said the bill would pass.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Arctic Council', 'meeting would go ahead')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Ana Ruiz', 'bill would pass')).toBe(true);
  });

  test('"A leader of the movement, Sheikh Omar Farah, and his followers have vowed to wage war": the named leader', () => {
    const edges = edgesOf('War\n\nA senior leader of the movement, Sheikh Omar Farah, and his followers have vowed to wage war against Kenya.\n');
    expect(edges.some((e) => e.type === 'THREAT' && e.source === 'Omar Farah' && e.targets.includes('Kenya'))).toBe(true);
  });

  test('"made clear that ..." reports words; "makes further demands" is no verb of saying and keeps a surname a person', () => {
    const edges = edgesOf('Visas\n\nForeign Minister Lena Dahl made clear that Norway would expel the envoys if Minsk did not change course. Mr Halvorsen makes further demands.\n');
    expect(edges.some((e) => e.type === 'THREAT' && e.source === 'Lena Dahl' && e.targets.includes('Belarus'))).toBe(true);
    expect(edges.some((e) => e.source === 'Halvorsen')).toBe(false);
  });
});

describe('a spokesperson the text does not name speaks for the one they serve', () => {
  test('"A spokesman for the Andean Court said": the court', () => {
    const edges = edgesOf('Ruling\n\nA spokesman for the Andean Court of Justice said the ruling stands.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Andean Court of Justice', 'ruling stands')).toBe(true);
  });

  test('"President Ruto\'s spokesman says": the president', () => {
    const edges = edgesOf('Vote\n\nPresident William Ruto\'s spokesman says the re-election is a great victory.\n');
    expect(hasEdge(edges, 'STATEMENT', 'William Ruto', 'great victory')).toBe(true);
  });

  test('a spokesman named before the description is the speaker: "Abdi Hassan, the spokesman for the Front said"', () => {
    const edges = edgesOf('Party\n\nAbdi Hassan, the political spokesman for the Ogaden National Liberation Front said the vote was rigged.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Abdi Hassan', 'vote was rigged')).toBe(true);
  });
});
