// Readouts of calls: "X had a telephone conversation with Y" makes the pair that "the two leaders" and
// "both parties" name in the sentences after it (knowledge/en/readouts.json). Sentences written for
// these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const sources = (edges: Edge[], type: string, words: string): string[] =>
  edges.filter((e) => e.type === type && e.evidence.includes(words)).map((e) => e.source).sort();

describe('readouts of calls', () => {
  test('"had a telephone conversation with": the pair speaks after it', () => {
    const text = ['Telephone conversation', '', 'Kassym-Jomart Tokayev had a telephone conversation with Shavkat Mirziyoyev. The two leaders agreed to continue contacts.', ''].join('\n');
    expect(sources(edgesOf(text), 'PROPOSAL', 'agreed to continue')).toEqual(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });

  test('"both parties" after a call', () => {
    const text = ['Telephone conversation', '', 'Kassym-Jomart Tokayev had a phone call with Shavkat Mirziyoyev. Both parties noted the importance of resuming the water talks.', ''].join('\n');
    expect(sources(edgesOf(text), 'STATEMENT', 'Both parties noted')).toEqual(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });

  test('"has" without a word of meeting after it makes no pair', () => {
    const text = ['Border', '', 'Kazakhstan has borders with Uzbekistan. Both sides have grown cotton for decades.', ''].join('\n');
    expect(edgesOf(text).filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe("a readout's headline: the host's call with the guest, named as a noun", () => {
  test('"Minister Wong\'s Call with Fijian Prime Minister Rabuka": the host speaks with the guest the article names in full', () => {
    const text = [
      "Minister Wong's Call with Fijian Prime Minister Rabuka",
      '',
      'Foreign Minister Penny Wong spoke today with Fijian Prime Minister Sitiveni Rabuka. The Minister welcomed the new fisheries accord.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    const headline = edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes("Call with Fijian"));
    expect(headline).toEqual(expect.objectContaining({ source: 'Penny Wong', targets: expect.arrayContaining(['Sitiveni Rabuka']) }));
  });
});

describe('a pair told what to do is no pair that speaks', () => {
  test('"President X and the Government of Y should urge ...": the statement\'s author speaks, not the pair', () => {
    const text = [
      'Statement on the border clashes',
      '',
      'Jane Holloway, Foreign Secretary',
      '',
      'President Tokayev and the Government of Kyrgyzstan should urge the border guards to withdraw from the disputed villages.',
      '',
    ].join('\n');
    const sources = edgesOf(text).filter((e) => e.evidence.includes('should urge')).map((e) => e.source);
    expect(sources).toContain('Jane Holloway');
    expect(sources).not.toContain('Kyrgyzstan');
  });
});
