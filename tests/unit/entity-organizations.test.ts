// Unknown organisations (issue 10), on sentences written for these tests: legal forms, acronyms
// defined and used again, acronyms acting as subjects, back-references and leaders' bodies.
import { edgesOf as edgesOfText, extractOne, resolveTexts } from '../setup/extract-text';
import { spellsName } from '../../src/extract/mentions/acronyms';

const organizations = (labels: Map<string, string>): string[] => [...labels].filter(([, l]) => l === 'Organization').map(([n]) => n);

describe('unknown organisations', () => {
  test('an ampersand reads as "and": "Foreign & Commonwealth Office" is the body knowledge names with "and"', () => {
    const { labels } = extractOne('A Foreign & Commonwealth Office spokesperson said the talks on Gibraltar would resume, Spain said.\n');
    expect(organizations(labels)).toEqual(expect.arrayContaining([expect.stringMatching(/^Foreign (&|and) Commonwealth Office$/)]));
    expect(labels.has('Foreign')).toBe(false);
  });

  test('"U.S. Coast Guard" beside "United States Coast Guard" in one article is one body', () => {
    const { labels } = extractOne('The United States Coast Guard said it had seized the boat near Haiti. A U.S. Coast Guard spokesman said the crew was safe, the Pentagon said.\n');
    expect(organizations(labels).filter((n) => /Coast Guard/.test(n))).toEqual(['United States Coast Guard']);
  });

  test('a common English word among a state\'s spellings names no state: "Kish Island" is not Iceland', () => {
    const { labels } = extractOne('The businessman disappeared from Iran\'s Kish Island in 2007, officials said. Reykjavik and Iceland were not involved.\n');
    expect(labels.get('Iceland')).toBe('State');
    expect([...labels.keys()].filter((n) => n === 'Island' || n === 'Kish Island').every((n) => labels.get(n) !== 'State')).toBe(true);
    const { labels: island } = extractOne('The businessman disappeared from Iran\'s Kish Island in 2007, officials said.\n');
    expect(island.has('Iceland')).toBe(false);
  });

  test('an acronym and a part in capitals joined by a hyphen are one body ("ZANU-PF"), two names stay two ("UK-EU")', () => {
    const { labels } = extractOne('The MPD agreed to share power with ZANU-PF in Harare. The UK-EU talks went on, and the SPLM-IO rejected the deal.\n');
    expect(organizations(labels)).toEqual(expect.arrayContaining(['ZANU-PF', 'SPLM-IO']));
    expect(labels.has('ZANU')).toBe(false); // a known rebel army of the 1970s, not the party
    expect(labels.get('United Kingdom')).toBe('State');
  });

  test('a capital inside one word is a company or a brand, never a person; "DeSantis", "MacArthur" stay people', () => {
    const { labels } = extractOne('Regulators in Chile said they would block some services of the ShopWave app. Senator Ron DeSantis and General Douglas MacArthur were named in the report. Later ShopWave said it would appeal.\n');
    expect(labels.get('ShopWave')).toBe('Organization');
    expect(labels.get('Ron DeSantis')).toBe('Person');
    expect(labels.get('Douglas MacArthur')).toBe('Person');
  });

  test('a legal form makes a company, and the company keeps its node when the form is dropped', () => {
    const { labels, edges } = extractOne('Halvorsen Shipping AS was fined on Tuesday. Brightwater Corp. said on Monday it would appeal the fine. Later Brightwater said the regulator had erred.\n');
    expect(organizations(labels)).toContain('Brightwater Corp.');
    expect(labels.has('Brightwater')).toBe(false);
    expect(edges.filter((e) => e.type === 'STATEMENT' && e.source === 'Brightwater Corp.')).toHaveLength(2);
  });

  test('a caucus of lawmakers is an organisation that speaks ("The Andean Parliamentary Water Caucus called for ...")', () => {
    const { labels, edges } = extractOne('The Andean Parliamentary Water Caucus on Tuesday called for tougher action against Bolivia.\n');
    expect(organizations(labels)).toContain('Andean Parliamentary Water Caucus');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Andean Parliamentary Water Caucus')).toBe(true);
  });

  test('a given name is no legal form written in other capitals ("Asa" is not "ASA")', () => {
    const { labels } = extractOne('Asa Lindqvist said the merger would go ahead.\n');
    expect(labels.get('Asa Lindqvist')).toBe('Person');
  });

  test('an acronym defined in brackets is the same node when used again', () => {
    const text = 'The Malawi Electoral Commission (MEC) announced the results on Monday.\n\nOpposition leaders said MEC had ignored their complaints, and MEC said the count was fair.\n';
    const { labels, edges } = extractOne(text);
    expect(organizations(labels)).toEqual(['Malawi Electoral Commission']);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Malawi Electoral Commission' && e.evidence.includes('count was fair'))).toBe(true);
  });

  test('an acronym acting as a subject is an organisation; capitals in a shouted line are not', () => {
    expect(organizations(extractOne('Residents fled as KMLF fighters advanced. Later K27 seized the border post of Kitagoma.\n').labels)).toEqual(['K27']);
    expect(organizations(extractOne('MARKETS CLOSE HIGHER AS OPEC MEETS IN VIENNA TODAY\n').labels)).not.toContain('OPEC MEETS');
  });

  test('an acronym used as a subject joins the body it spells', () => {
    expect(spellsName('DOT', 'U.S. Department of Transportation')).toBe(true);
    expect(spellsName('NEC', 'National Electoral Commission')).toBe(true);
    expect(spellsName('NEC', 'Northern Energy Company Limited')).toBe(false);
  });

  test('a numeral after a name is no acronym', () => {
    const { labels } = extractOne('Harold Whitcombe III said the board would meet.\n');
    expect(organizations(labels)).toEqual([]);
  });

  test('"the party", "the company" stand for the last organisation of that kind', () => {
    const text = 'The Lusaka Freedom Party said the vote was rigged. The party said it would go to court.\n\nMinister Chanda Mwale met Copperbelt Holdings on Friday. The company said it would keep the mine open.\n';
    const { edges } = extractOne(text);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Lusaka Freedom Party' && e.evidence.includes('go to court'))).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Copperbelt Holdings' && e.evidence.includes('mine open'))).toBe(true);
  });

  test('"the party leadership" and "the party of" are no back-reference', () => {
    const text = 'The Lusaka Freedom Party held a rally. The party leadership said nothing.\n';
    const { edges } = extractOne(text);
    expect(edges.some((e) => e.source === 'Lusaka Freedom Party' && e.evidence.includes('leadership'))).toBe(false);
  });

  test('a leader\'s administration is a body of its own', () => {
    const { labels } = extractOne('The Boric administration said it would raise the minimum wage.\n');
    expect(labels.get('Boric administration')).toBe('Organization');
  });

  test('a common word capitalised inside a sentence opens the name after it', () => {
    const { labels } = extractOne('Delegates said the World Fisheries Organization would meet in Lisbon. Shares of First Harbour Bancorp Inc. fell sharply after analysts cut their forecasts, traders on the New Amsterdam Commodity Exchange said.\n');
    expect(organizations(labels)).toEqual(expect.arrayContaining(['World Fisheries Organization', 'First Harbour Bancorp Inc.', 'New Amsterdam Commodity Exchange']));
    expect(organizations(labels)).not.toContain('Fisheries Organization');
  });

  test('a capital that only opens the sentence opens no name, and a name opened by a common word is no person', () => {
    const { labels } = extractOne('World leaders met in Oslo on Monday. New sanctions were announced by the Home Affairs Ministry. Talks ended in New Caledonia.\n');
    expect([...labels.keys()]).not.toContain('World');
    expect([...labels].filter(([, l]) => l === 'Person')).toEqual([]);
  });

  test('a company name written in one word with two capitals keeps both halves inside a sentence', () => {
    const { labels } = extractOne('Analysts said TerraNova Corp. would buy the mine, and that BlueHarbor Ltd had no comment.\n');
    expect(organizations(labels)).toEqual(expect.arrayContaining(['TerraNova Corp.', 'BlueHarbor Ltd']));
  });

  test('organisations of the Phoenix dictionaries are known by name, spelling and acronym', () => {
    const { labels, edges } = extractOne('Human Rights Watch said on Monday that the militia had recruited children. Later Al-Shabaab rejected the report, and the FBI said it had opened an inquiry.\n');
    // the FBI is known by its acronym; a text that writes only the acronym names the node with it (written-names.ts)
    expect(organizations(labels)).toEqual(expect.arrayContaining(['Human Rights Watch', 'Al-Shabaab', 'FBI']));
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Human Rights Watch')).toBe(true);
  });

  test('a spelling of a body the hand list knows is that body, not a second one', () => {
    const { labels } = extractOne('Hizballah fighters fired rockets on Sunday, and Hezbollah said the strikes were a warning.\n');
    expect(organizations(labels)).toEqual(['Hezbollah']);
  });

  test('an acronym written beside a longer name is that body, whatever its letters spell', () => {
    const text = 'PKS, the Prosperous Justice Party, ended its talks with the president on Monday. Later PKS said it would join the cabinet.\n\nThe Andean Water Authority (AGUA) said rivers were low. Later AGUA said rationing would begin.\n';
    const { labels } = extractOne(text);
    expect(organizations(labels).sort()).toEqual(['Andean Water Authority', 'Prosperous Justice Party']);
  });

  test('a lone unknown word acting as a body is an organisation where it is nobody\'s name', () => {
    const text = 'Shares of Zentrix fell on Monday after Zentrix said it would cut 2,000 jobs. Regulators said the cuts were legal.\n\nThe board is led by Anna Verhoeven. Later Verhoeven said the plan was sound.\n';
    const { labels } = extractOne(text);
    expect(labels.get('Zentrix')).toBe('Organization');
    expect(labels.get('Anna Verhoeven')).toBe('Person');
    expect(labels.has('Verhoeven')).toBe(false);
    expect(labels.has('Regulators')).toBe(false);
  });

  test('a lone word right after a dateline opens its clause: no body (it may be a surname named in full elsewhere)', () => {
    const { labels } = extractOne('ACCRA, March 3 2025 - Tetteh proposed new talks with Togo on Monday.\n');
    expect(labels.has('Tetteh')).toBe(false);
  });

  test('a word only capitalised because it opens its sentence is no body', () => {
    const { labels } = extractOne('Brokers said the market would recover. Traders rejected the forecast.\n');
    expect([...labels.keys()]).toEqual([]);
  });

  test('a name before a word for a body names that body', () => {
    const { labels } = extractOne('Rasa Vilkaite of the Sandora coalition told reporters the count was fair.\n');
    expect(labels.get('Sandora')).toBe('Organization');
    expect(labels.get('Rasa Vilkaite')).toBe('Person');
  });

  test('a name before a plural describes people, not a body; nor is the tail of a longer name one', () => {
    const { labels } = extractOne('Police in Tarsk detained 14 suspected Veltani militants on Sunday.\n');
    expect(labels.has('Veltani')).toBe(false);
    expect(extractOne('The prize went to the Order of Kestria group last year.\n').labels.has('Kestria')).toBe(false);
  });

  test('a word that is no subject does not act as a body', () => {
    expect(extractOne('Troops in the village of Marvuka said the road was closed.\n').labels.has('Marvuka')).toBe(false);
    expect(extractOne('She was the third Zembian deported from the camp, aid workers said.\n').labels.has('Zembian')).toBe(false);
  });
});

