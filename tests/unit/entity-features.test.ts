// Seas, straits and peninsulas named after a state are places (src/extract/mentions/features.ts,
// function-words.json featureNouns): "patrols in the South China Sea" names no China to aim at.
// Sentences written for this test.
import { edgesOf, extractOne } from '../setup/extract-text';

describe('a sea or peninsula named after a state', () => {
  test('"the South China Sea", "the Gulf of Finland": no target of the state inside the name', () => {
    const edges = edgesOf('Patrols\n\nIndonesia said it would step up patrols in the South China Sea. Latvia said it would send two ships to the Gulf of Finland.\n');
    const targets = edges.filter((e) => e.type === 'STATEMENT').flatMap((e) => e.targets);
    expect(targets).not.toContain('China');
    expect(targets).not.toContain('Finland');
  });

  test('a sentence with a sea that ends in a direction word is read to its end ("... to reach the South")', () => {
    expect(edgesOf('Patrols\n\nKenya said its ships crossed the Red Sea to reach the South\n').length).toBeGreaterThan(0);
  });

  test('the state named apart still counts, and a state whose own name ends in such a word stays a state', () => {
    const { names } = extractOne('Patrols\n\nIndonesia accused China of sending ships into the Natuna Sea. Ivory Coast said the Korean Peninsula was calm.\n');
    expect(names).toEqual(expect.arrayContaining(['Indonesia', 'China', 'Ivory Coast']));
  });
});
