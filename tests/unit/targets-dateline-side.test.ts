// A minister whose title names no state ("Minister of Foreign Affairs") serves the state whose
// capital the dateline names: that state is the speaker's own side, never the target while another
// party is named. Lines written for this test.
import { edgesOf } from '../setup/extract-text';

const statement = (text: string, words: string) => edgesOf(text).find((e) => e.type === 'STATEMENT' && e.evidence.includes(words));

describe("a stateless minister's side from the dateline", () => {
  test('"Canberra – Jane Doe, Minister of Foreign Affairs, announced that Australia is ...": the target is the other party', () => {
    const edge = statement('New tariffs\n\nCanberra – Jane Doe, Minister of Foreign Affairs, announced that Australia is imposing new duties on steel from Vietnam.', 'Jane Doe');
    expect(edge).toEqual(expect.objectContaining({ source: 'Jane Doe', target: 'Vietnam' }));
  });

  test('a dated dateline with the city after the dash: "May 2, 2024 – Wellington - ..."', () => {
    const edge = statement('New tariffs\n\nMay 2, 2024 – Wellington - Ministry of Trade\n\nJane Doe, Minister of Foreign Affairs, announced that New Zealand is imposing new duties on steel from Vietnam.', 'Jane Doe');
    expect(edge).toEqual(expect.objectContaining({ source: 'Jane Doe', target: 'Vietnam' }));
  });
});

describe('the side of a speaker named later in full with a hyphened particle', () => {
  test('"Mr. Salim said ..." then "President Hassan al-Salim of Yemen": his own state is no target when the words name another', () => {
    const edges = edgesOf('Border row\n\nADEN, March 2, 2012 - Mr. Salim said in a televised speech Monday that Yemen will close the crossing if Oman gives any support to the rebels. Yemeni President Hassan al-Salim spoke in Aden.\n');
    const said = edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes('close the crossing'));
    expect(said?.target).toBe('Oman');
  });
});