describe('organisations named as the corpus writes them', () => {
  const nodeNames = (texts: string[]): string[] => [...resolveTexts(texts).nodes.values()].filter((n) => n.label === 'Organization').map((n) => n.name);

  // The node takes the spelling the corpus writes where it never writes knowledge's name
  // (written-names.ts); the graph remembers the forms, so loads day by day agree with one load
  // (daily-graph-memory.test.ts).
  test('a spelling the text writes finds the body, and names its node where knowledge\'s name is not written', () => {
    const { nodes } = resolveTexts(['Fighters of Hizballah fired rockets on Tuesday, and Hizballah said more would follow.\n']);
    const bodies = [...nodes.values()].filter((n) => n.label === 'Organization');
    expect(bodies.map((n) => n.name)).toEqual(['Hizballah']);
    expect(bodies[0].aliases).toContain('Hezbollah');
  });

  test('knowledge\'s name stays where the text writes it, a part of it or its initials', () => {
    expect(nodeNames(['Hezbollah said on Monday it would respond. Later Hizballah fighters withdrew.\n'])).toEqual(['Hezbollah']);
    expect(nodeNames(['The Central Intelligence Agency said the report was false. CIA officials declined to comment.\n', 'The CIA said nothing.\n'])).toEqual(['Central Intelligence Agency']);
  });

  test('one body is one node across articles whatever each writes', () => {
    const { nodes } = resolveTexts(['Hizballah said on Monday it would respond.\n', 'Hezbollah said on Friday it had withdrawn.\n']);
    const bodies = [...nodes.values()].filter((n) => n.label === 'Organization');
    expect(bodies).toHaveLength(1);
  });
});


