// "X joined Y in warning Z": a gerund after "in" that the tagger reads as a noun ("warning") is the
// verb of saying it spells when a name follows it. Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const claims = (text: string): string[] => edgesOf(text).filter((e) => e.type !== 'AFFILIATED_WITH').map((e) => `${e.type} ${e.source} -> ${e.targets.join('|')}`);

describe('a gerund of saying after "in"', () => {
  test('"joined with the EU in warning Serbia against ..." is the speaker\'s warning', () => {
    expect(claims('Austrian Chancellor Lena Hofer has joined with the European Union in warning Serbia against closing the border crossings.\n')).toEqual(expect.arrayContaining(['STATEMENT Lena Hofer -> Serbia', 'THREAT Lena Hofer -> Serbia']));
  });

  test('"in a warning to X" and "in warning of floods" stay nouns: no claim of their own', () => {
    expect(claims('The storm arrived in a warning to Chile.\n')).toEqual([]);
    expect(claims('The agency was late in warning of floods.\n')).toEqual([]);
  });
});
