// "Rebels fighting President X insist", "Protesters backing Y said": the name is the object of a
// participle that describes an unnamed subject; neither X nor Y speaks. "But acting chairman Z
// said" is Z's own title. Lines written for this test.
import { edgesOf } from '../setup/extract-text';

const speakers = (text: string): string[] => edgesOf(`Talks\n\n${text}`).filter((e) => e.type === 'STATEMENT').map((e) => e.source);

describe('a name after a describing participle', () => {
  test('"Rebels fighting Sudanese President Omar al-Bashir insist ...": not al-Bashir', () => {
    expect(speakers('Rebels fighting Sudanese President Omar al-Bashir insist he must leave power.')).not.toContain('Omar al-Bashir');
  });

  test('"Protesters backing opposition leader Raila Odinga said ...": not Odinga', () => {
    expect(speakers('Protesters backing opposition leader Raila Odinga said they would march on Monday.')).not.toContain('Raila Odinga');
  });

  test('"But acting chairman Zidouemba said": an acting title, the person speaks', () => {
    expect(speakers('The council met on Friday. But acting council chairman Bruno Zidouemba said the same rules apply.')).toContain('Bruno Zidouemba');
  });
});
