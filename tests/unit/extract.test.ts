// Extraction on sentences written for these tests: other countries, other leaders, other phrasings
// than the seed articles, so that the rules are shown to generalise. Each test asserts the resolved
// speaker, the type and the target.
import { extractOne, resolveTexts, type Edge } from '../setup/extract-text';

const find = (edges: Edge[], type: string, source: string): Edge | undefined => edges.find((e) => e.type === type && e.source === source);

describe('speakers', () => {
  test('a quote with the speaker after it, and the threat in it', () => {
    const { edges } = extractOne('“Any provocation will be met with a sea of fire,” North Korean leader Kim Jong Un said on Tuesday, warning South Korea.\n');
    expect(find(edges, 'STATEMENT', 'Kim Jong Un')).toBeDefined();
    const threat = find(edges, 'THREAT', 'Kim Jong Un');
    expect(threat?.target).toBe('South Korea');
  });

  test('a speaker before a colon, with title and affiliation', () => {
    const { edges } = extractOne('Israeli Prime Minister Benjamin Netanyahu said: "Hamas will pay a heavy price for this attack."\n');
    expect(find(edges, 'THREAT', 'Benjamin Netanyahu')?.target).toBe('Hamas');
    const affiliation = edges.find((e) => e.type === 'AFFILIATED_WITH' && e.source === 'Benjamin Netanyahu');
    expect(affiliation?.target).toBe('Israel');
    expect(affiliation?.role).toBe('prime minister');
  });

  test('a quote split over two sentences keeps its speaker ("he added")', () => {
    const text = 'Turkish President Recep Tayyip Erdogan spoke to reporters in Ankara on Monday. "Turkey is ready to host the talks. We have told both sides that Istanbul is open," he added.\n';
    const { edges } = extractOne(text);
    const statements = edges.filter((e) => e.type === 'STATEMENT' && e.source === 'Recep Tayyip Erdogan');
    expect(statements.map((e) => e.evidence)).toEqual(expect.arrayContaining([expect.stringContaining('ready to host'), expect.stringContaining('Istanbul is open')]));
  });

  test('a title alone names the office holder the article gives', () => {
    const text = 'South Korean President Lee Jae-myung met business leaders on Friday.\n\nThe South Korean president said that Seoul would keep its door open to dialogue with Pyongyang.\n';
    const { edges } = extractOne(text);
    const statement = edges.find((e) => e.type === 'STATEMENT' && e.evidence.startsWith('The South Korean president'));
    expect(statement?.source).toBe('Lee Jae-myung');
    expect(statement?.target).toBe('North Korea');
  });

  test('nested attribution: the speaker, not the agency that relays it', () => {
    const { edges } = extractOne('Moscow will respond to any deployment, Foreign Ministry spokeswoman Maria Zakharova said, according to RIA Novosti.\n');
    expect(find(edges, 'STATEMENT', 'Maria Zakharova')).toBeDefined();
    expect(edges.some((e) => e.source === 'RIA Novosti')).toBe(false);
  });

  test('"according to" names the speaker when no verb of saying does', () => {
    const { edges } = extractOne('According to Xinhua, the talks between China and the United States were constructive.\n');
    expect(find(edges, 'STATEMENT', 'Xinhua')).toBeDefined();
  });

  test('unnamed sources are nobody: no claim for the state or the outlet they talk to', () => {
    const { edges } = extractOne('A senior US official told Reuters that Washington was weighing new sanctions on Iran. Diplomats said the plan had stalled.\n');
    expect(edges.filter((e) => e.type !== 'AFFILIATED_WITH')).toEqual([]);
  });

  test('a capital acting for its government speaks for the state', () => {
    const { edges } = extractOne('Tehran warned that Israel would face severe consequences if it struck Iranian nuclear sites.\n');
    const threat = find(edges, 'THREAT', 'Iran');
    expect(threat?.target).toBe('Israel');
  });

  test('a post on a social network is a statement ("wrote on X")', () => {
    const { edges } = extractOne('"The sanctions will hurt Europe more than Russia," wrote on X Dmitry Medvedev, deputy chairman of the Russian Security Council.\n');
    expect(find(edges, 'STATEMENT', 'Dmitry Medvedev')).toBeDefined();
    expect(edges.find((e) => e.type === 'AFFILIATED_WITH' && e.source === 'Dmitry Medvedev')?.target).toBe('Russian Security Council');
  });

  test('a pronoun after a relative clause refers to the person just named', () => {
    const { edges } = extractOne('The White House criticised remarks by Chinese Foreign Minister Wang Yi, in which he said that Taiwan was an internal matter.\n');
    expect(find(edges, 'STATEMENT', 'White House')?.target).toBe('Wang Yi');
    expect(find(edges, 'STATEMENT', 'Wang Yi')).toBeDefined();
  });
});

