// "Israeli officials said", "the Syrian government said", "EU diplomats said": people who speak for
// a state or body named right before them make that state or body the speaker; counted or listed
// ones ("two EU diplomats", "Israeli and Egyptian officials") stay unnamed. Sentences written for
// these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));
const anyOf = (edges: Edge[], words: string): Edge[] => edges.filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words));

describe('a state or body speaking through its people', () => {
  test.each([
    ['Peruvian officials said the border crossing would reopen on Monday.', 'Peru', 'border crossing would reopen'],
    ['The Venezuelan government said the election date would not change.', 'Venezuela', 'election date would not change'],
    ['Senior Turkish military officials told reporters that the drills were routine.', 'Turkey', 'drills were routine'],
    ['The Iranian authorities announced that the detained sailors would be freed.', 'Iran', 'detained sailors would be freed'],
    ['European Union diplomats said the sanctions package was ready.', 'European Union', 'sanctions package was ready'],
    ['In a joint communique, the NATO leaders said the alliance would expand its air patrols.', 'NATO', 'expand its air patrols'],
    // a capitalised word that names nobody qualifies the people as an adjective would
    ["Vietnam's Communist leadership says foreign firms will have to obey its laws.", 'Vietnam', 'foreign firms will have to obey'],
    // a phrase of a preposition and nouns between the people and the verb
    ['Peruvian officials in charge of the rescue say they have yet to hear from the kidnappers.', 'Peru', 'yet to hear from the kidnappers'],
    ['Chilean negotiators at the border talks said a deal was close.', 'Chile', 'a deal was close'],
  ])('%s', (text, speaker, words) => {
    const edges = edgesOf(`Report\n\n${text}\n`);
    expect(said(edges, speaker, words)).toBe(true);
  });

  test.each([
    ['Two European Union diplomats said the sanctions package was ready.', 'sanctions package was ready'],
    ['Some Peruvian officials said the border crossing would reopen.', 'border crossing would reopen'],
    ['Turkish and Greek officials said the talks would resume in May.', 'talks would resume'],
    ['Mayor Ana Quispe and the Peruvian officials said the road was safe.', 'road was safe'],
    ['Two Peruvian officials in charge of the rescue said the road was safe.', 'road was safe'],
  ])('not the body: %s', (text, words) => {
    const edges = edgesOf(`Report\n\n${text}\n`);
    const bodies = anyOf(edges, words).map((e) => e.source);
    expect(bodies).not.toContain('European Union');
    expect(bodies).not.toContain('Peru');
    expect(bodies).not.toContain('Turkey');
    expect(bodies).not.toContain('Greece');
  });
});

describe('a state owning its government, a person before an unclosed description', () => {
  test('"Ecuador\'s government said": the state speaks', () => {
    const edges = edgesOf('Border\n\nPanama\'s government said the claims were false.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Panama')).toBe(true);
  });

  test('"X, the political spokesman for Y said" (no second comma): X speaks', () => {
    const edges = edgesOf('Rebels\n\nAmara Diallo, the political spokesman for the Sahel Liberation Front said Monday the group will stay in the city.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Amara Diallo')).toBe(true);
  });
});

describe('the author of a report or statement named after it', () => {
  test('"A report by X said", "a statement from X said", and "the report also says" later', () => {
    const edges = edgesOf('Prisons\n\nA report by the Kenya Human Rights Commission said the prisoners were beaten. The report also says the guards were never punished.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Kenya Human Rights Commission' && e.evidence.startsWith('A report'))).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Kenya Human Rights Commission' && e.evidence.startsWith('The report also'))).toBe(true);
    const statement = edgesOf('Ports\n\nA statement from the Chilean Navy said the vessel had been seized.\n');
    expect(statement.some((e) => e.type === 'STATEMENT' && e.source === 'Chilean Navy')).toBe(true);
  });

  test('"a Human Rights Watch report issued last month said": the report\'s author past its participle and time', () => {
    const edges = edgesOf('Prisons\n\nA Human Rights Watch report issued last month said the prisoners in Chad were beaten.\n');
    expect(said(edges, 'Human Rights Watch', 'issued last month')).toBe(true);
    // a participle after a noun that reports nothing leaves the speaker unnamed
    expect(anyOf(edgesOf('Prisons\n\nA lawyer hired last month said the prisoners in Chad were beaten.\n'), 'hired').map((e) => e.source)).toEqual([]);
  });

  test('a person described by a prepositional phrase is still unnamed: "the head of X said" is not X', () => {
    const edges = edgesOf('Ports\n\nThe head of the Chilean Navy said the vessel had been seized.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Chilean Navy')).toBe(false);
  });
});

