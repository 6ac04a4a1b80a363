// A bare title ("the Prime Minister") is not a person the same sentence names beside it ("The
// Prime Minister spoke to the Prime Minister of Norway Ola Lund"), nor one named beside such a
// title elsewhere ("Prime Minister Lund thanked the Prime Minister"). Lines written for this test.
import { edgesOf } from '../setup/extract-text';

describe('a bare title and the people named beside it', () => {
  const edges = edgesOf(
    'Readout of a call\n\n' +
      'Prime Minister Anna Berg of Sweden held a call with Prime Minister Ola Lund of Norway on Monday. ' +
      'The Prime Minister spoke to the Prime Minister of Norway Ola Lund this evening. ' +
      'Prime Minister Lund thanked the Prime Minister for her leadership on Ukraine. ' +
      'Looking ahead, the Prime Minister said the summit in Oslo would matter to Finland.',
  );
  const sourceOf = (words: string) => edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes(words))?.source;

  test('"The Prime Minister spoke to the Prime Minister of Norway Ola Lund": the other prime minister', () => {
    expect(sourceOf('spoke to the Prime Minister of Norway')).toBe('Anna Berg');
  });

  test('later, "the Prime Minister said" is still not Lund, who was named beside the title', () => {
    expect(sourceOf('Looking ahead')).toBe('Anna Berg');
    expect(sourceOf('thanked the Prime Minister')).toBe('Ola Lund');
  });
});

// An office a state has one holder of, whom neither the article nor knowledge names: the holder
// speaks for the state, as any unnamed official does (gold/FORMAT.md). Lines written for this test.
describe('a bare title whose holder nobody names', () => {
  const edges = edgesOf(
    'UK sanctions ministers in Belarus\n\n' +
      'The UK has imposed sanctions on six Belarusian ministers over the crackdown, the Foreign Secretary announced on Thursday. ' +
      'The measures follow weeks of protests in Minsk.',
  );

  test('"..., the Foreign Secretary announced": the United Kingdom speaks', () => {
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'United Kingdom' && e.evidence.includes('imposed sanctions on six'))).toBe(true);
  });

  test('a title of many holders ("the ambassador said") names no state', () => {
    const others = edgesOf('Talks in Geneva\n\nThe talks on Ukraine resumed in Geneva on Monday, the ambassador said.');
    expect(others.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual([]);
  });
});
