// A Title Case headline made of nouns ("Repression of Civil Society ... in Nicaragua") capitalises
// English words, not names: they make no organisations. Titles keep the names after them.
// Lines written for this test.
import { extractOne } from '../setup/extract-text';
import { defaultKnowledge } from '../setup/knowledge';
import { annotate } from '../../src/nlp';
import { isHeadline } from '../../src/extract/mentions';

describe('a Title Case headline of nouns', () => {
  test('its capitalised English words are no organisations; the state it names stays', () => {
    const { names } = extractOne('Persecution of Free Press, Labor Unions, and Opposition Parties in Belarus\n\nThe United States condemned the arrests in Minsk on Monday.');
    expect(names).toContain('Belarus');
    expect(names).not.toContain('Free Press');
    expect(names).not.toContain('Labor Unions');
    expect(names).not.toContain('Opposition Parties');
  });

  test('a line of titles and names is no such headline: "... with Ghanaian Deputy Prime Minister Osei"', () => {
    const line = (text: string): boolean => isHeadline(annotate({ id: 'a', path: 'a.txt', file: 'a.txt', title: '', date: null, text }).sentences[0].tokens, defaultKnowledge());
    expect(line("Secretary Rubio's Call with Ghanaian Deputy Prime Minister Osei")).toBe(false);
    expect(line('Persecution of Free Press, Labor Unions, and Opposition Parties in Belarus')).toBe(true);
  });

  test('a sentence that ends with a full stop is never one', () => {
    const { names } = extractOne('Report\n\nLeaders of the Free Democratic Party met Chancellor Olaf Scholz in Berlin.');
    expect(names).toContain('Free Democratic Party');
  });
});
