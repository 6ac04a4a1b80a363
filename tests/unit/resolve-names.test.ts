// Resolution of short forms and descriptions, on sentences written for these tests: a short form
// joins the one long name of the article it is part of; a definite description with a state
// joins the person named just before it; neither guesses when two people fit.
import { edgesOf, extractOne, resolveTexts } from '../setup/extract-text';
import { innerRuns } from '../../src/resolve/short-forms';
import { nameKeys } from '../../src/resolve/names';
import { defaultKnowledge } from '../setup/knowledge';
import { ingestBuffer } from '../setup/ingest';
import { extractArticle } from '../../src/run';
import { emptyCorpusIndex, indexArticle, resolveArticle } from '../../src/resolve';

const sources = (text: string): string[] => extractOne(text).edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source);

describe('short forms of long names', () => {
  test('a family name inside a longer name ("Sheinbaum" of "Claudia Sheinbaum Pardo")', () => {
    expect(sources('Mexican President Claudia Sheinbaum Pardo spoke on Monday. Sheinbaum said Mexico would not accept the tariffs.\n')).toEqual(['Claudia Sheinbaum Pardo']);
  });

  test('a two-word short form is the same person, not a second one ("Lopez Obrador")', () => {
    const { names } = extractOne('Andres Manuel Lopez Obrador met the Guatemalan president. Lopez Obrador said Mexico wanted a deal with Guatemala.\n');
    expect(names.filter((n) => n.includes('Obrador'))).toEqual(['Andres Manuel Lopez Obrador']);
  });

  test('two long names that share the word: no guess', () => {
    const { names } = extractOne('Maria Fernanda Ruiz Diaz met Carlos Alberto Ruiz Soto in Lima. Ruiz said the talks had failed.\n');
    expect(names).not.toContain('Ruiz');
  });

  test('a short form in another article joins the full name used in the corpus', () => {
    const { edges } = resolveTexts(['Nayib Armando Bukele Ortez met investors in San Salvador on Monday.\n', 'Bukele said El Salvador would build a new port.\n']);
    expect(edges[1].filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['Nayib Armando Bukele Ortez']);
  });

  test('a capitalised run of a thousand words is no name to take short forms from (its runs would be cubic in memory)', () => {
    const run = Array.from({ length: 1000 }, (_, i) => `Tal${i}`).join(' ');
    expect(innerRuns(nameKeys(defaultKnowledge().functionWords.nameHonorifics), [run]).size).toBe(0);
    expect(innerRuns(nameKeys(defaultKnowledge().functionWords.nameHonorifics), ['Luiz Inacio Lula da Silva']).get('lula')).toEqual(['Luiz Inacio Lula da Silva']);
  });
});

describe('descriptions', () => {
  test('"The former Dutch prime minister said" after the sentence that names him', () => {
    expect(sources('Joost Verhagen arrived in Kyiv on Monday.\n\nThe former Dutch prime minister said Europe would stand by Ukraine.\n')).toEqual(['Joost Verhagen']);
  });

  test('a description that opens its sentence, not one someone else acts on', () => {
    const { edges } = extractOne("Finland's foreign minister, Katja Ruohonen, summoned the Russian ambassador on Tuesday.\n");
    expect(edges.filter((e) => e.type === 'AFFILIATED_WITH').map((e) => `${e.source} -> ${e.target}`)).toEqual(['Katja Ruohonen -> Finland']);
  });

  test('"the Paraguayan leader" is the head of that state the article named before, not the last person named', () => {
    const text = 'Paraguayan President Tomas Benitez threatened on Monday to expel the Brazilian ambassador.\n\nPolice said Ricardo Oliveira was not at the embassy.\n\nThe Paraguayan leader later said he would consider talks with Brazil.\n';
    expect(sources(text)).toEqual(['Tomas Benitez', 'Tomas Benitez']);
  });

  test('"the Malaysian leader" after a prime minister: a state\'s leader is its president, prime minister or king', () => {
    const text = 'Malaysian Prime Minister Aziz Rahman met investors in Penang.\n\nSingapore says its port fees are fair.\n\nThe Malaysian leader says his government will go to court if the talks fail.\n';
    expect(sources(text)).toContain('Aziz Rahman');
    expect(sources(text)).not.toContain('Malaysia');
  });

  test('a description does not take a person the sentence before names after its actor', () => {
    const text = 'The Chilean minister offered asylum to Pablo Varela on Monday.\n\nThe Peruvian leader said the offer was an insult.\n';
    expect(sources(text)).not.toContain('Pablo Varela');
  });

  test('"Peru\'s prime minister" in the lede is the prime minister the article names with no state', () => {
    const text = 'Peru\'s prime minister has offered talks to the striking miners.\n\nPrime Minister Alberto Quispe made the offer in Lima on Sunday.\n';
    expect(new Set(sources(text))).toEqual(new Set(['Alberto Quispe']));
  });

  test('not the president who stands beside the title: "President Amadou Keita spoke with the Ugandan president"', () => {
    const text = 'President Amadou Keita spoke with the Ugandan president on Monday.\n\nThe Ugandan president said the border would stay open.\n';
    const said = extractOne(text).edges.filter((e) => e.type === 'STATEMENT' && e.evidence.startsWith('The Ugandan president said'));
    expect(said.map((e) => e.source)).toEqual(['Uganda']);
  });

  test('two people named before: the description names nobody', () => {
    expect(sources('Joost Verhagen and Ines Almeida arrived in Kyiv on Monday.\n\nThe former Dutch prime minister said Europe would stand by Ukraine.\n')).not.toContain('Ines Almeida');
  });
});

