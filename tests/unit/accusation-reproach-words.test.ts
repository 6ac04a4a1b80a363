// Words of reproach added to verbal-conflict.selection.json (pretext, irregularities, defiance,
// impunity, vicious, unconstitutional, interference, disregard, rigging): in a speaker's words they
// accuse the actor they speak of. Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const accusationBy = (edges: Edge[], source: string): Edge | undefined => edges.find((e) => e.type === 'ACCUSATION' && e.source === source);

describe('reproach words added from usage', () => {
  test('"a pretext", "irregularities", "in defiance of", "unconstitutional"', () => {
    const pretext = edgesOf('Border\n\nVenezuelan Foreign Minister Yvan Gil said Guyana used the border incident as a pretext to invite foreign troops.\n');
    expect(accusationBy(pretext, 'Yvan Gil')).toEqual(expect.objectContaining({ target: 'Guyana' }));
    const irregularities = edgesOf('Vote\n\nMalawian opposition leader Lazarus Chakwera said the vote count by the Malawi Electoral Commission was full of irregularities.\n');
    expect(accusationBy(irregularities, 'Lazarus Chakwera')).toBeDefined();
    const defiance = edgesOf('Drills\n\nJapanese Defence Minister Minoru Kihara said North Korea acted in open defiance of the resolutions.\n');
    expect(accusationBy(defiance, 'Minoru Kihara')).toEqual(expect.objectContaining({ target: 'North Korea' }));
    const unconstitutional = edgesOf('Decree\n\nSenegalese opposition leader Ousmane Sonko said the decree of President Macky Sall was unconstitutional.\n');
    expect(accusationBy(unconstitutional, 'Ousmane Sonko')).toBeDefined();
  });

  test('no accusation: a reproach word after "any", what is not done', () => {
    const none = edgesOf('Elections\n\nMoldovan President Maia Sandu said Moldova would not accept any interference in its elections.\n');
    expect(accusationBy(none, 'Maia Sandu')).toBeUndefined();
  });
});
