// Affiliations and dated office holders, on sentences written for these tests (other countries,
// names and phrasings than any fixture): a person's state or body comes from their own title,
// apposition or "of" phrase, from an office that exists in one state only, or from the office they
// held on the article's date; never from the dateline or from the last state mentioned.
import { resolveTexts, extractOne, type Edge } from '../setup/extract-text';

const affiliations = (edges: Edge[]): string[] => edges.filter((e) => e.type === 'AFFILIATED_WITH').map((e) => `${e.source} -> ${e.target}`);

describe('affiliations from the title', () => {
  test("a possessor: \"Ghana's Finance Minister X\"", () => {
    expect(affiliations(extractOne("Ghana's Finance Minister Kofi Agyeman warned that Accra could not repay the loan.\n").edges)).toEqual(['Kofi Agyeman -> Ghana']);
  });

  test('adjectives the country data lacks: "Philippine", "Kazakh", "Madagascan", "Nepali"', () => {
    const text = 'Philippine Defence Secretary Ramon Cruz arrived in Manila. Kazakh Foreign Minister Aidos Bekov met him there. Madagascan Prime Minister Jean Rakoto and Nepali Home Minister Ram Thapa joined them. Djiboutian Foreign Minister Ali Youssouf arrived later.\n';
    expect(affiliations(extractOne(text).edges)).toEqual(expect.arrayContaining(['Ramon Cruz -> Philippines', 'Aidos Bekov -> Kazakhstan', 'Jean Rakoto -> Madagascar', 'Ram Thapa -> Nepal', 'Ali Youssouf -> Djibouti']));
  });

  test('an adjective: "Peruvian President X"', () => {
    expect(affiliations(extractOne('Peruvian President Ana Quispe said Lima would reopen the border with Bolivia.\n').edges)).toContain('Ana Quispe -> Peru');
  });

  test('an of-phrase before the name: "the foreign minister of Chile, X,"', () => {
    expect(affiliations(extractOne('The foreign minister of Chile, Tomas Larrain, said Santiago would protest to Argentina.\n').edges)).toContain('Tomas Larrain -> Chile');
  });

  test('an apposition after the name: "X, Ghana\'s finance minister,"', () => {
    expect(affiliations(extractOne("Kofi Agyeman, Ghana's finance minister, said Accra would seek a new loan.\n").edges)).toContain('Kofi Agyeman -> Ghana');
  });

  test('"of" right after the name: "Prime Minister X of Ghana", "X of the Party"', () => {
    const { edges } = extractOne('Prime Minister Ama Boateng of Ghana said Accra would talk to Togo. Rui Tavares of the Socialist Party said the deal was fair.\n');
    expect(affiliations(edges)).toEqual(expect.arrayContaining(['Ama Boateng -> Ghana']));
    expect(affiliations(edges).some((a) => a.startsWith('Ama Boateng -> Togo'))).toBe(false);
  });

  test('a possessor or adjective wins over "for <state>" after the title', () => {
    const { edges } = extractOne('Evelyn Strathmore, the U.S. special representative for Sudan, said Washington was ready to help.\n');
    expect(affiliations(edges)).toEqual(['Evelyn Strathmore -> United States']);
  });
});

describe('never from the dateline or the last state mentioned', () => {
  test('a dateline names a place, not the minister\'s state', () => {
    const { edges } = extractOne('LIMA, Peru (AP) — Finance Minister Carla Ruiz said the talks on the debt would resume next week.\n');
    expect(affiliations(edges)).toEqual([]);
  });

  test('the state named in the sentence before is not the minister\'s', () => {
    const { edges } = extractOne('Bolivian President Luis Arce met Paraguayan President Santiago Pena on Monday. Defence Minister Jorge Salas said the army would guard the river.\n');
    expect(affiliations(edges)).toEqual(['Luis Arce -> Bolivia', 'Santiago Pena -> Paraguay']);
  });
});

describe('offices that exist in one state only', () => {
  test('"Secretary of State X" speaks for the United States where the article names it', () => {
    const { edges } = extractOne('Secretary of State Ana Ruiz spoke with Mexican Foreign Minister Luis Ortega. Ruiz said the United States would help Mexico.\n');
    expect(affiliations(edges)).toEqual(expect.arrayContaining(['Ana Ruiz -> United States', 'Luis Ortega -> Mexico']));
    expect(affiliations(edges)).not.toContain('Ana Ruiz -> Mexico');
  });

  test('no affiliation to a state the article never names', () => {
    expect(affiliations(extractOne('Secretary of State Ana Ruiz spoke with Mexican Foreign Minister Luis Ortega about migration.\n').edges)).toEqual(['Luis Ortega -> Mexico']);
  });
});

