// A group subject that lists its members ("Regional leaders, including X, demanded ..."): each
// member says it (src/extract/speakers/included-speakers.ts, mention-words.json inclusionPhrases).
// Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('members a group subject lists', () => {
  test('"Regional leaders, including X, have demanded": X speaks and proposes', () => {
    const edges = edgesOf('Rebel advance\n\nRegional leaders, including Ugandan President Yoweri Museveni, have demanded that the rebels leave the city by Monday.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Yoweri Museveni', 'have demanded')).toBe(true);
    expect(hasEdge(edges, 'PROPOSAL', 'Yoweri Museveni', 'have demanded')).toBe(true);
  });

  test('"Several governments, among them France and Belgium, said": both speak', () => {
    const edges = edgesOf('Rebel advance\n\nSeveral governments, among them France and Belgium, said the rebels must leave the city.\n');
    expect(hasEdge(edges, 'STATEMENT', 'France', 'Several governments')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Belgium', 'Several governments')).toBe(true);
  });

  test('no speaker from a list that is no subject, or with no verb of saying after it', () => {
    const object = edgesOf('Rebel advance\n\nThe rebels attacked several towns, including Bunia, and later said they would advance.\n');
    expect(object.some((e) => e.source === 'Bunia')).toBe(false);
    const acting = edgesOf('Rebel advance\n\nSeveral governments, including France and Belgium, sent aid to the city.\n');
    expect(acting.some((e) => e.type === 'STATEMENT' && (e.source === 'France' || e.source === 'Belgium'))).toBe(false);
  });
});