describe('speakers, harder cases', () => {
  test('"she said" goes back to the last woman who spoke, not the last speaker', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said the West was preparing for war. Foreign Ministry spokeswoman Maria Zakharova spoke later. Lavrov repeated his warning. Any NATO aircraft over Kaliningrad "will be a legitimate target", she said.\n';
    const { edges } = extractOne(text);
    const threat = edges.find((e) => e.type === 'THREAT' && e.evidence.includes('she said'));
    expect(threat?.source).toBe('Maria Zakharova');
    expect(threat?.target).toBe('NATO');
  });

  test('a family name written first, and the latest of two people who share it', () => {
    const text = 'North Korean leader Kim Jong Un\'s sister, Kim Yo Jong, issued a warning on Tuesday.\n\n"The first shell will turn the island into a sea of fire," Kim said.\n\nSouth Korean President Lee Jae-myung met his ministers. "We will not be intimidated," Lee told reporters.\n';
    const { edges } = extractOne(text);
    expect(find(edges, 'THREAT', 'Kim Yo Jong')).toBeDefined();
    expect(find(edges, 'STATEMENT', 'Lee Jae-myung')).toBeDefined();
  });

  test('the agency that carries the words is not the speaker nor the addressee', () => {
    const { edges } = extractOne('Chinese Foreign Minister Wang Yi told US Secretary of State Marco Rubio that Beijing would "resolutely respond" to arms sales to Taiwan, the official Xinhua news agency reported.\n');
    expect(edges.filter((e) => e.source === 'Xinhua')).toEqual([]);
    expect(find(edges, 'THREAT', 'Wang Yi')?.target).toBe('Marco Rubio');
  });

  test('a speaker described in a parenthesis or a relative clause', () => {
    const { edges } = extractOne('Slovak Prime Minister Robert Fico, who has resisted earlier packages, said Slovakia would not block it. Rubio, for his part, said the talks were constructive.\n');
    expect(find(edges, 'STATEMENT', 'Robert Fico')).toBeDefined();
  });

  test('a second verb shares the subject of the first ("thanked ... and said")', () => {
    const { edges } = extractOne('Ukrainian President Volodymyr Zelensky thanked the Turkish president and said Ukraine was ready for a meeting.\n');
    expect(find(edges, 'STATEMENT', 'Volodymyr Zelensky')).toBeDefined();
  });

  test('warning someone of tariffs is a threat; "did not say whether" is no statement', () => {
    const { edges } = extractOne('The White House warned Beijing that tariffs would go up again. Prime Minister Benjamin Netanyahu did not say whether Israel would accept the plan.\n');
    expect(find(edges, 'THREAT', 'White House')?.target).toBe('China');
    expect(find(edges, 'STATEMENT', 'Benjamin Netanyahu')).toBeUndefined();
  });
});

