// A refusal to do what others demand ("will not release the hostages", "would not disarm", "will
// not attend the talks") rejects; the same verb under a condition or in the passive does not. And
// "the government of X" / "the government in <capital>" speaks for X. Lines written for this test.
import { edgesOf } from '../setup/extract-text';

const rejections = (text: string) => edgesOf(`Standoff\n\n${text}`).filter((e) => e.type === 'REJECTION');

describe('refusals as rejections', () => {
  test.each([
    ['The Lord\'s Resistance Army says it will not release the hostages until Uganda frees its fighters.', "Lord's Resistance Army"],
    ['A spokesman for the Free Aceh Movement said the movement would not disarm.', 'Free Aceh Movement'],
    ['The government of Sudan says it will not attend the talks in Doha with the Justice and Equality Movement.', 'Sudan'],
    ['The regime in Damascus said it would not pay any ransom to the kidnappers of the Free Syrian Army.', 'Syria'],
  ])('%s', (sentence, source) => {
    expect(rejections(sentence).map((e) => e.source)).toContain(source);
  });

  test('a refusal supposed ("if they do not disarm") or suffered ("are not getting paid") rejects nothing', () => {
    expect(rejections('President Omar al-Bashir warned that the army would fight again if the Justice and Equality Movement did not disarm.')).toEqual([]);
    expect(rejections('Ghanaian President John Mahama said teachers in Ghana are not getting paid.')).toEqual([]);
  });
});
