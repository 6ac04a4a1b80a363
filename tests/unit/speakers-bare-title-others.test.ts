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