describe('proposals', () => {
  test('an offer to host talks, with the parties as targets', () => {
    const { edges } = extractOne('Qatar offered to host new talks between Israel and Hamas, its foreign ministry said.\n');
    const proposal = edges.find((e) => e.type === 'PROPOSAL');
    expect(proposal?.source).toBe('Qatar');
    expect(['Israel', 'Hamas']).toContain(proposal?.target);
  });

  test('a call for action and a pledge', () => {
    const { edges } = extractOne('EU foreign policy chief Kaja Kallas called for a ceasefire in Gaza. German Chancellor Friedrich Merz pledged to send more air defence systems to Ukraine.\n');
    expect(find(edges, 'PROPOSAL', 'Kaja Kallas')).toBeDefined();
    expect(find(edges, 'PROPOSAL', 'Friedrich Merz')?.target).toBe('Ukraine');
  });

  test('a proposed sanctions package by a body', () => {
    const { edges } = extractOne('The European Commission proposed a new sanctions package against Russia on Wednesday.\n');
    expect(find(edges, 'PROPOSAL', 'European Commission')?.target).toBe('Russia');
  });

  test('denials and refusals are not proposals', () => {
    const { edges } = extractOne('Hungarian Prime Minister Viktor Orbán rejected the plan and said Budapest would not support new sanctions against Russia.\n');
    expect(find(edges, 'STATEMENT', 'Viktor Orbán')).toBeDefined();
    expect(find(edges, 'PROPOSAL', 'Viktor Orbán')).toBeUndefined();
  });

  test("someone else's plan inside a statement belongs to them", () => {
    const { edges } = extractOne('"Berlin and Warsaw still cannot agree on the scheme they are promoting," Russian Foreign Minister Sergei Lavrov said.\n');
    expect(find(edges, 'STATEMENT', 'Sergei Lavrov')).toBeDefined();
    expect(find(edges, 'PROPOSAL', 'Sergei Lavrov')).toBeUndefined();
    expect(edges.filter((e) => e.type === 'PROPOSAL').map((e) => e.source).sort()).toEqual(['Germany', 'Poland']);
  });
});

