// A noun of calling completed by an infinitive proposes what the infinitive says ("in their calls to
// end the violence"), though the tagger may read "calls" after "their" as a verb
// (src/relations/detectors/proposal-calls.ts, cues.json proposal.infinitiveNouns). Sentences written
// for this test.
import { edgesOf } from '../setup/extract-text';

const proposalsBy = (text: string): string[] => edgesOf(`Report\n\n${text}\n`).filter((e) => e.type === 'PROPOSAL').map((e) => e.source);

test('"joins X and Y in their calls to end the fighting" proposes', () => {
  expect(proposalsBy('Foreign Minister Ana Ruiz said Chile joins Peru and Bolivia in their calls to end the fighting.')).toContain('Ana Ruiz');
  expect(proposalsBy('Foreign Minister Ana Ruiz said Chile repeats its appeal to resume the talks with Bolivia.')).toContain('Ana Ruiz');
});

test('not a call: phone calls to a capital, or a reaction to someone else\'s call', () => {
  expect(proposalsBy('The minister made several calls to Lima on Monday, spokesman Omar Haddad said.')).toEqual([]);
  expect(proposalsBy('Foreign Minister Ana Ruiz rejected their calls to resume the talks.')).toEqual([]);
});
