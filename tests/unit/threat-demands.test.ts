// Ultimatums with no verb of threatening (src/relations/detectors/threat-demands.ts): what the
// speaker's side says it will do, under a condition that asks another party to act ("unless", "if
// X does not / fails to", "as long as X continues"). Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

const threats = (text: string): string[] => edgesOf(`Report\n\n${text}\n`).filter((e) => e.type === 'THREAT').map((e) => e.source);

describe('an own act under a condition that asks another party to act is a threat', () => {
  test.each([
    ['Prime Minister Julia Gillard said that if Norway does not stop the hunt, we will initiate legal action.', 'Julia Gillard'],
    ['A rebel commander, Omar Haddad, says his forces will abandon the truce on Friday if President Michel Aoun fails to abide by it.', 'Omar Haddad'],
    ['Opposition leader Nelson Chamisa said his party will quit the talks unless ZANU-PF ends the violence.', 'Nelson Chamisa'],
    ['Foreign Minister Ana Brnabic said her government will keep the border closed as long as Pristina continues the arrests.', 'Ana Brnabic'],
  ])('%s', (text, speaker) => {
    expect(threats(text)).toContain(speaker);
  });
});

describe('a condition that asks nothing, or an act that is not the speaker side\'s, is no ultimatum', () => {
  test.each([
    ['Senator Ana Ruiz said if Congress passes the bill, she will sign it.'],
    ['Senator Ana Ruiz said she will support Ukraine as long as it needs help.'],
    ['Economist Lena Berg said exports will fall unless the rains come.'],
    ['Economist Lena Berg said if prices do not rise, farmers will plant less wheat.'],
  ])('%s', (text) => {
    expect(threats(text)).toEqual([]);
  });
});
