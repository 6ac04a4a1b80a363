// Quotes signed after their closing mark, as government news releases write them: a paragraph
// that opens with a quotation mark and ends '...” – Name, Minister of X'. Every sentence of it is
// the signer's; the signature is not. Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const release = (paragraph: string): string =>
  `New sanctions on Minsk\n\nWellington – Winston Peters, Minister of Foreign Affairs, announced new sanctions on Belarus today.\n\n${paragraph}\n\nQuick facts\n\nThe sanctions take effect on Monday.\n`;

describe('a quoted paragraph signed after its closing mark', () => {
  test('each sentence is the signer\'s, its threat too; the signature is not a statement', () => {
    const edges = edgesOf(release('“New Zealand will not stand idly by while the regime jails its critics. Human rights must be respected. We are using every tool at our disposal.” – Winston Peters, Minister of Foreign Affairs'));
    const by = (words: string, type = 'STATEMENT'): string[] => edges.filter((e) => e.type === type && e.evidence.includes(words)).map((e) => e.source);
    expect(by('will not stand idly by')).toEqual(['Winston Peters']);
    expect(by('will not stand idly by', 'THREAT')).toEqual(['Winston Peters']);
    expect(by('Human rights must be respected')).toEqual(['Winston Peters']);
    expect(by('every tool at our disposal')).toEqual(['Winston Peters']);
    expect(edges.filter((e) => e.evidence.startsWith('– Winston Peters'))).toEqual([]);
  });

  test('an em dash and a straight quote mark sign a quote too', () => {
    const edges = edgesOf(release('"Our partners expect a firm answer from Minsk." — Winston Peters'));
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Winston Peters' && e.evidence.includes('firm answer'))).toBe(true);
  });

  test('no signature: a paragraph that does not open with a quote, or a dash with no name after it', () => {
    const plain = edgesOf(release('The ministry expects a firm answer from Minsk – the talks resume in May.'));
    expect(plain.some((e) => e.evidence.includes('firm answer'))).toBe(false);
    const unnamed = edgesOf(release('“Our partners expect a firm answer from Minsk.” – Ministry of Foreign Affairs and Trade'));
    expect(unnamed.some((e) => e.source === 'Winston Peters' && e.evidence.includes('firm answer'))).toBe(false);
  });
});
