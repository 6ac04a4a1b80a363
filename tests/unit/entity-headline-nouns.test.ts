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

  test('a line that a colon ends, with its verb in lower case, is a sentence; a headline may have a lower-case verb', () => {
    const line = (text: string): boolean => isHeadline(annotate({ id: 'a', path: 'a.txt', file: 'a.txt', title: '', date: null, text }).sentences[0].tokens, defaultKnowledge());
    expect(line('Foreign, Commonwealth and Development Office Minister for International Development and Africa Andrew Mitchell said:')).toBe(false);
    expect(line("UN's Annan says Uzbek President Rejects Call For International Probe of Violence")).toBe(true);
    const { names } = extractOne('Statement on Chad\n\nForeign Office Minister for Development and Africa Rebecca Holm said:\n\n"We call on all sides to stop the fighting."\n');
    expect(names).toContain('Rebecca Holm');
    expect(names.filter((n) => n.includes('Holm'))).toEqual(['Rebecca Holm']);
  });

  test('a sentence that ends with a full stop is never one', () => {
    const { names } = extractOne('Report\n\nLeaders of the Free Democratic Party met Chancellor Olaf Scholz in Berlin.');
    expect(names).toContain('Free Democratic Party');
  });

  test('a short headline with no full stop is one too: its capitalised verb and nouns make no person', () => {
    const { names } = extractOne('Chad to Intensify Border Offensive\n\nChad will send more troops to its eastern border, President Idriss Deby said on Monday.');
    expect(names).toContain('Chad');
    expect(names).toContain('Idriss Deby');
    expect(names).not.toContain('Intensify Border Offensive');
    const { names: credited } = extractOne('Rebel Truce Collapses\n\nThe fighting resumed near Goma on Sunday, the army said.\n\n(Reuters Photo/Martha Okello)');
    expect(credited).not.toContain('Rebel Truce Collapses');
    expect(credited).toContain('Martha Okello'); // a credit line with a given name stays a line of names
  });
});
