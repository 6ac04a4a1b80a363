// ACCUSATION (src/relations/detectors/accusation.ts): blame for a plot, words that only deny a
// claim, and condemned harms that name only where they happened. Sentences written for this test:
// other countries, people and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const accusations = (edges: Edge[]): Edge[] => edges.filter((e) => e.type === 'ACCUSATION');

describe('ACCUSATION: blame for a plot', () => {
  test('"X was behind a plan to kill ..." accuses X, as "behind the attack" does', () => {
    const edges = edgesOf('Plot\n\nPeruvian Foreign Minister Ana Ruiz said on Monday that Chile was behind a plan to kill the mayor of Tacna.');
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Ana Ruiz', target: 'Chile' }));
  });

  test('"“They are behind a plot to kill ...”": a pronoun doer accuses whom the words are about; "“It is destroying ...”" does not', () => {
    const edges = edgesOf(
      'Plot\n\nBurkinabe Prime Minister Apollinaire Kyelem named the French intelligence service DGSE in a speech on Monday.\n\n' +
        '"They are behind a plot to kill our president," Kyelem said.',
    );
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Apollinaire Kyelem' }));
    const thing = edgesOf('Inquiry\n\nBurkinabe Prime Minister Apollinaire Kyelem spoke about the inquiry.\n\n"It is destroying the trust of our people," Kyelem said.');
    expect(accusations(thing)).toEqual([]);
  });

  test('"behind a plan to build a road" names no harm: no accusation', () => {
    const edges = edgesOf('Road\n\nPeruvian Foreign Minister Ana Ruiz said on Monday that Chile was behind a plan to build a road to Tacna.');
    expect(accusations(edges)).toEqual([]);
  });
});

describe('ACCUSATION: words that deny a claim', () => {
  test('"said the tallies were fake", "rejects the result as a sham": a denial, no accusation', () => {
    const edges = edgesOf("Bolivian vote\n\nBolivian opposition leader Carlos Mesa said the published tallies were fake.\n\nMesa Rejects Bolivian Election Result as 'Sham'");
    expect(accusations(edges)).toEqual([]);
  });

  test('"said Argentina\'s claims were fake" names whose claim: an accusation of Argentina', () => {
    const edges = edgesOf('Border\n\nBolivian opposition leader Carlos Mesa said Argentina\'s claims about the border were fake.');
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Carlos Mesa', target: 'Argentina' }));
  });
});

describe('ACCUSATION: a word of denial said of someone', () => {
  test('"exposed X as a fraud" reproaches X, unless a rejection verb takes the label ("rejected X as a fraud")', () => {
    const edges = edgesOf('Campaign\n\nLabour leader Ann Hughes said the leaked emails exposed him as a fraud.');
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Ann Hughes' }));
    const rejected = edgesOf('Vote\n\nLabour leader Ann Hughes rejected the count in Leeds as a fraud.');
    expect(accusations(rejected)).toEqual([]);
  });
});

describe('ACCUSATION: where a condemned harm happened', () => {
  test('"regret the loss of life in Kenya" accuses no one; "condemned Colombia for the attack" does', () => {
    const edges = edgesOf(
      'Statement\n\n"We regret the loss of life in Kenya and call for restraint," the Norwegian foreign ministry said.\n\n' +
        'Norwegian Foreign Minister Lars Berg also condemned Colombia for the attack on the embassy.',
    );
    expect(accusations(edges).filter((e) => e.target === 'Kenya')).toEqual([]);
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Lars Berg', target: 'Colombia' }));
  });
});

describe('ACCUSATION: an act owned by another actor', () => {
  test('"Sudan\'s renewed fighting undermines ...": a participle between the owner and the act', () => {
    const edges = edgesOf(
      "Chad reacts\n\nChadian Foreign Minister Abderaman Koulamallah spoke on Tuesday.\n\n" +
        '"Sudan\'s renewed fighting seriously undermines regional efforts to keep the peace," Koulamallah said.',
    );
    expect(accusations(edges)).toContainEqual(expect.objectContaining({ source: 'Abderaman Koulamallah', target: 'Sudan' }));
  });
});

describe('ACCUSATION: a cleft labels nothing', () => {
  test('"It is the credible threat of force that has brought ..." stresses; "the drills are a threat to peace" labels', () => {
    const edges = edgesOf(
      'Hearing\n\n"It is the credible threat of force that has brought the junta to the table," Portuguese Defence Minister Nuno Melo told the committee.',
    );
    expect(accusations(edges)).toEqual([]);
    const labelled = edgesOf('Drills\n\n"The drills near our coast are a threat to peace," Portuguese Defence Minister Nuno Melo said.');
    expect(accusations(labelled).length).toBeGreaterThan(0);
  });
});
