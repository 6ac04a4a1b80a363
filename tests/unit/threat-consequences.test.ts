// A consequence foretold for the party a condition asks to act (src/relations/detectors/
// threat-consequences.ts): "if Serbia continues the tests, it will find itself isolated" warns
// Serbia, whatever the consequence. Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

const threatsOf = (text: string): Array<{ source: string; target: string | null }> =>
  edgesOf(`Report\n\n${text}\n`).filter((e) => e.type === 'THREAT').map((e) => ({ source: e.source, target: e.target }));

describe('a consequence for the party the condition asks to act warns that party', () => {
  test.each([
    ['If Serbia continues its military build-up, it will find itself increasingly isolated, Foreign Minister Karl Brenner said on Monday.', 'Karl Brenner', 'Serbia'],
    ['Defence Secretary Ana Lopes said Venezuela "could end up isolated" if it continues with its militarisation of the border.', 'Ana Lopes', 'Venezuela'],
    ['Minister Omar Haddad said that if the Taliban continue to shelter terrorists, they should be removed from power.', 'Omar Haddad', 'Taliban'],
    ['Foreign Minister Karl Brenner said Belarus "must understand that only isolation awaits" if it keeps detaining journalists.', 'Karl Brenner', 'Belarus'],
    ['Chancellor Ida Holm said that if Hungary does not lift the veto, it will lose its share of the funds.', 'Ida Holm', 'Hungary'],
  ])('%s', (text, source, target) => {
    expect(threatsOf(text)).toContainEqual({ source, target });
  });
});

describe('two parties, a speaker\'s own side, or no party named: no warning from this rule', () => {
  test.each([
    ['Analyst Mara Quist said if Seoul continues the drills, Pyongyang will stay away from the talks.'],
    ['Senator Ana Ruiz said she will support Ukraine as long as it needs help.'],
    ['Economist Lena Berg said if prices do not rise, farmers will plant less wheat.'],
    ['Turkish Foreign Minister Ali Demir said that if Turkey continues its reforms, it will join the European Union.'],
  ])('%s', (text) => {
    expect(threatsOf(text)).toEqual([]);
  });
});