describe('entities and resolution', () => {
  test('surname, transliteration and title forms are one person across articles', () => {
    const { nodes } = resolveTexts([
      'Russian Foreign Minister Sergey Lavrov said on Monday that Moscow was ready for talks.\n',
      'Lavrov told his Turkish counterpart, Hakan Fidan, that the proposal was unacceptable.\n',
      'Sergei Lavrov said the West had ignored the warnings.\n',
    ]);
    const lavrovs = [...nodes.values()].filter((n) => n.name.includes('Lavrov'));
    expect(lavrovs).toHaveLength(1);
    expect(lavrovs[0].name).toBe('Sergei Lavrov');
  });

  test('Zelenskyy and Zelensky are one node, named canonically', () => {
    const { nodes } = resolveTexts(['President Volodymyr Zelenskyy said Ukraine needed more air defence.\n', 'Zelensky said the talks had failed.\n']);
    const names = [...nodes.values()].filter((n) => n.label === 'Person').map((n) => n.name);
    expect(names).toEqual(['Volodymyr Zelensky']);
  });

  test('a counterpart is the other side\'s holder of the same office, given in apposition', () => {
    const { edges } = extractOne('Lithuanian Foreign Minister Kestutis Budrys told his Polish counterpart, Radoslaw Sikorski, that Vilnius would back the plan.\n');
    const statement = find(edges, 'STATEMENT', 'Kestutis Budrys');
    expect(statement?.target).toBe('Radosław Sikorski'); // the canonical spelling from knowledge
    expect(edges.find((e) => e.type === 'AFFILIATED_WITH' && e.source === 'Kestutis Budrys')?.target).toBe('Lithuania');
  });

  test('a capital used as a place is not an actor, and the Kremlin is an organization', () => {
    const { names, labels } = extractOne('The talks in Doha ended without agreement, the Kremlin said.\n');
    expect(names).not.toContain('Qatar');
    expect(labels.get('Kremlin')).toBe('Organization');
  });

  test('products, events and headline capitals are not people', () => {
    const { names } = extractOne('Britain sent more Storm Shadow missiles before the Armistice Day ceremonies, while Swiss-hosted talks stalled.\n');
    expect(names).toEqual(['United Kingdom']);
  });

  test('a name before a phrasal verb the tagger reads as a noun is still a person', () => {
    const { names, edges } = extractOne('Rebels say they will attack the capital unless President Jovenel Batraville steps down. Mr. Batraville says he will stay.\n');
    expect(names).toContain('Jovenel Batraville');
    expect(find(edges, 'STATEMENT', 'Jovenel Batraville')).toBeDefined();
    // "Rebels" opens the sentence: a group, not a person's name
    expect(names).not.toContain('Rebels');
    expect(extractOne('"I\'m announcing new aid for Malawi," Prime Minister Jane Doe said.\n').names).not.toContain("I'm");
  });

  test('rebels in a country do not speak for it; the rebels later are the group named before', () => {
    const { edges } = extractOne('Rebels in eastern Chad say they are ready to attack the capital.\n');
    expect(edges.filter((e) => e.source === 'Chad')).toEqual([]);
    // an opposition in a country is not the country either
    expect(extractOne('Opposition parties in Ghana have threatened to boycott the vote unless the register is cleaned.\n').edges.filter((e) => e.source === 'Ghana')).toEqual([]);
    const named = extractOne('The Ogaden National Liberation Front rejected the deadline. The rebels say they will keep fighting.\n');
    expect(named.edges.filter((e) => e.type === 'STATEMENT' && e.source === 'Ogaden National Liberation Front' && e.evidence.startsWith('The rebels say'))).toHaveLength(1);
  });

  test("a speaker's own army or leader is never the other side its words are aimed at", () => {
    const text = 'South Korea resumed loudspeaker broadcasts on Thursday. The Korean People\'s Army was put on alert and the Korean People\'s Army moved artillery to the border. "Any provocation will be met with a merciless strike," North Korea said.\n';
    expect(find(extractOne(text).edges, 'THREAT', 'North Korea')?.targets).toEqual(['South Korea']);
  });

  test('a passive verb of announcing names its speaker after "by", past a time and a description', () => {
    expect(find(extractOne('The deadline was announced last week by top security minister Susilo Yudhoyono.\n').edges, 'STATEMENT', 'Susilo Yudhoyono')).toBeDefined();
    expect(find(extractOne('The new sanctions were announced on Monday by Foreign Minister Penny Wong.\n').edges, 'STATEMENT', 'Penny Wong')).toBeDefined();
    // a claim to land is no utterance: "claimed by China" names no speaker
    expect(extractOne('Japan is stationing officials on an island chain that is also claimed by China.\n').edges.filter((e) => e.source === 'China')).toEqual([]);
  });

  test('a month after a given name is a surname; opposition leaders of a state do not speak for it', () => {
    expect(find(extractOne('Prime Minister Theresa May said Britain will expel 23 Russian diplomats.\n').edges, 'STATEMENT', 'Theresa May')).toBeDefined();
    expect(extractOne('The talks between Chad and Sudan will resume in May, Chad said.\n').names).not.toContain('May');
    expect(extractOne('Belarus opposition leaders say President Alexander Lukashenko failed to respond to their demands.\n').edges.filter((e) => e.source === 'Belarus')).toEqual([]);
  });

  test('a speaker named in a clause of its own at the end does not take over the first speaker\'s words', () => {
    const { edges } = extractOne('Kenya has warned Somalia not to move troops to the border, a step Somalia says is purely defensive.\n');
    expect(find(edges, 'STATEMENT', 'Kenya')).toBeDefined();
    expect(find(edges, 'THREAT', 'Kenya')).toBeDefined();
  });

  test('a body "led by" a person speaks itself, with or without commas around the leader', () => {
    expect(find(extractOne('The Orange Democratic Movement led by Raila Odinga says it will boycott the vote.\n').edges, 'STATEMENT', 'Orange Democratic Movement')).toBeDefined();
    const { edges } = extractOne('The Orange Democratic Movement, led by Raila Odinga, says it will boycott the vote.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['Orange Democratic Movement']);
  });

  test('"the government" after "the Indonesian government" is that state', () => {
    const text = 'The Indonesian government sent troops to Aceh on Monday. The rebels rejected the deadline. The government says it will not allow the province to break away.\n';
    expect(find(extractOne(text).edges, 'STATEMENT', 'Indonesia')?.evidence).toContain('The government says');
    // no government named before: "the government" stays unnamed
    expect(extractOne('Troops arrived in Aceh on Monday. The government says it will not allow the province to break away.\n').edges).toEqual([]);
  });

  test('"the rebel group M23" names a group, and "the rebels Monday" after it is that group', () => {
    const { names, edges } = extractOne('Kenya rejected a demand by the rebel group M23. The rebels Monday demanded talks with Kenya.\n');
    expect(names).toContain('M23');
    expect(find(edges, 'PROPOSAL', 'M23')).toBeDefined();
    // letters and digits with no word that introduces a body stay no name
    expect(extractOne('Kenya bought an F16 from Sweden, the ministry said.\n').names).not.toContain('F16');
  });

  test('a photo credit is not a statement by the agency', () => {
    const { edges } = extractOne('Ukrainian soldiers near Pokrovsk. Photo: Reuters\n\nThe fighting continued on Sunday.\n');
    expect(edges.filter((e) => e.source === 'Reuters')).toEqual([]);
  });
});

describe('one node per organisation', () => {
  it('joins a shortened name and an acronym to the fuller name of the same body', () => {
    const { nodes } = resolveTexts([
      'The Independent Electoral and Boundaries Commission of Malawi said on Monday that turnout was high. ' +
        'The Electoral and Boundaries Commission later said counting would take a week. The IEBC said observers were welcome, and the electoral commission IEBC confirmed it.',
    ]);
    const orgs = [...nodes.values()].filter((n) => n.label === 'Organization').map((n) => n.name);
    expect(orgs).toEqual(['Independent Electoral and Boundaries Commission of Malawi']);
  });

  it('takes "the Government of" a state for the state itself', () => {
    const { nodes } = resolveTexts(['Officials said the Government of Peru had agreed to resume talks with the Government of Bolivia on Friday.']);
    const labels = [...nodes.values()].map((n) => `${n.label}:${n.name}`).sort();
    expect(labels).toEqual(['State:Bolivia', 'State:Peru']);
  });
});

describe('an organisation and its officer in one run of capitals', () => {
  it('splits "the Farmers Union Grace Mwangi" into the union and the person', () => {
    const { nodes } = resolveTexts(['The chair of the Farmers Union Grace Mwangi told reporters in Nairobi that prices had doubled.']);
    const labels = [...nodes.values()].map((n) => `${n.label}:${n.name}`).sort();
    expect(labels).toContain('Person:Grace Mwangi');
    expect(labels).toContain('Organization:Farmers Union');
  });
});

describe('threats named by a noun', () => {
  test("a possessor's threat is the possessor's, aimed at the actor named after it", () => {
    const { edges } = extractOne("Steel prices rose in March after Brazil's latest threat of tariffs against Argentina.\n");
    expect(find(edges, 'THREAT', 'Brazil')?.target).toBe('Argentina');
  });

  test('threats by an actor are that actor\'s', () => {
    const { edges } = extractOne('Shipping firms rerouted tankers last week after threats by Venezuela against Guyana.\n');
    expect(find(edges, 'THREAT', 'Venezuela')?.target).toBe('Guyana');
  });

  test('a threat with no author is nobody\'s', () => {
    const { edges } = extractOne('The threat of a long drought worried farmers in Kenya and Tanzania.\n');
    expect(edges.filter((e) => e.type === 'THREAT')).toEqual([]);
  });
});