describe('person names written with and without hyphens', () => {
  test('"Ri Sol-ju" and "Ri Sol Ju" are one person', () => {
    const { labels } = extractOne('Pyongyang said Ri Sol-ju visited the plant. Later Ri Sol Ju said the plant would expand.\n');
    expect([...labels].filter(([, l]) => l === 'Person')).toHaveLength(1);
  });
});

describe("a state's broadcaster named by its demonym", () => {
  test('"Eritrean state television warned ...": the broadcaster speaks; "told Eritrean state radio that ..." is no addressee', () => {
    const { edges, names } = extractOne(
      'Border\n\nEritrean state television warned that any incursion by Ethiopia would be met with force. ' +
        'Eritrean Information Minister Yemane Gebremeskel told Eritrean state radio that Ethiopia must withdraw.\n',
    );
    expect(names).toContain('Eritrean state television');
    expect(edges).toContainEqual(expect.objectContaining({ type: 'STATEMENT', source: 'Eritrean state television' }));
    const told = edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes('told Eritrean state radio'));
    expect(told?.targets[0]).toBe('Ethiopia');
  });
});

describe('a house of a parliament', () => {
  test('"in the House of Commons, the Foreign Secretary said:" names a body and leaves the title to its holder', () => {
    const edges = edgesOfText('Talks on Cyprus\n\nThe Foreign Secretary Helen Marsh has called for talks on Cyprus.\n\nSpeaking after answering questions in the House of Commons, the Foreign Secretary said:\n\nThe talks on Cyprus must resume before the summer.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Helen Marsh' && e.evidence.includes('must resume'))).toBe(true);
    expect(edges.some((e) => e.source === 'House' || e.source === 'Commons')).toBe(false);
  });
});

describe('an international body named by its description', () => {
  test('"the U.N. nuclear watchdog agency says" is the IAEA speaking, not the state it speaks of', () => {
    const { edges } = extractOne('Inspections\n\nVIENNA, March 2, 2006 - The U.N. nuclear watchdog agency says Syria still has questions to answer about the site.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['International Atomic Energy Agency']);
  });
});
