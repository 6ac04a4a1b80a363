// Affiliations from role words no title list knows, around a name (src/extract/role-phrases.ts):
// the body before the role, an apposition after the name, an apposition before it. Sentences
// written for these tests: other bodies, names and roles than any fixture.
import { extractOne, type Edge } from '../setup/extract-text';

const affiliations = (edges: Edge[]): string[] => edges.filter((e) => e.type === 'AFFILIATED_WITH').map((e) => `${e.source} -> ${e.target}`);

describe('affiliations from role phrases', () => {
  test('a body, its acronym and a role before the name', () => {
    const text = 'The Maritime Safety Authority (MSA) deputy director-general Rangi Parata said the vessel had been escorted out of the zone.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Rangi Parata -> Maritime Safety Authority');
  });

  test('a body and a role with an adjective before the name', () => {
    const text = 'Senior Hezbollah official Karim Haddad said the group would not disarm.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Karim Haddad -> Hezbollah');
  });

  test('a verb between the body and the name is no role', () => {
    const text = 'Hezbollah told Karim Haddad that the group would not disarm.\n';
    expect(affiliations(extractOne(text).edges).filter((a) => a.startsWith('Karim Haddad'))).toEqual([]);
  });

  test('an apposition after the name: "X, a senior fellow at Y"', () => {
    const text = '"The talks will fail," said Marta Lindqvist, a senior fellow at the Stockholm International Peace Research Institute.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Marta Lindqvist -> Stockholm International Peace Research Institute');
  });

  test('an apposition after the name with a possessor: "X, the head of Ghana\'s Electoral Commission"', () => {
    const text = "Kwame Asante, the head of Ghana's Electoral Commission, said the count would take three days.\n";
    expect(affiliations(extractOne(text).edges)).toContain('Kwame Asante -> Electoral Commission');
  });

  test('"X, a spokesman for the Y"', () => {
    const text = 'Ama Owusu, a spokeswoman for the Electoral Commission, said the count would take three days.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Ama Owusu -> Electoral Commission');
  });

  test('an apposition before the name: "The spokesman of the X, Name"', () => {
    const text = 'The spokesman of the Independent Electoral Commission of Malawi, Sangwani Mwafulirwa, said the results were final.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Sangwani Mwafulirwa -> Independent Electoral Commission of Malawi');
  });

  test('a clause after the name is no apposition: "X, who met the Y"', () => {
    const text = 'Marta Lindqvist, who met the Stockholm International Peace Research Institute board, said the talks would fail.\n';
    expect(affiliations(extractOne(text).edges).filter((a) => a.startsWith('Marta Lindqvist'))).toEqual([]);
  });

  test('a state\'s possessive and role words joined by "and": "Peru\'s interior and defence minister X"', () => {
    const text = "Peru's interior and defence minister Ana Quispe said the border would stay closed.\n";
    expect(affiliations(extractOne(text).edges)).toContain('Ana Quispe -> Peru');
  });

  test('a body\'s possessive right before the name: "the Kenya Broadcasting Corporation\'s X"', () => {
    const text = "The Kenya Broadcasting Corporation's Wanjiru Kamau reported that the count had stopped.\n";
    expect(affiliations(extractOne(text).edges)).toContain('Wanjiru Kamau -> Kenya Broadcasting Corporation');
  });

  test('a person\'s possessive gives no affiliation: "Ruto\'s adviser X"', () => {
    const text = "William Ruto's adviser Wanjiru Kamau said the count had stopped.\n";
    expect(affiliations(extractOne(text).edges).filter((a) => a.startsWith('Wanjiru Kamau'))).toEqual([]);
  });

  test('a title with its state and a complement before the name: "Dutch Special Envoy for the Sahel X"', () => {
    const text = 'Dutch Special Envoy for the Sahel Pieter Smit met the junta in Bamako on Monday.\n';
    expect(affiliations(extractOne(text).edges)).toContain('Pieter Smit -> Netherlands');
  });
});

describe('a title before a surname alone', () => {
  test('"Administrator Holm" is the administrator the article named in full, one person', () => {
    const { names, edges } = extractOne('Space agency chief\n\nESA Administrator Lena Holm said the launch would go ahead. Administrator Holm said the crew was ready.\n');
    expect(names.filter((n) => n.includes('Holm'))).toEqual(['Lena Holm']);
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['Lena Holm', 'Lena Holm']);
  });
});
