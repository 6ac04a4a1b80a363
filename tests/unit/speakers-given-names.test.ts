// A given name that is also an English word ("Ted", "Grant", "Sue") opening a sentence: the tagger
// reads it as a verb there, so the name lost its first word and the speaker went unresolved.
// Sentences written for these tests.
import { extractOne, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('a given name that is also a word, opening a sentence', () => {
  test('"Ted X says", "Grant X told", "Sue X said" name their speakers in full', () => {
    const text = [
      'Fisheries council meets in Tromso',
      '',
      'Ted Okonjo says the quota talks have stalled.',
      '',
      'Grant Mwale told reporters the fleet would stay in port.',
      '',
      'Sue Halvorsen said the council would meet again in April.',
      '',
      'Okonjo said later that he expected a deal.',
      '',
    ].join('\n');
    const { edges, names } = extractOne(text);
    expect(names).toEqual(expect.arrayContaining(['Ted Okonjo', 'Grant Mwale', 'Sue Halvorsen']));
    expect(said(edges, 'Ted Okonjo', 'talks have stalled')).toBe(true);
    expect(said(edges, 'Grant Mwale', 'stay in port')).toBe(true);
    expect(said(edges, 'Sue Halvorsen', 'meet again')).toBe(true);
    expect(said(edges, 'Ted Okonjo', 'expected a deal')).toBe(true);
  });

  test('not a name: an auxiliary before a state, a word before a known place', () => {
    const text = ['Fisheries council meets in Tromso', '', 'Will Norway sign the accord this year?', '', 'Grant Norway the extension, the delegates urged.', ''].join('\n');
    const { names } = extractOne(text);
    expect(names).not.toContain('Will Norway');
    expect(names).not.toContain('Grant Norway');
  });
});
