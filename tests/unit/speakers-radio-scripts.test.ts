// Radio scripts (VOA): part labels ("Intro:", "Text:") are no speakers, and a recorded clip between
// "/// NAME ACT ///" and "/// END ACT ///" is the words of the person the marker names by surname.
// Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const sourcesOf = (text: string, words: string): string[] => edgesOf(text).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

describe('radio scripts', () => {
  test('"Intro:" and "Text:" label parts of the script: the sentence after the label has its own speaker', () => {
    const text = 'Lindqvist on Gotland\n\nIntro: Swedish Defense Minister Erik Lindqvist says Sweden will not accept Russian flights over Gotland.\n\nText: Mr. Lindqvist says Moscow must stop the flights at once.\n';
    expect(sourcesOf(text, 'will not accept Russian flights')).toEqual(['Erik Lindqvist']);
    expect(sourcesOf(text, 'must stop the flights')).toEqual(['Erik Lindqvist']);
    const names = edgesOf(text).flatMap((e) => [e.source, ...e.targets]);
    expect(names).not.toContain('Text');
    expect(names).not.toContain('Intro');
  });

  test('a clip between "/// LINDQVIST ACT ///" and "/// END ACT ///" is his; the marker names nobody', () => {
    const text = 'Sweden warns Moscow\n\nSwedish Defense Minister Erik Lindqvist visited the island on Monday.\n\n/// LINDQVIST ACT ///\n\nIf these flights go on, Sweden will respond with force.\n\n/// END ACT ///\n\nRussia denies any violation of Swedish airspace.\n';
    expect(sourcesOf(text, 'Sweden will respond with force')).toEqual(['Erik Lindqvist']);
    expect(edgesOf(text).some((e) => e.type === 'THREAT' && e.source === 'Erik Lindqvist' && e.evidence.includes('respond with force'))).toBe(true);
    expect(sourcesOf(text, 'denies any violation')).not.toContain('Erik Lindqvist');
    const names = edgesOf(text).flatMap((e) => [e.source, ...e.targets]);
    expect(names.some((n) => /ACT/i.test(n))).toBe(false);
  });

  test('a marker whose surname nobody before it has names no speaker', () => {
    const text = 'Sweden warns Moscow\n\nSwedish Defense Minister Erik Lindqvist visited the island on Monday.\n\n/// HALVORSEN ACT ///\n\nIf these flights go on, Sweden will respond with force.\n\n/// END ACT ///\n';
    expect(sourcesOf(text, 'respond with force')).not.toContain('Erik Lindqvist');
  });
});