// Sentences written for this test.
describe('a spokesperson from a body', () => {
  test('"A spokesman from Chile\'s Finance Ministry says": the ministry speaks, not the state', () => {
    const edges = edgesOf("Copper\n\nA spokesman from Chile's Finance Ministry says the review will proceed.\n");
    const sources = edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source);
    expect(sources).toHaveLength(1);
    expect(sources[0]).not.toBe('Chile');
  });
});

describe('"the officials said" after a state or body spoke through its people', () => {
  test('the same state speaks again, within a few sentences', () => {
    const edges = edgesOf('Border\n\nPakistani officials said a NATO airstrike killed 24 soldiers. In a statement, the officials said the government will review all cooperation with NATO. The authorities say the border will stay closed.\n');
    expect(said(edges, 'Pakistan', 'review all cooperation')).toBe(true);
    expect(said(edges, 'Pakistan', 'border will stay closed')).toBe(true);
  });

  test('nobody spoke through its people before: the officials stay unnamed', () => {
    const edges = edgesOf('Vote\n\nThe officials said the count was fair. Peruvian officials said the vote would be repeated.\n');
    expect(anyOf(edges, 'count was fair')).toEqual([]);
  });
});

// A comma before "X officials" lists bodies only after a name of the same kind ("Israeli, Egyptian
// officials"); after a time or a place it ends the phrase before. Sentences written for this test.
test('"Earlier Friday, Chilean navy officials said": the officials speak for their state', () => {
  const edges = edgesOf('Boat\n\nEarlier Friday, Chilean navy officials said the captain tried to escape the lifeboat.\n');
  expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Chile' && e.evidence.includes('tried to escape'))).toBe(true);
});

describe('people "of" or "from" a body named after them', () => {
  test.each([
    ['Senior members of the Andean Workers Party said the strike would go on.', 'Andean Workers Party', 'strike would go on'],
    ['Members of the Mekong River Commission said the dam reports were late.', 'Mekong River Commission', 'dam reports were late'],
    ['The talks broke off. Top officials from the African Union said Sudan must open the roads.', 'African Union', 'must open the roads'],
  ])('%s', (text, speaker, words) => {
    const edges = edgesOf(`Report\n\n${text}\n`);
    expect(said(edges, speaker, words)).toBe(true);
  });

  test.each([
    ['Three members of the Andean Workers Party said the strike would go on.', 'strike would go on'],
    ['Some officials from the African Union said Sudan must open the roads.', 'must open the roads'],
    ['An official of the Mekong River Commission said the dam reports were late.', 'dam reports were late'],
  ])('counted, picked out or single people stay unnamed: %s', (text, words) => {
    const edges = edgesOf(`Report\n\n${text}\n`);
    expect(anyOf(edges, words)).toEqual([]);
  });
});

describe("the head word of a body the article named, before its people", () => {
  test('"League officials said" after "the Gulf Trade League": the league speaks; "Council members" are no council speaking', () => {
    const edges = edgesOf(
      'Talks\n\nThe Gulf Trade League met in Doha on Sunday. League officials said Oman must lower its tariffs. ' +
        'The Mekong Security Council met later. Council members said the river talks would resume.\n',
    );
    expect(said(edges, 'Gulf Trade League', 'Oman must lower')).toBe(true);
    expect(said(edges, 'Mekong Security Council', 'river talks would resume')).toBe(false);
  });
});

test('"Company officials said" after a company the article named: the company speaks', () => {
  const edges = edgesOf('Exit\n\nNordvik Inc. said on Monday it would close its plant in Peru. Company officials said the decision was final.\n');
  expect(said(edges, 'Nordvik Inc.', 'decision was final')).toBe(true);
});
