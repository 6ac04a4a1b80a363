// Wire copy written in capitals, as broadcast scripts keep it, is read in sentence case: names
// knowledge gives, words no dictionary has and sentence openers keep their capital, every other
// word is lower-cased, spelled-out letters stay capitals, and every offset stays where it was.
// Lines written for this test.
import { defaultKnowledge } from '../setup/knowledge';
import { readableCase } from '../../src/nlp/recase';
import type { Article } from '../../src/model/types';
import { edgesOf } from '../setup/extract-text';

const SCRIPT = [
  'GHANA WARNS TOGO OVER BORDER RAIDS',
  '',
  'GHANAIAN DEFENSE MINISTER DOMINIC NITIWUL SAYS GHANA WILL RESPOND IF TOGOLESE TROOPS CROSS THE BORDER AGAIN.',
  '',
  'THE MINISTER TOLD REPORTERS IN ACCRA ON MONDAY THAT THE U-N SHOULD SEND OBSERVERS TO THE VOLTA REGION. THE GOVERNMENT IN LOME DENIES THE CHARGES.',
  '',
].join('\n');

const article = (text: string): Article => ({ id: 'x', path: 'x.txt', file: 'x.txt', title: '', date: null, text });

describe('text written in capitals', () => {
  const knowledge = defaultKnowledge();
  const read = readableCase(article(SCRIPT), knowledge).text;

  test('is recased word for word, each word where it was', () => {
    expect(read).toHaveLength(SCRIPT.length);
    expect(read.toUpperCase()).toBe(SCRIPT.toUpperCase());
    expect(read).toContain('Ghanaian defense minister Dominic Nitiwul says Ghana will respond if Togolese troops cross the border again.');
    expect(read).toContain('in Accra on Monday that the U-N should');
    expect(read).toContain('The government in Lome denies');
  });

  test('its speakers and threats are found as in ordinary text', () => {
    const edges = edgesOf(SCRIPT);
    expect(edges.some((e) => e.type === 'THREAT' && e.source === 'Dominic Nitiwul')).toBe(true);
  });

  test('a capital whose lower case is longer ("İ") keeps its place, so offsets hold', () => {
    const turkish = SCRIPT.replace('ACCRA', 'İSTANBUL');
    expect(readableCase(article(turkish), knowledge).text).toHaveLength(turkish.length);
  });

  test('ordinary text, and a headline in capitals over ordinary text, are left as they are', () => {
    const plain = 'GHANA WARNS TOGO\n\nGhana warned Togo on Monday that it would respond to any new raid across the border near the Volta region, officials in Accra said.\n';
    expect(readableCase(article(plain), knowledge).text).toBe(plain);
  });
});
