// Verbs that report words only after a direct quote of their sentence (cues.json speech.quoteVerbs,
// src/extract/speakers/find-speakers.ts). Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

describe('verbs of saying only after a quote', () => {
  test('"“...,” X continued" and "“...,” X barked" are statements', () => {
    const edges = edgesOf([
      '“The harbour will reopen before the monsoon,” Sri Lankan Ports Minister Nimal Siripala de Silva continued.',
      '',
      '“Leave the chamber now,” Sri Lankan lawmaker Sajith Premadasa barked at the end of the session.',
      '',
    ].join('\n'));
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Nimal Siripala de Silva' && e.evidence.includes('harbour will reopen'))).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Sajith Premadasa' && e.evidence.includes('Leave the chamber'))).toBe(true);
  });

  test('without a quote before them they report nothing', () => {
    const edges = edgesOf('Icelandic Prime Minister Kristrun Frostadottir continued her tour of the fishing towns on Monday.\n');
    expect(edges.some((e) => e.type === 'STATEMENT')).toBe(false);
  });

  test('a quote after the verb is no quote they report', () => {
    const edges = edgesOf('Estonian Foreign Minister Margus Tsahkna continued to read from “a very long and detailed report on the border”.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Margus Tsahkna')).toBe(false);
  });
});

describe('an inverted speaker owned by a body', () => {
  test('"“...,” said Sodelpa’s Viliame Gavoka": the person the possessive owns speaks, not the body', () => {
    const edges = edgesOf('Vote count\n\n“The whole count was rigged from the start,” said Sodelpa’s Viliame Gavoka.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Viliame Gavoka')).toBe(true);
  });
});
