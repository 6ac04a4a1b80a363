// "X joined Y and Z in calling ...": every actor the speaker joins says it too, and all of them
// address the same party (src/extract/speakers/coordinated-speakers.ts, src/extract/inherit-targets.ts
// shareUtteranceTargets). Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const statements = (text: string): Array<{ source: string; target: string | null }> =>
  edgesOf(text).filter((e) => e.type === 'STATEMENT').map((e) => ({ source: e.source, target: e.target }));

describe('a speaker that joins a list of others', () => {
  const text = 'Vote\n\nVenezuela held a presidential election on Sunday.\n\nChile joined Peru and Colombia in calling the vote a fraud.\n';

  test('every actor of the joined list speaks, aimed at the party the first speaker addresses', () => {
    const found = statements(text).filter((s) => ['Chile', 'Peru', 'Colombia'].includes(s.source));
    expect(found).toEqual(expect.arrayContaining([
      { source: 'Chile', target: 'Venezuela' },
      { source: 'Peru', target: 'Venezuela' },
      { source: 'Colombia', target: 'Venezuela' },
    ]));
  });

  test('no speaker of the utterance is aimed at another of them', () => {
    const among = statements(text).filter((s) => ['Chile', 'Peru', 'Colombia'].includes(s.source) && ['Chile', 'Peru', 'Colombia'].includes(s.target ?? ''));
    expect(among).toEqual([]);
  });
});
