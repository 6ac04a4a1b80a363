// REJECTION (src/relations/detectors/rejection.ts): shapes that look like a rejection and are
// none, and who rejects when the words name someone. Sentences written for this test: other
// countries, people and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const rejections = (edges: Edge[]): Edge[] => edges.filter((e) => e.type === 'REJECTION');
const sources = (edges: Edge[]): string[] => rejections(edges).map((e) => e.source);

describe('REJECTION: a rejection verb that rejects nothing', () => {
  test('"denied rival firms the chance", "refused him a visa": withholding something from someone', () => {
    const edges = edgesOf(
      'Ruling\n\nCompetition Commissioner Ana Silva said Microsoft had abused its dominance. ' +
        '"It denied other firms the chance to compete. And it denied Spanish consumers a real choice," Silva said.',
    );
    expect(rejections(edges)).toEqual([]);
  });

  test('a denial of a claim with a time or a relative clause after it still rejects', () => {
    const edges = edgesOf('Dispute\n\nMicrosoft denied it the next day. Peru denied the claims the commissioner made.');
    expect(sources(edges)).toEqual(expect.arrayContaining(['Microsoft', 'Peru']));
  });

  test('"the capability to reject", "the right to refuse": a power to reject is no rejection', () => {
    const edges = edgesOf(
      'Security\n\nGeneral Amos Reed said the alliance is helping Kenya build its own capability to reject Somali influence. ' +
        'Reed said Kenya has the right to refuse the Somali demands.',
    );
    expect(rejections(edges)).toEqual([]);
  });
});

describe('REJECTION: whose rejection the words report', () => {
  test('"“He is defying the rules,” said X": a third person in the speaker\'s quote is not the speaker', () => {
    const edges = edgesOf('Row\n\nPrime Minister Ana Ruiz met President Tomas Vela in Lima. "He is defying the rules of evidence," said Ruiz.');
    expect(sources(edges)).not.toContain('Ana Ruiz');
  });

  test('"“We reject these claims,” said X" and "X said she rejected" are the speaker\'s', () => {
    expect(sources(edgesOf('Denial\n\n"We reject these claims," said Ana Ruiz.'))).toContain('Ana Ruiz');
    expect(sources(edgesOf('Denial\n\nPrime Minister Ana Ruiz said she rejected the Peruvian proposal.'))).toContain('Ana Ruiz');
  });

  test('"they" after other actors, or said by one person, is not the speaker: "urged Bolivia to reform, but they refuse"', () => {
    expect(sources(edgesOf('Reform\n\nPeru has urged Bolivia to reform, but they refuse to respect the rights of the people.'))).not.toContain('Peru');
    expect(sources(edgesOf('Reform\n\nPrime Minister Ana Ruiz said Bolivia failed and they rejected it.'))).not.toContain('Ana Ruiz');
  });

  test('the speaker\'s own side in the speaker\'s quote is the speaker speaking for it: one rejection, the speaker\'s', () => {
    const edges = edgesOf(
      'Plot claims\n\nVenezuela accused Washington of plotting. ' +
        '"The United States categorically rejects allegations of any U.S. government involvement in any plot," said State Department Spokeswoman Jane Doe.',
    );
    expect(sources(edges)).toContain('Jane Doe');
    expect(sources(edges)).not.toContain('United States');
  });
});

describe('REJECTION: a stance, an ellipsis, a headline', () => {
  test('"the non-recognition of the annexation" in the speaker\'s words is the speaker\'s; "Georgia\'s non-recognition" is not', () => {
    const edges = edgesOf(
      'Council\n\nMinisters met on Monday, High Representative Kaja Kallas said. ' +
        '"Once again, it includes the non-recognition of the illegal annexation of Abkhazia," Kallas said. ' +
        'Kallas later said Georgia\'s non-recognition of the vote stands.',
    );
    const rejecting = rejections(edges).filter((e) => e.source === 'Kaja Kallas');
    expect(rejecting.map((e) => e.evidence)).toEqual([expect.stringContaining('includes the non-recognition')]);
  });

  test('"And so, too, does X" after a rejection: X rejects too; after another act, nothing', () => {
    const edges = edgesOf(
      'Plot claims\n\nVenezuela accused Washington of plotting a coup. The U.S. State Department has dismissed the accusation. ' +
        'And so, too, does former Assistant Secretary of State Ana Vela, now an analyst at the Hudson Institute.',
    );
    expect(sources(edges)).toContain('Ana Vela');
    expect(sources(edgesOf('Accord\n\nChile signed the accord. So did Peru.'))).toEqual([]);
    expect(sources(edgesOf('Accord\n\nChile rejected the accord. So did Peru.'))).toContain('Peru');
  });

  test('a Title Case headline with a possessive and "as": "Mwangi Rejects Tanzanian President\'s Poll Win as \'Fraud\'"', () => {
    const edges = edgesOf("Mwangi Rejects Tanzanian President's Poll Win as 'Fraud'\n\nDODOMA -- Opposition leader Amani Mwangi spoke on Monday.");
    expect(rejections(edges)).toContainEqual(expect.objectContaining({ source: 'Amani Mwangi', evidence: expect.stringContaining('Mwangi Rejects') }));
  });
});

describe('REJECTION: "there have been no …" of a thing another actor named before', () => {
  test('denies it, aimed at that actor; "there is no doubt" of nothing named before denies nothing', () => {
    const edges = edgesOf(
      'Export curbs\n\nChile says it will file a complaint against Peru over export curbs. ' +
        'Peru cited unspecified safety concerns as a reason for the curbs. ' +
        'Trade official Ana Vela said there have been no safety-related problems with the shipments. ' +
        'She said there is no doubt the talks will go on.',
    );
    const rejecting = rejections(edges).filter((e) => e.source === 'Ana Vela');
    expect(rejecting).toEqual([expect.objectContaining({ target: 'Peru', evidence: expect.stringContaining('no safety-related problems') })]);
  });
});
