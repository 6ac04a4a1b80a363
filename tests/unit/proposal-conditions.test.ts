// A modal in a condition ("in case he should decide", "if Serbia should attack") lays no obligation
// on anyone: no proposal. Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

const proposals = (text: string): string[] => edgesOf(`Border\n\n${text}\n`).filter((e) => e.type === 'PROPOSAL').map((e) => e.source);

describe('conditions are no calls for action', () => {
  test('"should" after "in case" or "if" is a condition', () => {
    expect(proposals('"We will close the border in case Serbia should decide to send troops," Kosovo Prime Minister Albin Kurti said.')).toEqual([]);
    expect(proposals('"If Azerbaijan should attack, we will defend ourselves," Armenian Prime Minister Nikol Pashinyan said.')).toEqual([]);
  });

  test('"should" as an obligation still calls for action', () => {
    expect(proposals('"Serbia should withdraw its troops from the border," Kosovo Prime Minister Albin Kurti said.')).toEqual(['Albin Kurti']);
  });
});
