// Organisations named as the corpus writes them (issue 10, src/resolve/written-names.ts), on
// sentences written for these tests: knowledge's name where an article writes it, else the
// fullest form written; acronyms are no full form; an owner's possessive qualifies the name.
import { resolveTexts } from '../setup/extract-text';
import { fullForm, organizationNodeName, stateNodeName } from '../../src/resolve/written-names';

const LOWER = new Set(['of', 'for', 'and', 'on', 'the']);

const organizationNames = (texts: string[]): string[] =>
  [...resolveTexts(texts).nodes.values()].filter((n) => n.label === 'Organization').map((n) => n.name).sort();

describe('the full form a mention writes', () => {
  test('a leading determiner and a trailing possessive are not part of it', () => {
    expect(fullForm('the Defense Department', LOWER)).toBe('Defense Department');
    expect(fullForm("Defense Department's", LOWER)).toBe('Defense Department');
  });

  test('connectors and short inner words of foreign names may stay in lower case', () => {
    expect(fullForm('Ministry of the Interior', LOWER)).toBe('Ministry of the Interior');
    expect(fullForm('Partido de la Gente', LOWER)).toBe('Partido de la Gente');
  });

  test('a name opened by a short particle and a hyphen is written in full ("al-Qaida")', () => {
    expect(fullForm('al-Qaida', LOWER)).toBe('al-Qaida');
    expect(fullForm('the al-Nusra Front', LOWER)).toBe('al-Nusra Front');
  });

  test('an acronym, or a phrase with a lower-case word of its own, is no full form', () => {
    expect(fullForm('U.N.', LOWER)).toBeNull();
    expect(fullForm('NATO', LOWER)).toBeNull();
    expect(fullForm('Kyodo news', LOWER)).toBeNull();
    expect(fullForm('Republicans', LOWER)).toBeNull();
  });
});

describe("the node's name", () => {
  test("knowledge's name where it is written, whatever else is", () => {
    expect(organizationNodeName('United Nations Security Council', new Set(['U.N. Security Council', 'United Nations Security Council']))).toBe('United Nations Security Council');
  });

  test('knowledge\'s words written otherwise ("Al Shabaab" for "Al-Shabaab"): as the corpus writes them', () => {
    expect(organizationNodeName('Al-Shabaab', new Set(['Al Shabaab']))).toBe('Al Shabaab');
    expect(organizationNodeName('Al-Shabaab', new Set(['Al Shabaab', 'Al-Shabaab']))).toBe('Al-Shabaab');
  });

  test('a name knowledge hyphenates is found where the text writes its words apart, and named so', () => {
    expect(organizationNames(['Sahel talks\n\nThe army said Jama\'at Nusrat al Islam wal Muslimin fighters attacked the town. Al Shabaab said it would strike Nairobi.\n'])).toContain('Al Shabaab');
  });

  test('else the fullest form written, whatever the order the forms came in', () => {
    expect(organizationNodeName('US Department of Defense', new Set(['Pentagon', 'Defense Department']))).toBe('Defense Department');
    expect(organizationNodeName('US Department of Defense', new Set(['Defense Department', 'Pentagon']))).toBe('Defense Department');
  });

  test('a full form wins over an acronym; only acronyms written: the longest of them', () => {
    expect(organizationNodeName('Agence France-Presse', new Set(['AFP']))).toBe('AFP');
    expect(organizationNodeName('United Nations Security Council', new Set(['UNSC', 'U.N. Security Council']))).toBe('U.N. Security Council');
    expect(organizationNodeName('United Nations', new Set(['UN', 'U.N.']))).toBe('U.N.');
  });

  test('no form written: the name stays', () => {
    expect(organizationNodeName('International Atomic Energy Agency', undefined)).toBe('International Atomic Energy Agency');
  });
});

describe('organisations named as the articles write them', () => {
  test('an article that writes "the U.N. Security Council" names the node so, and keeps knowledge\'s name as an alias', () => {
    const { nodes } = resolveTexts(['The U.N. Security Council on Tuesday called on Eritrea to withdraw its troops.\n']);
    const council = [...nodes.values()].find((n) => n.label === 'Organization');
    expect(council?.name).toBe('U.N. Security Council');
    expect(council?.aliases).toContain('United Nations Security Council');
  });

  test("where one article of the corpus writes knowledge's name, every article's node is named with it", () => {
    const texts = ['The U.N. Security Council on Tuesday called on Eritrea to withdraw its troops.\n', 'The United Nations Security Council will meet again on Friday, diplomats said.\n'];
    expect(organizationNames(texts)).toEqual(['United Nations Security Council']);
    expect(organizationNames([...texts].reverse())).toEqual(['United Nations Security Council']);
  });

  test('a corpus that writes only an acronym names the node with it ("IAEA"); one that also writes the full name keeps that', () => {
    expect(organizationNames(['The IAEA said on Monday that inspectors had been denied access to the site.\n'])).toEqual(['IAEA']);
    const both = ['The IAEA said on Monday that inspectors had been denied access to the site.\n', 'The International Atomic Energy Agency will meet in Vienna on Friday.\n'];
    expect(organizationNames(both)).toEqual(['International Atomic Energy Agency']);
  });

  test('an acronym and a full name knowledge files as one body are one node ("FARC", "ASEAN" spelled "South East")', () => {
    const rebels = ['FARC rebels said on Monday they would free two hostages.\n', 'The Revolutionary Armed Forces of Colombia freed two hostages on Friday.\n'];
    expect(organizationNames(rebels)).toEqual(['Revolutionary Armed Forces of Colombia']);
    const bloc = ['ASEAN said on Monday that Burma must free prisoners.\n', 'The Association of Southeast Asian Nations will meet in Hanoi on Friday.\n'];
    expect(organizationNames(bloc)).toEqual(['Association of Southeast Asian Nations']);
  });

  test("a name qualified by its owner's possessive writes that name (\"Peru's Electoral Board\")", () => {
    const { nodes } = resolveTexts(["The Electoral Board said the count would resume. Peru's Electoral Board later said it had found no fraud.\n"]);
    expect([...nodes.values()].filter((n) => n.label === 'Organization').map((n) => n.name)).toEqual(['Electoral Board']);
  });
});

describe('states named as the corpus writes them', () => {
  const stateNames = (texts: string[]): string[] => [...resolveTexts(texts).nodes.values()].filter((n) => n.label === 'State').map((n) => n.name).sort();

  test('knowledge\'s name where written; else the fullest form written with as many words; a shorter everyday name leaves it', () => {
    expect(stateNodeName('Myanmar', new Set(['Burma', 'Myanmar']))).toBe('Myanmar');
    expect(stateNodeName('Myanmar', new Set(['Burma']))).toBe('Burma');
    expect(stateNodeName('DR Congo', new Set(['Democratic Republic of Congo', 'Congo']))).toBe('Democratic Republic of Congo');
    expect(stateNodeName('United Kingdom', new Set(['Britain']))).toBe('United Kingdom');
    expect(stateNodeName('Peru', undefined)).toBe('Peru');
  });

  test('an article that writes "Burma" names the node so; one that also writes "Myanmar" keeps it; an adjective writes no name', () => {
    expect(stateNames(['The United States imposed sanctions on Burma on Tuesday. Burma rejected them.\n'])).toContain('Burma');
    expect(stateNames(['Burma rejected the sanctions.\n', 'Myanmar released two prisoners on Friday.\n'])).toContain('Myanmar');
    expect(stateNames(['The Burmese junta rejected the sanctions. Myanmar said it would not comply.\n'])).toContain('Myanmar');
  });
});
