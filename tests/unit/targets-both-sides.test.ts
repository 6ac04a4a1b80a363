// "Wang Yi urged both sides to return to talks": an addressee that is the two parties the article
// sets against each other is those two, not the speaker's own side; "said the two sides were close"
// addresses nobody by it. Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

const targetsOf = (text: string, type: string, words: string): string[] => edgesOf(text).find((e) => e.type === type && e.evidence.includes(words))?.targets ?? [];

const BORDER = 'Fighting between Ecuador and Peru killed six soldiers on Monday. Ecuador accused Peru of firing first. Peru said Ecuadorian troops crossed the border.';

describe('"both sides" as the addressee', () => {
  test('"urged both sides" is aimed at the two parties', () => {
    const targets = targetsOf(`Border Clash\n\n${BORDER} Brazilian Foreign Minister Ana Lima urged both sides to return to talks.\n`, 'PROPOSAL', 'urged both sides');
    expect([...targets].sort()).toEqual(['Ecuador', 'Peru']);
  });

  test('"called on the two countries" leaves out the speaker\'s own side', () => {
    const text = `Border Clash\n\n${BORDER} Brazil sent envoys to the border. Brazil offered to mediate. Brazil and Peru held talks in Brazil. Brazilian Foreign Minister Ana Lima called on the two countries to pull back their troops.\n`;
    expect([...targetsOf(text, 'PROPOSAL', 'called on the two countries')].sort()).toEqual(['Ecuador', 'Peru']);
  });

  test('"said the two sides were close" is no addressee', () => {
    const targets = targetsOf(`Border Talks\n\n${BORDER} Brazilian Foreign Minister Ana Lima said the two sides were close to a deal.\n`, 'STATEMENT', 'two sides were close');
    expect(targets).not.toEqual(expect.arrayContaining(['Ecuador', 'Peru']));
  });
});
