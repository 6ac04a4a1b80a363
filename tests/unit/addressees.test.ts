// Addressees named by a link word (src/extract/addressees.ts): the object of a verb that takes its
// addressee, the actor after "called on", "spoke by phone with", "in a letter to"; the medium told
// is no addressee when the words name another party. Sentences written for these tests.
import { extractOne, type Edge } from '../setup/extract-text';

const claim = (edges: Edge[], type: string, source: string, words: string): Edge | undefined =>
  edges.find((e) => e.type === type && e.source === source && e.evidence.includes(words));

describe('addressees named by a link word', () => {
  test('"... and called on X and Y to": the coordinated pair, not the party named before', () => {
    const text = 'Lithuanian Foreign Minister Kestutis Budrys called the decision "a present to Minsk" and called on Portugal and Greece to drop their objections.\n';
    const { edges } = extractOne(text);
    const proposal = claim(edges, 'PROPOSAL', 'Kestutis Budrys', 'called on Portugal');
    expect(proposal?.target).toBe('Portugal');
    expect(proposal?.targets.slice(0, 2)).toEqual(['Portugal', 'Greece']);
  });

  test('"said ... and urged X to": the party urged, not the one the first clause names', () => {
    const text = 'SADC Executive Secretary Elias Magosi said the bloc stood with Mozambique and urged Malawi to reopen the border crossing.\n';
    const { edges } = extractOne(text);
    expect(claim(edges, 'PROPOSAL', 'Elias Magosi', 'urged Malawi')?.target).toBe('Malawi');
  });

  test('"we urge X" in the speaker\'s own words', () => {
    const text = [
      'Norwegian Foreign Minister Espen Barth Eide issued a statement on Friday.',
      '"We urge Hungary to withdraw its veto against Moldova," Eide said.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(claim(edges, 'PROPOSAL', 'Espen Barth Eide', 'We urge Hungary')?.target).toBe('Hungary');
  });

  test('the medium told is no addressee when the words name another party', () => {
    const text = 'Serbian Defence Minister Bratislav Gasic told Al Jazeera that Croatia was "playing with fire".\n';
    const { edges } = extractOne(text);
    expect(claim(edges, 'STATEMENT', 'Bratislav Gasic', 'playing with fire')?.target).toBe('Croatia');
  });

  test('the medium told stays the addressee when the words name nobody else', () => {
    const text = 'Serbian Defence Minister Bratislav Gasic told Al Jazeera that the army was ready.\n';
    const { edges } = extractOne(text);
    expect(claim(edges, 'STATEMENT', 'Bratislav Gasic', 'army was ready')?.target).toBe('Al Jazeera');
  });

  test('a link inside a clause of someone else does not make the speaker\'s addressee', () => {
    const text = 'Kenyan President William Ruto said that Ethiopia, which called on Egypt to resume talks, would host the summit.\n';
    const { edges } = extractOne(text);
    expect(claim(edges, 'STATEMENT', 'William Ruto', 'host the summit')?.target).toBe('Ethiopia');
  });
});
