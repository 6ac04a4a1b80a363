// A place and a rank written before a person's name are no part of the name
// (src/extract/mentions/person-names.ts). Sentences written for these tests.
import { extractOne } from '../setup/extract-text';

describe('"<Place> <Rank> <Name>": the node is named by the name alone', () => {
  test('a state and an abbreviated rank ("Oregon Gov. Tina Kotek")', () => {
    const { edges, names } = extractOne('Oregon Gov. Tina Kotek said the wildfire budget would double.\n');
    expect(names).toContain('Tina Kotek');
    expect(names).not.toContain('Oregon Gov. Tina Kotek');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Tina Kotek')).toBe(true);
  });

  test('a two-word state whose second word is also a given name ("North Carolina Sen. ...")', () => {
    const { names } = extractOne('Republican North Carolina Sen. Thom Tillis said the nominee lacked support.\n');
    expect(names).toContain('Thom Tillis');
    expect(names.some((n) => n.includes('Carolina'))).toBe(false);
  });

  test('the same person with and without the place is one node', () => {
    const { names } = extractOne('Maine Rep. Jared Golden said the bill was dead.\n\nRep. Jared Golden later said he would try again.\n');
    expect(names.filter((n) => n.includes('Jared Golden'))).toEqual(['Jared Golden']);
  });

  test('a written-out rank ("Governor") before the name', () => {
    const { names } = extractOne('Governor Wes Moore said the bridge would reopen.\n');
    expect(names).toContain('Wes Moore');
  });
});