describe('the name a person node takes across the corpus', () => {
  test('the form without a middle initial, even when the initial is written more often', () => {
    const { nodes } = resolveTexts([
      'Trade Minister Helena K. Varga said Hungary would appeal the ruling.\n',
      'Helena K. Varga told reporters the appeal was filed.\n',
      'Helena Varga said the court had been misled.\n',
    ]);
    const people = [...nodes.values()].filter((n) => n.label === 'Person').map((n) => n.name);
    expect(people).toEqual(['Helena Varga']);
  });

  test('a person knowledge knows keeps the name every text writes with its middle initial, else knowledge\'s', () => {
    const people = (texts: string[]): string[] => [...resolveTexts(texts).nodes.values()].filter((n) => n.label === 'Person').map((n) => n.name);
    expect(people(['Secretary of State Antony J. Blinken said the sanctions would stay.\n', 'Antony J. Blinken spoke with the minister.\n'])).toEqual(['Antony J. Blinken']);
    expect(people(['Secretary of State Antony J. Blinken said the sanctions would stay.\n', 'Antony Blinken spoke with the minister.\n'])).toEqual(['Antony Blinken']);
  });

  test('a person the graph already holds keeps the graph\'s name on a later load', () => {
    const knowledge = defaultKnowledge();
    const index = emptyCorpusIndex(knowledge, { people: [{ name: 'Antony J. Blinken', articles: 3 }], organizations: [] });
    const file = ingestBuffer('later.txt', Buffer.from('Talks\n\nAntony Blinken spoke with the minister on Monday.\n', 'utf8'), { requireEnglish: false }, knowledge.ingest);
    const extraction = extractArticle(file, knowledge);
    if (!extraction) throw new Error('no article');
    indexArticle(index, extraction, knowledge);
    const people = resolveArticle(extraction, index, knowledge).entities.filter((e) => e.label === 'Person').map((e) => e.name);
    expect(people).toEqual(['Antony J. Blinken']);
  });

  test('the written form when every text gives the initial', () => {
    const { nodes } = resolveTexts(['Helena K. Varga said Hungary would appeal.\n', 'Helena K. Varga told reporters the appeal was filed.\n']);
    expect([...nodes.values()].filter((n) => n.label === 'Person').map((n) => n.name)).toEqual(['Helena K. Varga']);
  });
});


// A lone surname after a title, in a dated article, is the holder of that office then
// (src/resolve/lone-words.ts datedTitledSurname; the dated office holders of knowledge).
describe('"President Bush" by the article\'s date', () => {
  const speakers = (text: string): string[] => edgesOf(text).filter((e) => e.type === 'STATEMENT').map((e) => e.source);

  test('in 2007 the son, in 1991 the father; the bare surname later in the article is the same person', () => {
    expect(speakers('Burma policy\n\n19 October 2007\n\nPresident Bush said the sanctions would stay. Bush said Burma must free its prisoners.\n')).toEqual(['George W. Bush', 'George W. Bush']);
    expect(speakers('Gulf policy\n\n12 March 1991\n\nPresident Bush said the coalition had won.\n')).toEqual(['George Bush']);
  });

  test('the president of the article\'s year before a namesake another article of the corpus names in full', () => {
    const { edges } = resolveTexts([
      'Talks in Cairo\n\n4 March 2011\n\nSecretary of State Hillary Clinton said Egypt must hold free elections.\n',
      'Strikes on Iraq\n\n4 September 1996\n\nPresident Clinton said Iraq must pay a price for its aggression.\n',
    ]);
    expect(edges.flat().filter((e) => e.type === 'STATEMENT').map((e) => e.source).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  test('"Mr. Clinton" after "President Clinton" of 1996 is the same president, not a node "Clinton"', () => {
    expect(speakers('Strikes on Iraq\n\n4 September 1996\n\nPresident Clinton ordered strikes on Monday. Mr. Clinton said Iraq must pay a price for its aggression.\n')).toEqual(['Bill Clinton']);
  });

  test('no date, but the text names the year 2001: the President Bush in office after it, the son', () => {
    expect(speakers('Gulf policy\n\nPresident Bush said the coalition would stay in Kuwait. The troops arrived in March 2001.\n')).toEqual(['George W. Bush']);
  });

  test('no date and no year to tell father from son: still a person "Bush", whose words are not lost', () => {
    expect(speakers('Policy\n\nPresident Bush said the sanctions on Syria would stay.\n')).toEqual(['Bush']);
  });

  test('no date, no guess', () => {
    expect(speakers('Policy\n\nPresident Bush said the sanctions would stay.\n')).not.toContain('George W. Bush');
  });
});
