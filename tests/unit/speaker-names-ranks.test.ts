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

describe('a surname after a title of address, with no given name', () => {
  test('"Undersecretary for Health Mr. Baldoni says": the node is "Baldoni", and he speaks', () => {
    const { edges, names } = extractOne('Clinics\n\nUndersecretary for Health Mr. Baldoni says many clinics will close in August.\n');
    expect(names).toContain('Baldoni');
    expect(names.some((n) => n.includes('Health'))).toBe(false);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Baldoni')).toBe(true);
  });

  test('"Mrs. Okafor said" with no fuller name in the article is a person who speaks', () => {
    const { edges } = extractOne('Harbour\n\nMrs. Okafor said the harbour would reopen next week.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Okafor')).toBe(true);
  });

  test('a given name alone is still no node', () => {
    const { names } = extractOne('Harbour\n\nMaria said the harbour would reopen next week.\n');
    expect(names).not.toContain('Maria');
  });
});

describe('a surname before a hyphenated given name', () => {
  test('"Ban Ki-moon", "Moon Jae-in": the common word is the surname, and the person speaks', () => {
    const ban = extractOne('Fighting\n\nU.N. Secretary-General Ban Ki-moon said he was deeply disturbed by the fighting.\n');
    expect(ban.names).toContain('Ban Ki-moon');
    expect(ban.edges.some((e) => e.type === 'STATEMENT' && e.source === 'Ban Ki-moon')).toBe(true);
    const moon = extractOne('Summit\n\nSouth Korean President Moon Jae-in said the two leaders would meet again.\n');
    expect(moon.edges.some((e) => e.type === 'STATEMENT' && e.source === 'Moon Jae-in')).toBe(true);
    const cho = extractOne('Talks\n\nSong Min-ho said on Monday that the talks had failed.\n');
    expect(cho.edges.some((e) => e.type === 'STATEMENT' && e.source === 'Song Min-ho')).toBe(true);
  });
});