describe('a title that names no state', () => {
  test('"Prime Minister X", whom the office-holder dictionaries give a state the article names, is that state\'s', () => {
    const { edges } = extractOne('Prime Minister Junichiro Koizumi arrived in Seoul on Monday. He said Japan wanted warmer ties with South Korea.\n');
    expect(affiliations(edges)).toEqual(['Junichiro Koizumi -> Japan']);
  });

  test('nobody the dictionaries know, or a state the article does not name: no affiliation', () => {
    expect(affiliations(extractOne('Prime Minister Tomas Verhoeven arrived in Seoul on Monday. He said Belgium wanted warmer ties with South Korea.\n').edges)).toEqual([]);
    expect(affiliations(extractOne('Prime Minister Junichiro Koizumi arrived in Seoul on Monday. He said he wanted warmer ties with South Korea.\n').edges)).toEqual([]);
  });
});

describe('dated office holders', () => {
  test("a person named without a role gets the state of the office they held on the article's date", () => {
    const text = (date: string): string => `Published ${date}\n\nYvette Cooper said Britain would change the rules on pensions.\n`;
    const [dated, later] = resolveTexts([text('3 June 2009'), text('3 June 2013')]).edges;
    expect(affiliations(dated)).toEqual(['Yvette Cooper -> United Kingdom']);
    expect(affiliations(later)).toEqual([]);
  });

  test('no affiliation from knowledge to a state the article does not name', () => {
    const [edges] = resolveTexts(['Published 3 June 2009\n\nYvette Cooper said the pension rules would change.\n']).edges;
    expect(affiliations(edges)).toEqual([]);
  });

  const readout = (date: string): string =>
    `Prime Minister's meeting with the Chilean president: ${date}\n\nThe Prime Minister met the Chilean president in London today to discuss trade.\n\nThe Prime Minister said the UK and Chile would deepen their ties and that the UK welcomed investment.\n`;

  test('a bare title in a dated readout is the holder of that office in the article\'s state on that date', () => {
    const { edges } = resolveTexts([readout('14 March 2019'), readout('14 March 2021')]);
    expect(edges[0].filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toContain('Theresa May');
    expect(edges[1].filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toContain('Boris Johnson');
    expect(affiliations(edges[1])).toContain('Boris Johnson -> United Kingdom');
  });

  test('a bare title is never an alias of one person across the corpus', () => {
    const { nodes } = resolveTexts([readout('14 March 2019'), readout('14 March 2021'), 'Prime Minister Tomas Larrain of Chile said Santiago would sign.\n']);
    for (const node of nodes.values()) expect(node.aliases.map((a) => a.toLowerCase())).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(the )?prime minister$/)]));
  });

  test('without a date, or without one clear state, a bare title names nobody from knowledge', () => {
    const undated = extractOne('The Prime Minister met the Chilean president in London today.\n\nThe Prime Minister said the UK and Chile would deepen their ties.\n');
    expect(undated.names).not.toEqual(expect.arrayContaining(['Theresa May', 'Boris Johnson', 'Keir Starmer']));
    const [even] = resolveTexts(['Published 14 March 2019\n\nThe Prime Minister said the UK and France would work together, and that France and the UK agreed.\n']).edges;
    expect(even.map((e) => e.source)).not.toContain('Theresa May');
  });
});

describe('the department of an office that exists in one state only', () => {
  test('"Treasury Secretary X" in an article that names the Treasury Department: the department and the state', () => {
    const text = [
      'The United States sanctioned two shipping firms in Panama on Tuesday.',
      'Treasury Secretary Ruth Calloway said the Treasury Department would add more names next month.',
      '',
    ].join('\n');
    const found = affiliations(extractOne(text).edges);
    expect(found).toContain('Ruth Calloway -> Treasury Department');
    expect(found).toContain('Ruth Calloway -> United States');
  });

  test('no department the article does not name', () => {
    const text = 'The United States sanctioned two shipping firms in Panama. Treasury Secretary Ruth Calloway said more would follow.\n';
    expect(affiliations(extractOne(text).edges)).toEqual(['Ruth Calloway -> United States']);
  });
});

describe('titles joined before one name', () => {
  test('"Latvian Foreign Minister and OSCE Chairman-in-Office X": both titles are the named person\'s', () => {
    const text = 'Japanese Foreign Minister Takeshi Iwaya spoke by phone with Latvian Foreign Minister and OSCE Chairman-in-Office Maria Kalnina on Monday.\n';
    const { edges } = extractOne(text);
    expect(affiliations(edges)).toEqual(expect.arrayContaining(['Maria Kalnina -> Latvia', 'Maria Kalnina -> OSCE']));
  });

  test('a name with its own title is another person: "the Dutch prime minister and Belgian Premier X"', () => {
    const text = 'The Dutch prime minister and Belgian Prime Minister Bart De Wever met in Antwerp on Monday.\n';
    expect(affiliations(extractOne(text).edges)).not.toContain('Bart De Wever -> Netherlands');
  });
});
